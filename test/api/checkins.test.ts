/** @jest-environment node */
// POST /api/checkins, /api/checkins/undo and GET /api/events/:id/roster over real HTTP, on an
// injected clock: every outcome, replayed offline batches, two devices, the 30-second undo.

import type { CheckinItem, CheckinResult, OfficerEvent } from '@contract/officer'
import { isoCst } from '@/rules/officer'
import type { RegistrationRow } from '@mock/db'
import { expectError } from './helpers'
import { addAttendees, checkinEventBody, officerServerForFile } from './officer-fixtures'

const env = officerServerForFile(Date.UTC(2026, 4, 20, 1, 0, 0))
const { call, clock } = env

async function newEvent(capacity = 200): Promise<OfficerEvent> {
  const res = await call('/api/events', { token: env.officer, body: checkinEventBody(clock.now(), { capacity }) })
  expect(res.status).toBe(201)
  return res.body.event
}

function scan(reg: Pick<RegistrationRow, 'ticketCode'>, eventId: string, deviceId = 'device-a', offsetMs = 0): CheckinItem {
  return { ticketCode: reg.ticketCode!, eventId, scannedAt: isoCst(clock.now() + offsetMs), deviceId }
}

async function checkIn(items: CheckinItem[]): Promise<CheckinResult[]> {
  const res = await call('/api/checkins', { token: env.officer, body: { items } })
  expect(res.status).toBe(200)
  expect(res.body.results).toHaveLength(items.length)
  return res.body.results
}

test('should report each of the five outcomes with the attendee where there is one', async () => {
  const event = await newEvent(1)
  const other = await newEvent()
  const [seated, waiting] = addAttendees(env.srv.server.mock, event.id, 2)
  const [elsewhere] = addAttendees(env.srv.server.mock, other.id, 1)
  const cancelled = addAttendees(env.srv.server.mock, other.id, 1)[0]
  env.srv.server.mock.db.registrations.update(cancelled.id, { status: 'cancelled' })
  expect(waiting.status).toBe('waitlisted')

  const results = await checkIn([
    scan(seated, event.id),
    scan(seated, event.id, 'device-a', 1000),
    { ticketCode: 'not-a-real-ticket', eventId: event.id, scannedAt: isoCst(clock.now()), deviceId: 'device-a' },
    scan(elsewhere, event.id),
    scan(cancelled, other.id),
  ])
  expect(results.map((r) => r.result)).toEqual(['ok', 'duplicate', 'unknown', 'wrong_event', 'not_confirmed'])
  expect(results[0]).toMatchObject({ attendeeName: seated.attendeeName, enterpriseName: seated.enterprise.name, checkedInAt: isoCst(clock.now()) })
  // The second scan names the first check-in's time.
  expect(results[1].checkedInAt).toBe(results[0].checkedInAt)
  expect(results[2].attendeeName).toBeUndefined()

  const stored = env.srv.server.mock.db.registrations.get(seated.id)!
  expect(stored.status).toBe('checked_in')
  expect(stored.timeline.map((t) => t.status)).toEqual(['confirmed', 'checked_in'])
  const detail = await call(`/api/officer/events/${event.id}`, { token: env.officer })
  expect(detail.body.event).toMatchObject({ checkedInCount: 1, confirmedCount: 1 })
})

test('should check 100 offline scans in once when the batch is replayed twice: none duplicated, none lost', async () => {
  const event = await newEvent()
  const regs = addAttendees(env.srv.server.mock, event.id, 100)
  const items = regs.map((r, i) => scan(r, event.id, 'offline-phone', -60_000 + i * 100))

  const first = await checkIn(items)
  clock.advance(5_000)
  const second = await checkIn(items)
  const third = await checkIn(items.slice(0, 50))

  expect(first.filter((r) => r.result === 'ok')).toHaveLength(100)
  expect(second).toEqual(first)
  expect(third).toEqual(first.slice(0, 50))
  const rows = regs.map((r) => env.srv.server.mock.db.registrations.get(r.id)!)
  expect(rows.filter((r) => r.status === 'checked_in')).toHaveLength(100)
  expect(rows.every((r) => r.timeline.filter((t) => t.status === 'checked_in').length === 1)).toBe(true)
  expect(env.srv.server.mock.db.checkins.filter((c) => c.eventId === event.id)).toHaveLength(100)
  const detail = await call(`/api/officer/events/${event.id}`, { token: env.officer })
  expect(detail.body.event.checkedInCount).toBe(100)
})

test('should check a ticket in once when two devices scan it, reporting the later scan as a duplicate', async () => {
  const event = await newEvent()
  const [reg] = addAttendees(env.srv.server.mock, event.id, 1)
  const [a] = await checkIn([scan(reg, event.id, 'gate-1')])
  clock.advance(2_000)
  const [b] = await checkIn([scan(reg, event.id, 'gate-2', 1_000)])
  expect(a.result).toBe('ok')
  expect(b).toMatchObject({ result: 'duplicate', checkedInAt: a.checkedInAt, attendeeName: reg.attendeeName })
  expect(env.srv.server.mock.db.checkins.filter((c) => c.registrationId === reg.id).map((c) => c.result)).toEqual(['ok', 'duplicate'])
})

