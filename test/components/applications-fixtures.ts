// A fresh in-process mock per test whose state the test can reach (to play the officer's part
// through the domain layer), signed in as the seeded demo SME by default.

import { setTransport } from '@/api/transport'
import { createInprocTransport, type InprocTransport } from '@mock/transports/inproc'
import { signIn as signInAs } from '../setup/session'

export function freshMock(): InprocTransport {
  const mock = createInprocTransport({ patentCount: 50, logger: { error: () => undefined } })
  setTransport(async (req) => {
    const res = await mock.request({
      method: req.method,
      url: req.url,
      headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), v])),
      body: req.body === undefined ? undefined : JSON.stringify(req.body),
    })
    return { status: res.status, body: res.body }
  })
  return mock
}

/** Signs in as the seeded demo SME, or as the user behind a login `code` (sme-demo-2 has nothing yet). */
export async function signIn(code?: string): Promise<string> {
  return (await signInAs('sme', code)).user.id
}
