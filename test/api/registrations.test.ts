/** @jest-environment node */
// Event sign-up over real HTTP: capacity under concurrency, waitlist promotion, windows, approval,
// cancellation, tickets (RULES.md → Events; API.md → Events).

import type { EventRow } from '@mock/db'
import { approveRegistration, rejectRegistration } from '@mock/domain/registrations/decisions'
import { toIsoCst } from '@mock/core/time'
import { DEMO_ENTERPRISE } from '@mock/seed'
import { DEMO_EVENT_IDS } from '@mock/seed/events'
import { client, expectError, loginAs, startServer, type TestServer } from './helpers'
import { insertEventRow } from './officer-fixtures'

const OFFICER = { userId: 'u-officer-demo', name: '演示工作人员' }

const DAY = 24 * 3600 * 1000
const HOUR = 3600 * 1000
const START = Date.parse('2026-03-02T09:00:00+08:00')

let clockMs = START
let srv: TestServer
let call: ReturnType<typeof client>
let eventCounter = 0

beforeAll(async () => {
  srv = await startServer({ patentCount: 2000, now: () => clockMs })
  call = client(srv.base)
})

afterAll(() => srv.close())

afterEach(() => {
  clockMs = START
})

const iso = toIsoCst

function addEvent(overrides: Partial<EventRow> = {}): EventRow {
  eventCounter++
  return insertEventRow(srv.server.mock, `ev-test-${eventCounter}`, clockMs, { title: `测试对接会${eventCounter}`, ...overrides })
}

function login(code?: string, role: 'sme' | 'officer' = 'sme'): Promise<{ token: string; userId: string }> {
  return loginAs(call, role, code)
}

function signupBody(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { attendeeName: '陈思远', phone: '138 0013 8000', enterprise: { name: DEMO_ENTERPRISE.name, uscc: DEMO_ENTERPRISE.uscc.toLowerCase() }, ...extra }
}

function signUp(eventId: string, token: string, body: unknown = signupBody(), headers?: Record<string, string>) {
  return call(`/api/events/${encodeURIComponent(eventId)}/registrations`, { token, body, headers })
}

const TICKET = /^[A-Za-z0-9_-]{16,32}$/

