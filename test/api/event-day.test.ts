/** @jest-environment node */
// Issue 18 at the API, over real HTTP on an injected clock: the dynamic ticket QR (owner's secret,
// roster key, stale_qr for a 90-second-old screenshot), the short code with the phone's last 4, and
// two desks flushing offline scans of one ticket converging on the earliest scan.

import type { CheckinItem, CheckinResult, OfficerEvent, RosterResponse } from '@contract/officer'
import type { Registration } from '@contract/events'
import { isoCst } from '@/rules/officer'
import { deriveTicketSecret, dynamicQrText, humanCode, parseDynamicQr, verifyDynamicQr } from '@/utils/ticket-qr'
import { loginFresh } from './helpers'
import { checkinEventBody, officerServerForFile, VALID_USCC } from './officer-fixtures'

const env = officerServerForFile(Date.UTC(2026, 4, 20, 1, 0, 0))
const { call, clock } = env

async function newEvent(): Promise<OfficerEvent> {
  const res = await call('/api/events', { token: env.officer, body: checkinEventBody(clock.now()) })
  expect(res.status).toBe(201)
  return res.body.event
}

let phoneSeq = 0
async function signUp(eventId: string): Promise<{ token: string; registration: Registration }> {
  const { token } = await loginFresh(call, 'sme', 'day')
  phoneSeq += 1
  const phone = `1390000${String(1000 + phoneSeq).slice(-4)}`
  const res = await call(`/api/events/${eventId}/registrations`, { token, body: { attendeeName: `参会人${phoneSeq}`, phone, enterprise: { name: '江门示例科技有限公司', uscc: VALID_USCC } } })
  expect(res.status).toBe(201)
  return { token, registration: res.body.registration }
}

async function checkIn(items: CheckinItem[]): Promise<CheckinResult[]> {
  const res = await call('/api/checkins', { token: env.officer, body: { items } })
  expect(res.status).toBe(200)
  return res.body.results
}

function item(ticketCode: string, eventId: string, atMs: number, deviceId = 'desk-a', extra: Partial<CheckinItem> = {}): CheckinItem {
  return { ticketCode, eventId, scannedAt: isoCst(atMs), deviceId, ...extra }
}

test('should give the owner a ticket secret and short code, and officers lists without them', async () => {
  const event = await newEvent()
  const { token, registration } = await signUp(event.id)
  expect(registration.ticketSecret).toMatch(/^[A-Za-z0-9_-]{43}$/)
  expect(registration.shortCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/)
  const mine = await call(`/api/registrations/${registration.id}`, { token })
  expect(mine.body.registration.ticketSecret).toBe(registration.ticketSecret)
  const asOfficer = await call(`/api/registrations/${registration.id}`, { token: env.officer })
  expect(asOfficer.body.registration.ticketSecret).toBeUndefined()
  const list = await call(`/api/events/${event.id}/registrations`, { token: env.officer })
  expect(list.body.items[0].ticketSecret).toBeUndefined()

  // The roster's key is what the ticket secret derives from: an offline desk can verify every QR.
  const roster = (await call(`/api/events/${event.id}/roster`, { token: env.officer })).body as RosterResponse
  expect(deriveTicketSecret(roster.ticketKey!, registration.ticketCode!)).toBe(registration.ticketSecret)
  const ticket = roster.tickets.find((t) => t.ticketCode === registration.ticketCode)!
  expect(ticket.shortCode).toBe(registration.shortCode)
  expect(humanCode(roster.ticketKey!, registration.ticketCode!)).toBe(registration.shortCode)
  expect(ticket.phoneLast4).toBe(registration.phone.slice(-4))
})