test('should let an earlier scan that reaches the server later win (issue 18: earliest scan)', async () => {
  const event = await newEvent()
  const [reg] = addAttendees(env.srv.server.mock, event.id, 1)
  const [a] = await checkIn([scan(reg, event.id, 'gate-1')])
  clock.advance(2_000)
  const [b] = await checkIn([scan(reg, event.id, 'gate-2', -5_000)])
  expect(a.result).toBe('ok')
  expect(b).toMatchObject({ result: 'ok', checkedInAt: isoCst(clock.now() - 5_000), attendeeName: reg.attendeeName })
  expect(env.srv.server.mock.db.checkins.filter((c) => c.registrationId === reg.id).map((c) => c.result)).toEqual(['duplicate', 'ok'])
})

test('should undo a check-in within 30 seconds and refuse it after', async () => {
  const event = await newEvent()
  const [early, late] = addAttendees(env.srv.server.mock, event.id, 2)
  await checkIn([scan(early, event.id, 'gate-1'), scan(late, event.id, 'gate-1')])

  const otherDevice = await call('/api/checkins/undo', { token: env.officer, body: { ticketCode: early.ticketCode, eventId: event.id, deviceId: 'gate-2' } })
  expect(expectError(otherDevice, 409, 'CONFLICT').message).toBe('只能撤销本设备完成的签到')

  clock.advance(29_000)
  const undone = await call('/api/checkins/undo', { token: env.officer, body: { ticketCode: early.ticketCode, eventId: event.id, deviceId: 'gate-1' } })
  expect(undone.status).toBe(200)
  expect(undone.body.registration).toMatchObject({ id: early.id, status: 'confirmed' })
  expect(undone.body.registration.checkedInAt).toBeUndefined()
  const row = env.srv.server.mock.db.registrations.get(early.id)!
  expect(row.timeline.map((t) => t.status)).toEqual(['confirmed', 'checked_in', 'confirmed'])
  expect(row.timeline[2].note).toContain('撤销')
  // Undone means gone: the attendee can be checked in again, as a fresh ok.
  const [again] = await checkIn([scan(early, event.id, 'gate-1')])
  expect(again.result).toBe('ok')

  clock.advance(2_000)
  const tooLate = await call('/api/checkins/undo', { token: env.officer, body: { ticketCode: late.ticketCode, eventId: event.id, deviceId: 'gate-1' } })
  expect(expectError(tooLate, 409, 'CONFLICT').message).toBe('签到已超过 30 秒，不能撤销')
  expect(env.srv.server.mock.db.registrations.get(late.id)!.status).toBe('checked_in')

  const [fresh] = addAttendees(env.srv.server.mock, event.id, 1)
  expect(expectError(await call('/api/checkins/undo', { token: env.officer, body: { ticketCode: fresh.ticketCode, eventId: event.id, deviceId: 'gate-1' } }), 409, 'CONFLICT').message).toBe('该票尚未签到，无需撤销')
  expectError(await call('/api/checkins/undo', { token: env.officer, body: { ticketCode: 'nope', eventId: event.id, deviceId: 'gate-1' } }), 404, 'NOT_FOUND')
})

test('should give the roster of every ticket with its status for offline checking', async () => {
  const event = await newEvent(2)
  const [a, b, c] = addAttendees(env.srv.server.mock, event.id, 3)
  await checkIn([scan(a, event.id)])
  const res = await call(`/api/events/${event.id}/roster`, { token: env.officer })
  expect(res.status).toBe(200)
  expect(res.body.event).toMatchObject({ id: event.id, title: event.title, capacity: 2 })
  const byId = Object.fromEntries(res.body.tickets.map((t: { registrationId: string }) => [t.registrationId, t]))
  expect(byId[a.id]).toMatchObject({ ticketCode: a.ticketCode, attendeeName: a.attendeeName, enterpriseName: a.enterprise.name, status: 'checked_in', checkedInAt: expect.any(String) })
  expect(byId[b.id]).toMatchObject({ status: 'confirmed' })
  expect(byId[b.id].checkedInAt).toBeUndefined()
  // Waitlisted attendees have no ticket yet, so there is nothing to scan.
  expect(byId[c.id]).toBeUndefined()
  expectError(await call('/api/events/ev-missing/roster', { token: env.officer }), 404, 'NOT_FOUND')
})

test('should validate batches: items required, at most 500, every field named on error', async () => {
  expect(expectError(await call('/api/checkins', { token: env.officer, body: {} }), 400, 'VALIDATION_FAILED').fields).toEqual({ items: '请提供签到记录列表 items' })
  expect(expectError(await call('/api/checkins', { token: env.officer, body: { items: [] } }), 400, 'VALIDATION_FAILED').fields).toEqual({ items: '签到记录不能为空' })
  const tooMany = Array.from({ length: 501 }, (_, i) => ({ ticketCode: `t${i}`, eventId: 'e', scannedAt: '2026-05-20T09:00:00+08:00', deviceId: 'd' }))
  expect(expectError(await call('/api/checkins', { token: env.officer, body: { items: tooMany } }), 400, 'VALIDATION_FAILED').fields).toEqual({ items: '每批最多 500 条签到记录' })
  const bad = await call('/api/checkins', { token: env.officer, body: { items: [{ ticketCode: 'x', eventId: 'e', scannedAt: 'yesterday', deviceId: 'bad id!' }] } })
  expect(expectError(bad, 400, 'VALIDATION_FAILED').fields).toEqual({ 'items[0].scannedAt': '扫码时间格式不正确', 'items[0].deviceId': '设备编号格式不正确' })
})