describe('capacity under concurrency', () => {
  test('should confirm exactly 50 of 200 simultaneous sign-ups, waitlist the rest in order, and promote them in order on cancellation', async () => {
    const started = Date.now()
    const event = addEvent({ capacity: 50 })
    const users = await Promise.all(Array.from({ length: 200 }, (_, i) => login(`concurrency-user-${i}`)))
    expect(new Set(users.map((u) => u.userId)).size).toBe(200)

    const results = await Promise.all(users.map((u) => signUp(event.id, u.token)))
    expect(results.map((r) => r.status)).toEqual(Array(200).fill(201))
    const regs = results.map((r) => r.body.registration)
    const confirmed = regs.filter((r) => r.status === 'confirmed')
    const waitlisted = regs.filter((r) => r.status === 'waitlisted')
    expect(confirmed).toHaveLength(50)
    expect(waitlisted).toHaveLength(150)
    // Positions are 1…150 without gaps or repeats.
    expect(waitlisted.map((r) => r.waitlistPosition).sort((a, b) => a - b)).toEqual(Array.from({ length: 150 }, (_, i) => i + 1))
    for (const r of confirmed) expect(r.ticketCode).toMatch(TICKET)
    for (const r of waitlisted) expect(r.ticketCode).toBeUndefined()
    expect(new Set(confirmed.map((r) => r.ticketCode)).size).toBe(50)

    const detail = await call(`/api/events/${event.id}`)
    expect(detail.body).toEqual(expect.objectContaining({ capacity: 50, confirmedCount: 50, waitlistCount: 150, seatsLeft: 0, status: 'full' }))

    // Cancel five confirmed seats at once: the five longest-waiting move up, in sign-up order.
    const ownerOf = new Map(regs.map((r, i) => [r.id, users[i]]))
    const cancelled = confirmed.slice(10, 15)
    const cancels = await Promise.all(cancelled.map((r) => call(`/api/registrations/${r.id}/cancel`, { method: 'POST', token: ownerOf.get(r.id)!.token })))
    for (const res of cancels) {
      expect(res.status).toBe(200)
      expect(res.body.registration.status).toBe('cancelled')
      expect(res.body.registration.ticketCode).toBeUndefined()
    }

    const byPosition = waitlisted.slice().sort((a, b) => a.waitlistPosition - b.waitlistPosition)
    const firstFive = byPosition.slice(0, 5)
    const after = await Promise.all(byPosition.slice(0, 8).map((r) => call(`/api/registrations/${r.id}`, { token: ownerOf.get(r.id)!.token })))
    expect(after.slice(0, 5).map((r) => r.body.registration.status)).toEqual(Array(5).fill('confirmed'))
    for (const res of after.slice(0, 5)) expect(res.body.registration.ticketCode).toMatch(TICKET)
    expect(after.slice(5).map((r) => [r.body.registration.status, r.body.registration.waitlistPosition])).toEqual([
      ['waitlisted', 1],
      ['waitlisted', 2],
      ['waitlisted', 3],
    ])

    const notifications = srv.server.mock.db.notifications.filter((n) => n.type === 'waitlist' && n.link?.kind === 'registration')
    const promotedIds = notifications.map((n) => n.link!.id).filter((id) => regs.some((r) => r.id === id))
    expect(promotedIds).toEqual(firstFive.map((r) => r.id))
    for (const r of firstFive) {
      const note = notifications.find((n) => n.link!.id === r.id)!
      expect(note.userId).toBe(ownerOf.get(r.id)!.userId)
      expect(note.body).toContain(event.title)
    }

    const after2 = await call(`/api/events/${event.id}`)
    expect(after2.body).toEqual(expect.objectContaining({ confirmedCount: 50, waitlistCount: 145, seatsLeft: 0 }))
    expect(Date.now() - started).toBeLessThan(10_000)
  })

  test('should give the same user one registration when they sign up twice at once', async () => {
    const event = addEvent()
    const { token } = await login('double-tapper')
    const [a, b] = await Promise.all([signUp(event.id, token), signUp(event.id, token)])
    expect([a.status, b.status].sort()).toEqual([201, 409])
    expectError(a.status === 409 ? a : b, 409, 'CONFLICT')
    expectError(await signUp(event.id, token), 409, 'CONFLICT')
    expect(srv.server.mock.db.registrations.filter((r) => r.eventId === event.id)).toHaveLength(1)
  })

  test('should replay the first result for the same Idempotency-Key without creating another registration', async () => {
    const event = addEvent()
    const { token } = await login('idempotent-signup')
    const headers = { 'Idempotency-Key': 'signup-intent-1' }
    const first = await signUp(event.id, token, signupBody(), headers)
    const replay = await signUp(event.id, token, signupBody(), headers)
    expect(first.status).toBe(201)
    expect(replay.status).toBe(201)
    expect(replay.body.registration.id).toBe(first.body.registration.id)
    expect(replay.headers.get('idempotent-replayed')).toBe('true')
    expect(srv.server.mock.db.registrations.filter((r) => r.eventId === event.id)).toHaveLength(1)
  })

  test('should refuse with EVENT_FULL when the event has no waitlist', async () => {
    const event = addEvent({ capacity: 1, waitlistEnabled: false })
    const first = await signUp(event.id, (await login('nowait-1')).token)
    expect(first.body.registration.status).toBe('confirmed')
    expectError(await signUp(event.id, (await login('nowait-2')).token), 409, 'EVENT_FULL')
    expectError(await signUp(DEMO_EVENT_IDS.fullNoWaitlist, (await login('nowait-3')).token), 409, 'EVENT_FULL')
  })

  test('should waitlist a new sign-up on the seeded full event behind the seeded waitlist', async () => {
    const res = await signUp(DEMO_EVENT_IDS.full, (await login('full-seeded')).token)
    expect(res.status).toBe(201)
    expect(res.body.registration.status).toBe('waitlisted')
    expect(res.body.registration.waitlistPosition).toBeGreaterThanOrEqual(5)
  })
})

