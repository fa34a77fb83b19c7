/** @jest-environment node */
// Issue 18, point 4 at the API: cancelling an event (registrants notified, tickets voided, sign-up and
// check-in refused), bulk approve/reject over a filter without overbooking, and a guest list import
// with a per-row error report.

import type { OfficerEvent, RosterResponse } from '@contract/officer'
import { isoCst } from '@/rules/officer'
import { expectError, loginFresh } from './helpers'
import { checkinEventBody, eventBody, officerServerForFile, VALID_USCC } from './officer-fixtures'

const env = officerServerForFile(Date.UTC(2026, 4, 12, 1, 0, 0))
const { call, clock } = env

async function newEvent(overrides: Record<string, unknown> = {}, body = eventBody(clock.now())): Promise<OfficerEvent> {
  const res = await call('/api/events', { token: env.officer, body: { ...body, ...overrides } })
  expect(res.status).toBe(201)
  return res.body.event
}

let n = 0
async function join(eventId: string, name = '报名人'): Promise<{ token: string; id: string; ticketCode?: string }> {
  const { token } = await loginFresh(call, 'sme', 'ops')
  n += 1
  const res = await call(`/api/events/${eventId}/registrations`, { token, body: { attendeeName: `${name}${n}`, phone: `1360000${String(1000 + n).slice(-4)}`, enterprise: { name: '江门示例科技有限公司', uscc: VALID_USCC } } })
  expect(res.status).toBe(201)
  return { token, id: res.body.registration.id, ticketCode: res.body.registration.ticketCode }
}

test('should cancel an event: every registrant notified, tickets voided, sign-up and check-in refused', async () => {
  const event = await newEvent({}, checkinEventBody(clock.now(), { capacity: 1 }))
  const a = await join(event.id)
  const b = await join(event.id)
  expectError(await call(`/api/events/${event.id}/cancel`, { token: env.officer, body: {} }), 400, 'VALIDATION_FAILED')
  const res = await call(`/api/events/${event.id}/cancel`, { token: env.officer, body: { reason: '场地临时检修' } })
  expect(res.status).toBe(200)
  expect(res.body.notified).toBe(2)
  expect(res.body.event).toMatchObject({ cancelledAt: isoCst(clock.now()), cancelReason: '场地临时检修', signupState: 'closed' })

  const mine = await call(`/api/registrations/${a.id}`, { token: a.token })
  expect(mine.body.registration.status).toBe('cancelled')
  expect(mine.body.registration.ticketCode).toBeUndefined()
  const notes = await call('/api/me/notifications', { token: b.token })
  expect(notes.body.items[0]).toMatchObject({ title: '活动已取消', body: expect.stringContaining('场地临时检修') })
  const roster = (await call(`/api/events/${event.id}/roster`, { token: env.officer })).body as RosterResponse
  expect(roster.tickets).toHaveLength(0)
  const scan = await call('/api/checkins', { token: env.officer, body: { items: [{ ticketCode: a.ticketCode, eventId: event.id, scannedAt: isoCst(clock.now()), deviceId: 'desk' }] } })
  expect(scan.body.results[0].result).toBe('not_confirmed')
  const { token } = await loginFresh(call, 'sme', 'ops-late')
  const late = await call(`/api/events/${event.id}/registrations`, { token, body: { attendeeName: '晚到者', phone: '13600009999', enterprise: { name: '江门示例科技有限公司', uscc: VALID_USCC } } })
  expect(expectError(late, 409, 'WINDOW_CLOSED').message).toBe('活动已取消')
  expectError(await call(`/api/events/${event.id}/cancel`, { token: env.officer, body: { reason: '再次取消' } }), 409, 'CONFLICT')
})

test('should approve the filtered pending requests in bulk while seats last, and reject the rest', async () => {
  const event = await newEvent({ capacity: 2, requiresApproval: true })
  await join(event.id, '张')
  await join(event.id, '李')
  await join(event.id, '张')
  await join(event.id, '张')
  const approved = await call(`/api/events/${event.id}/registrations/bulk`, { token: env.officer, body: { action: 'approve', q: '张' } })
  expect(approved.status).toBe(200)
  expect(approved.body.results.map((r: { ok: boolean }) => r.ok)).toEqual([true, true, false])
  expect(approved.body.results[2].error).toMatch(/名额已满/)
  const rejected = await call(`/api/events/${event.id}/registrations/bulk`, { token: env.officer, body: { action: 'reject', note: '名额已满，欢迎关注下期' } })
  expect(rejected.body.results.map((r: { status: string }) => r.status)).toEqual(['rejected', 'rejected'])
  const list = await call(`/api/events/${event.id}/registrations`, { token: env.officer })
  expect(list.body.counts).toMatchObject({ confirmed: 2, rejected: 2, pending_approval: 0 })
  expectError(await call(`/api/events/${event.id}/registrations/bulk`, { token: env.officer, body: { action: 'delete' } }), 400, 'VALIDATION_FAILED')
})

test('should import a guest list, reporting each bad row with its fields and keeping the good ones', async () => {
  const event = await newEvent({ capacity: 3 })
  const rows = [
    { attendeeName: '王嘉宾', phone: '13912340001', enterpriseName: '江门示例科技有限公司', uscc: VALID_USCC },
    { attendeeName: '', phone: '12345', enterpriseName: '江门示例科技有限公司', uscc: '91350100M000100Y44' },
    { attendeeName: '赵嘉宾', phone: '13912340001', enterpriseName: '江门示例科技有限公司', uscc: VALID_USCC },
    { attendeeName: '钱嘉宾', phone: '13912340002', enterpriseName: '江门示例科技有限公司', uscc: VALID_USCC },
    { attendeeName: '孙嘉宾', phone: '13912340003', enterpriseName: '江门示例科技有限公司', uscc: VALID_USCC },
    { attendeeName: '李嘉宾', phone: '13912340004', enterpriseName: '江门示例科技有限公司', uscc: VALID_USCC },
  ]
  const res = await call(`/api/events/${event.id}/guests`, { token: env.officer, body: { rows }, headers: { 'idempotency-key': 'guests-1' } })
  expect(res.status).toBe(201)
  expect(res.body.created).toBe(3)
  expect(res.body.errors.map((e: { row: number }) => e.row)).toEqual([2, 3, 6])
  expect(Object.keys(res.body.errors[0].fields).sort()).toEqual(['attendeeName', 'phone', 'uscc'])
  expect(res.body.errors[1].fields.phone).toBe('该手机号已在本场活动名单中')
  expect(res.body.errors[2].fields._).toBe('名额已满')
  const roster = (await call(`/api/events/${event.id}/roster`, { token: env.officer })).body as RosterResponse
  expect(roster.tickets.map((t) => t.attendeeName)).toEqual(['王嘉宾', '钱嘉宾', '孙嘉宾'])
  const again = await call(`/api/events/${event.id}/guests`, { token: env.officer, body: { rows }, headers: { 'idempotency-key': 'guests-1' } })
  expect(again.body.created).toBe(3)
  expect(((await call(`/api/events/${event.id}/roster`, { token: env.officer })).body as RosterResponse).tickets).toHaveLength(3)
})