test('should refuse a 90-second-old QR as stale_qr and accept the current one', async () => {
  const event = await newEvent()
  const { registration } = await signUp(event.id)
  const screenshot = dynamicQrText(registration.ticketSecret!, registration.ticketCode!, clock.now())
  clock.advance(90_000)
  const current = dynamicQrText(registration.ticketSecret!, registration.ticketCode!, clock.now())
  const forged = screenshot.slice(0, -2) + (screenshot.endsWith('AA') ? 'BB' : 'AA')

  const results = await checkIn([item(screenshot, event.id, clock.now()), item(forged, event.id, clock.now()), item(current, event.id, clock.now())])
  expect(results.map((r) => r.result)).toEqual(['stale_qr', 'unknown', 'ok'])
  expect(results[0].attendeeName).toBe(registration.attendeeName)
  expect(results[2].checkedInAt).toBe(isoCst(clock.now()))
  // Offline the same rule holds with the roster's key.
  const roster = (await call(`/api/events/${event.id}/roster`, { token: env.officer })).body as RosterResponse
  expect(verifyDynamicQr(roster.ticketKey!, parseDynamicQr(screenshot)!, clock.now())).toBe('stale')
  expect(verifyDynamicQr(roster.ticketKey!, parseDynamicQr(current)!, clock.now() + 29_000)).toBe('valid')
})

test('should accept the previous 30-second step while the QR turns', async () => {
  const event = await newEvent()
  const { registration } = await signUp(event.id)
  const shown = dynamicQrText(registration.ticketSecret!, registration.ticketCode!, clock.now())
  clock.advance(30_000)
  const [result] = await checkIn([item(shown, event.id, clock.now())])
  expect(result.result).toBe('ok')
})

test('should check a short code in only with the phone last 4 digits, in any case', async () => {
  const event = await newEvent()
  const { registration } = await signUp(event.id)
  const typed = registration.shortCode!.toLowerCase()
  const results = await checkIn([
    item(typed, event.id, clock.now(), 'desk-a', { phoneLast4: '0000' }),
    item(typed, event.id, clock.now() - 1000, 'desk-a'),
    item(`${typed.slice(0, 4)}-${typed.slice(4)}`, event.id, clock.now() - 2000, 'desk-a', { phoneLast4: registration.phone.slice(-4) }),
  ])
  expect(results.map((r) => r.result)).toEqual(['unknown', 'unknown', 'ok'])
  expect(results[2].attendeeName).toBe(registration.attendeeName)
  const bad = await call('/api/checkins', { token: env.officer, body: { items: [item(typed, event.id, clock.now(), 'desk-a', { phoneLast4: '12a4' })] } })
  expect(bad.status).toBe(400)
  expect(bad.body.error.fields['items[0].phoneLast4']).toBe('手机号后四位应为 4 位数字')
})

test('should converge two desks that scanned one ticket offline on the earliest scan, whichever flushes first', async () => {
  const event = await newEvent()
  const { registration } = await signUp(event.id)
  const t0 = clock.now()
  const early = item(registration.ticketCode!, event.id, t0 + 60_000, 'desk-b')
  const late = item(registration.ticketCode!, event.id, t0 + 180_000, 'desk-a')
  clock.advance(300_000)

  const [first] = await checkIn([late])
  expect(first).toMatchObject({ result: 'ok', checkedInAt: isoCst(t0 + 180_000) })
  const [second] = await checkIn([early])
  expect(second).toMatchObject({ result: 'ok', checkedInAt: isoCst(t0 + 60_000) })
  // Desk A's replayed flush now names the earliest scan too; the stats every desk polls agree.
  const [replayed] = await checkIn([late])
  expect(replayed).toMatchObject({ result: 'duplicate', checkedInAt: isoCst(t0 + 60_000) })
  const stored = env.srv.server.mock.db.registrations.get(registration.id)!
  expect(stored).toMatchObject({ status: 'checked_in', checkedInAt: isoCst(t0 + 60_000), checkedInDeviceId: 'desk-b' })
  expect(stored.timeline[stored.timeline.length - 1].note).toBe('多台设备扫码，以最早一次扫码为准更正签到时间')

  const stats = await call(`/api/events/${event.id}/checkin-stats`, { token: env.officer })
  expect(stats.status).toBe(200)
  expect(stats.body).toMatchObject({ checkedIn: 1, expected: 1, devices: [{ deviceId: 'desk-b', checkedIn: 1 }] })
  expect(stats.body.recent[0]).toMatchObject({ ticketCode: registration.ticketCode, attendeeName: registration.attendeeName, checkedInAt: isoCst(t0 + 60_000), deviceId: 'desk-b' })
})