describe('sign-up rules', () => {
  test('should answer WINDOW_CLOSED before sign-up opens, after it closes and after the event', async () => {
    const { token } = await login('window-user')
    const notYet = addEvent({ signupOpensAt: iso(clockMs + HOUR) })
    const closed = addEvent({ signupClosesAt: iso(clockMs - HOUR) })
    const ended = addEvent({ startsAt: iso(clockMs - 5 * HOUR), endsAt: iso(clockMs - 2 * HOUR) })
    for (const event of [notYet, closed, ended]) expectError(await signUp(event.id, token), 409, 'WINDOW_CLOSED')
    expectError(await signUp(DEMO_EVENT_IDS.closed, token), 409, 'WINDOW_CLOSED')
    expectError(await signUp(DEMO_EVENT_IDS.notYetOpen, token), 409, 'WINDOW_CLOSED')
    expectError(await signUp(DEMO_EVENT_IDS.ended, token), 409, 'WINDOW_CLOSED')

    // The same event opens once the clock reaches signupOpensAt.
    clockMs += HOUR
    expect((await signUp(notYet.id, token)).status).toBe(201)
  })

  test('should forbid officers and require a token', async () => {
    const event = addEvent()
    const officer = await login(undefined, 'officer')
    expectError(await signUp(event.id, officer.token), 403, 'FORBIDDEN')
    expectError(await call(`/api/events/${event.id}/registrations`, { body: signupBody() }), 401, 'UNAUTHENTICATED')
    expectError(await signUp('ev-does-not-exist', (await login('nobody-event')).token), 404, 'NOT_FOUND')
  })

  test('should name every bad field in one 400', async () => {
    const event = addEvent()
    const { token } = await login('bad-fields')
    const res = await signUp(event.id, token, { attendeeName: ' ', phone: '12800138000', enterprise: { name: '华', uscc: '91350100M000100Y44' } })
    const error = expectError(res, 400, 'VALIDATION_FAILED')
    expect(Object.keys(error.fields!).sort()).toEqual(['attendeeName', 'enterprise.name', 'enterprise.uscc', 'phone'])
    expect(error.fields!['enterprise.uscc']).toContain('校验位')
    expect(srv.server.mock.db.registrations.filter((r) => r.eventId === event.id)).toHaveLength(0)
  })

  test('should require a valid financing need on financing events', async () => {
    const event = addEvent({ kind: 'financing', banks: ['中国银行'] })
    const { token } = await login('finance-signup')
    const missing = expectError(await signUp(event.id, token), 400, 'VALIDATION_FAILED')
    expect(missing.fields).toEqual({ financingNeed: expect.any(String) })

    const bad = expectError(
      await signUp(event.id, token, signupBody({ financingNeed: { amountFen: 9_999_999, termMonths: 18, purpose: '', patentIds: ['p000001', 'p999999'] } })),
      400,
      'VALIDATION_FAILED',
    )
    expect(Object.keys(bad.fields!).sort()).toEqual(['financingNeed.amountFen', 'financingNeed.patentIds', 'financingNeed.purpose', 'financingNeed.termMonths'])
    expect(bad.fields!['financingNeed.patentIds']).toContain('p999999')

    const tooMany = Array.from({ length: 11 }, (_, i) => `p${String(i + 1).padStart(6, '0')}`)
    const many = expectError(
      await signUp(event.id, token, signupBody({ financingNeed: { amountFen: 5_000_000_00, termMonths: 12, purpose: '扩产', patentIds: tooMany } })),
      400,
      'VALIDATION_FAILED',
    )
    expect(Object.keys(many.fields!)).toEqual(['financingNeed.patentIds'])

    const need = { amountFen: 300 * 1_000_000, termMonths: 12, purpose: '购置生产设备', patentIds: ['p000001', 'p000002'] }
    const ok = await signUp(event.id, token, signupBody({ financingNeed: need }))
    expect(ok.status).toBe(201)
    expect(ok.body.registration.financingNeed).toEqual(need)
  })
})

