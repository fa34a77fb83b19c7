// Officer screens against an in-process mock whose state the test can reach (to sign attendees up).

import { setTransport } from '@/api/transport'
import type { OfficerEvent } from '@contract/officer'
import { api } from '@/api/client'
import type { MockContext } from '@mock/context'
import { createInprocTransport } from '@mock/transports/inproc'
import { checkinEventBody } from '../api/officer-fixtures'

let serverDown = false

/** Makes every request fail as if the server (or the network behind a "connected" Wi-Fi) were gone. */
export function setServerDown(down: boolean) {
  serverDown = down
}

export function startInprocMock(): MockContext {
  const mock = createInprocTransport({ patentCount: 30, logger: { error: () => undefined } })
  serverDown = false
  setTransport(async (req) => {
    if (serverDown) throw new Error('connect ECONNREFUSED')
    const res = await mock.request({
      method: req.method,
      url: req.url,
      headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), v])),
      body: req.body === undefined ? undefined : JSON.stringify(req.body),
    })
    return { status: res.status, body: res.body }
  })
  return mock.context
}

/** Starts within the hour: inside its check-in window, sign-up still open (RULES.md → Check-in). */
export async function createEventAsOfficer(overrides: Parameters<typeof checkinEventBody>[1] = {}): Promise<OfficerEvent> {
  const { event } = await api('POST /api/events', { body: checkinEventBody(Date.now(), overrides) })
  return event
}