describe('approval events', () => {
  test('should hold requests as pending until an officer approves or rejects them, never overbooking', async () => {
    const ctx = srv.server.mock
    const event = addEvent({ requiresApproval: true, capacity: 1 })
    const a = await login('approval-a')
    const b = await login('approval-b')
    const c = await login('approval-c')
    const ra = (await signUp(event.id, a.token)).body.registration
    const rb = (await signUp(event.id, b.token)).body.registration
    const rc = (await signUp(event.id, c.token)).body.registration
    expect([ra.status, rb.status, rc.status]).toEqual(['pending_approval', 'pending_approval', 'pending_approval'])
    expect(ra.ticketCode).toBeUndefined()
    expect((await call(`/api/events/${event.id}`)).body).toEqual(expect.objectContaining({ pendingCount: 3, confirmedCount: 0, seatsLeft: 1 }))

    approveRegistration(ctx, ra.id, OFFICER, '欢迎参加')
    const approved = (await call(`/api/registrations/${ra.id}`, { token: a.token })).body.registration
    expect(approved.status).toBe('confirmed')
    expect(approved.ticketCode).toMatch(TICKET)
    expect(approved.timeline.map((t: { status: string }) => t.status)).toEqual(['pending_approval', 'confirmed'])
    expect(ctx.db.notifications.find((n) => n.userId === a.userId && n.link?.id === ra.id && n.body.includes('欢迎参加'))).toBeDefined()

    // Full now: approving another request would overbook.
    expect(() => approveRegistration(ctx, rb.id, OFFICER)).toThrow(expect.objectContaining({ code: 'EVENT_FULL', status: 409 }))
    expect(() => approveRegistration(ctx, ra.id, OFFICER)).toThrow(expect.objectContaining({ code: 'CONFLICT' }))

    rejectRegistration(ctx, rc.id, OFFICER, '名额有限')
    const rejected = (await call(`/api/registrations/${rc.id}`, { token: c.token })).body.registration
    expect(rejected.status).toBe('rejected')
    expect(() => rejectRegistration(ctx, rc.id, OFFICER)).toThrow(expect.objectContaining({ code: 'CONFLICT' }))
    // A rejected request is no longer active, so the user may ask again.
    expect((await signUp(event.id, c.token)).body.registration.status).toBe('pending_approval')

    // The seat frees up when the confirmed attendee cancels; the organiser can then approve b.
    await call(`/api/registrations/${ra.id}/cancel`, { method: 'POST', token: a.token })
    expect(approveRegistration(ctx, rb.id, OFFICER).status).toBe('confirmed')
  })

  test('should make the seeded approval event answer pending_approval', async () => {
    const res = await signUp(DEMO_EVENT_IDS.approval, (await login('approval-seeded')).token)
    expect(res.status).toBe(201)
    expect(res.body.registration.status).toBe('pending_approval')
  })
})

describe('cancel and read', () => {
  test('should let only the owner cancel, only before the event starts', async () => {
    const event = addEvent({ startsAt: iso(clockMs + 2 * DAY), endsAt: iso(clockMs + 2 * DAY + 3 * HOUR), signupClosesAt: iso(clockMs + DAY) })
    const owner = await login('cancel-owner')
    const other = await login('cancel-other')
    const reg = (await signUp(event.id, owner.token)).body.registration

    expectError(await call(`/api/registrations/${reg.id}/cancel`, { method: 'POST', token: other.token }), 404, 'NOT_FOUND')
    expectError(await call(`/api/registrations/${reg.id}`, { token: other.token }), 404, 'NOT_FOUND')

    clockMs += 2 * DAY + HOUR
    expectError(await call(`/api/registrations/${reg.id}/cancel`, { method: 'POST', token: owner.token }), 409, 'CONFLICT')
    clockMs = START

    const res = await call(`/api/registrations/${reg.id}/cancel`, { method: 'POST', token: owner.token })
    expect(res.status).toBe(200)
    expect(res.body.registration.status).toBe('cancelled')
    expectError(await call(`/api/registrations/${reg.id}/cancel`, { method: 'POST', token: owner.token }), 409, 'CONFLICT')
    // Cancelled is not active: signing up again works and gets a new registration.
    const again = await signUp(event.id, owner.token)
    expect(again.status).toBe(201)
    expect(again.body.registration.id).not.toBe(reg.id)
  })

  test('should show the owner and officers the registration with its event, and the ticket only while confirmed', async () => {
    const event = addEvent({ capacity: 1 })
    const first = await login('read-first')
    const second = await login('read-second')
    const r1 = (await signUp(event.id, first.token)).body.registration
    const r2 = (await signUp(event.id, second.token)).body.registration

    const mine = (await call(`/api/registrations/${r1.id}`, { token: first.token })).body.registration
    expect(mine).toEqual(
      expect.objectContaining({
        id: r1.id,
        eventId: event.id,
        status: 'confirmed',
        statusLabel: '报名成功',
        ticketCode: r1.ticketCode,
        phone: '13800138000',
        enterprise: { name: DEMO_ENTERPRISE.name, uscc: DEMO_ENTERPRISE.uscc },
        event: expect.objectContaining({ id: event.id, title: event.title, venue: event.venue, startsAt: event.startsAt, cityLabel: '江门市' }),
      }),
    )
    const waiting = (await call(`/api/registrations/${r2.id}`, { token: second.token })).body.registration
    expect(waiting).toEqual(expect.objectContaining({ status: 'waitlisted', statusLabel: '候补中', waitlistPosition: 1 }))
    expect(waiting.ticketCode).toBeUndefined()

    const officer = await login(undefined, 'officer')
    expect((await call(`/api/registrations/${r1.id}`, { token: officer.token })).status).toBe(200)
    expectError(await call(`/api/registrations/${r1.id}`), 401, 'UNAUTHENTICATED')

    // myRegistration on the event: absent when anonymous, null when not registered, the row otherwise.
    expect((await call(`/api/events/${event.id}`)).body.myRegistration).toBeUndefined()
    expect((await call(`/api/events/${event.id}`, { token: (await login('read-nobody')).token })).body.myRegistration).toBeNull()
    expect((await call(`/api/events/${event.id}`, { token: first.token })).body.myRegistration).toEqual({ id: r1.id, status: 'confirmed', ticketCode: r1.ticketCode })
    expect((await call(`/api/events/${event.id}`, { token: second.token })).body.myRegistration).toEqual({ id: r2.id, status: 'waitlisted', waitlistPosition: 1 })
    const listed = (await call('/api/events?pageSize=50&when=week', { token: first.token })).body.items.find((e: { id: string }) => e.id === event.id)
    expect(listed.myRegistration).toEqual({ id: r1.id, status: 'confirmed', ticketCode: r1.ticketCode })
  })

  test('should keep every ticket code in the db unique, URL-safe and QR-scene sized', () => {
    const codes = srv.server.mock.db.registrations.all().flatMap((r) => (r.ticketCode ? [r.ticketCode] : []))
    expect(codes.length).toBeGreaterThan(100)
    expect(new Set(codes).size).toBe(codes.length)
    for (const code of codes) expect(code).toMatch(TICKET)
  })
})
