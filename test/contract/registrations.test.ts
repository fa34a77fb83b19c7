// API.md → Events (sign-up, capacity, waitlist, cancel, tickets) and Officer (approve, reject,
// notices, check-in, CSV), on events the officer creates for each test.

import { expectError, expectFieldError, request } from './client'
import { checkinEventBody, createEvent, DAY, freshSignup, isoCst, login, PROFILE, type Session, signUp, signupBody, tag, TICKET, VALID_USCC } from './fixtures'

let officer: Session

beforeAll(async () => {
  officer = await login('officer')
})

const getRegistration = (id: string, who: Session) => request(`/api/registrations/${id}`, { token: who.token })
const cancel = (id: string, who: Session) => request(`/api/registrations/${id}/cancel`, { method: 'POST', token: who.token })

async function notificationsOf(who: Session): Promise<Array<{ id: string; title: string; body: string; readAt: string | null; link?: { kind: string; id: string } }>> {
  const res = await request('/api/me/notifications?pageSize=50', { token: who.token })
  expect(res.status).toBe(200)
  return res.body.items
}

describe('sign-up', () => {
  test('should confirm a sign-up with an opaque ticket code, normalised, and count it on the event', async () => {
    const event = await createEvent(officer)
    const user = await login('sme')
    const res = await signUp(event.id, user)
    expect(res.status).toBe(201)
    const reg = res.body.registration
    expect(reg).toEqual(
      expect.objectContaining({ id: expect.any(String), eventId: event.id, status: 'confirmed', phone: '13800138000', enterprise: { name: PROFILE.name, uscc: VALID_USCC } }),
    )
    expect(reg.ticketCode).toMatch(TICKET)
    expect((await getRegistration(reg.id, user)).body.registration).toEqual(expect.objectContaining({ id: reg.id, status: 'confirmed', ticketCode: reg.ticketCode }))
    expect((await request(`/api/events/${event.id}`)).body.confirmedCount).toBe(1)
  })

  test('should allow one active registration per user per event: the second is 409 CONFLICT', async () => {
    const event = await createEvent(officer)
    const user = await login('sme')
    expect((await signUp(event.id, user)).status).toBe(201)
    expectError(await signUp(event.id, user), 409, 'CONFLICT')
    expect((await request(`/api/events/${event.id}`)).body.confirmedCount).toBe(1)
  })

  test('should replay a sign-up with the same Idempotency-Key: same registration, same status', async () => {
    const event = await createEvent(officer)
    const user = await login('sme')
    const headers = { 'Idempotency-Key': tag('signup') }
    const first = await signUp(event.id, user, signupBody(), headers)
    const replay = await signUp(event.id, user, signupBody(), headers)
    expect([first.status, replay.status]).toEqual([201, 201])
    expect(replay.body.registration.id).toBe(first.body.registration.id)
    expect(replay.headers.get('idempotent-replayed')).toBe('true')
    expect((await request(`/api/events/${event.id}`)).body.confirmedCount).toBe(1)
  })

  test('should name every bad field in one 400 and create nothing', async () => {
    const event = await createEvent(officer)
    const user = await login('sme')
    const res = await signUp(event.id, user, { attendeeName: ' ', phone: '12800138000', enterprise: { name: '华', uscc: VALID_USCC.slice(0, 17) + (VALID_USCC[17] === '0' ? '1' : '0') } })
    const fields = expectError(res, 400, 'VALIDATION_FAILED').fields ?? {}
    expect(Object.keys(fields).sort()).toEqual(['attendeeName', 'enterprise.name', 'enterprise.uscc', 'phone'])
    expect(fields['enterprise.uscc']).toContain('校验位')
    expect((await request(`/api/events/${event.id}`)).body.confirmedCount).toBe(0)
  })

  test('should answer WINDOW_CLOSED before sign-up opens', async () => {
    const now = Date.now()
    const event = await createEvent(officer, { signupOpensAt: isoCst(now + DAY), signupClosesAt: isoCst(now + 2 * DAY) })
    expectError(await signUp(event.id, await login('sme')), 409, 'WINDOW_CLOSED')
  })

  test('should need a login, forbid officers and 404 an unknown event', async () => {
    const event = await createEvent(officer)
    expectError(await request(`/api/events/${event.id}/registrations`, { body: signupBody() }), 401, 'UNAUTHENTICATED')
    expectError(await signUp(event.id, officer), 403, 'FORBIDDEN')
    expectError(await signUp('ev-contract-missing', await login('sme')), 404, 'NOT_FOUND')
  })

  test('should require a financing need on a financing event', async () => {
    const event = await createEvent(officer, { kind: 'financing', banks: ['中国银行'] })
    const user = await login('sme')
    expectFieldError(await signUp(event.id, user), 'financingNeed')
    const need = { amountFen: 300 * 1_000_000, termMonths: 12, purpose: '购置生产设备', patentIds: [] }
    const ok = await signUp(event.id, user, { ...signupBody(), financingNeed: need })
    expect(ok.status).toBe(201)
    expect(ok.body.registration.financingNeed).toEqual(expect.objectContaining({ amountFen: need.amountFen, termMonths: 12 }))
  })
})

describe('capacity and waitlist', () => {
  test('should never exceed capacity under simultaneous sign-ups: the rest are waitlisted 1…n', async () => {
    const event = await createEvent(officer, { capacity: 5 })
    const users = await Promise.all(Array.from({ length: 20 }, () => login('sme')))
    const results = await Promise.all(users.map((u) => signUp(event.id, u)))
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(201))
    const regs = results.map((r) => r.body.registration)
    expect(regs.filter((r) => r.status === 'confirmed')).toHaveLength(5)
    const waitlisted = regs.filter((r) => r.status === 'waitlisted')
    expect(waitlisted).toHaveLength(15)
    expect(waitlisted.map((r) => r.waitlistPosition).sort((a, b) => a - b)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1))
    for (const r of waitlisted) expect(r.ticketCode).toBeUndefined()
    expect((await request(`/api/events/${event.id}`)).body).toEqual(expect.objectContaining({ confirmedCount: 5, waitlistCount: 15, status: 'full' }))
  })

  test('should promote the first waitlisted registration on cancel, give it a ticket and notify it', async () => {
    const event = await createEvent(officer, { capacity: 1 })
    const a = await freshSignup(event.id, '甲一')
    const b = await freshSignup(event.id, '乙二')
    const c = await freshSignup(event.id, '丙三')
    expect([a.registration.status, b.registration.status, c.registration.status]).toEqual(['confirmed', 'waitlisted', 'waitlisted'])
    expect([b.registration.waitlistPosition, c.registration.waitlistPosition]).toEqual([1, 2])

    const cancelled = await cancel(a.registration.id, a.user)
    expect(cancelled.status).toBe(200)
    expect(cancelled.body.registration.status).toBe('cancelled')
    expect(cancelled.body.registration.ticketCode).toBeUndefined()

    const promoted = (await getRegistration(b.registration.id, b.user)).body.registration
    expect(promoted.status).toBe('confirmed')
    expect(promoted.ticketCode).toMatch(TICKET)
    expect((await notificationsOf(b.user)).some((n) => n.link?.id === b.registration.id && n.readAt === null)).toBe(true)
    expect((await getRegistration(c.registration.id, c.user)).body.registration).toEqual(expect.objectContaining({ status: 'waitlisted', waitlistPosition: 1 }))
    expect((await request(`/api/events/${event.id}`)).body).toEqual(expect.objectContaining({ confirmedCount: 1, waitlistCount: 1 }))
  })

  test('should refuse with 409 EVENT_FULL when the event has no waitlist', async () => {
    const event = await createEvent(officer, { capacity: 1, waitlistEnabled: false })
    expect((await freshSignup(event.id)).registration.status).toBe('confirmed')
    expectError(await signUp(event.id, await login('sme')), 409, 'EVENT_FULL')
  })

  test('should let only the owner cancel, once, and then sign up again as a new registration', async () => {
    const event = await createEvent(officer)
    const { user, registration } = await freshSignup(event.id)
    const other = await login('sme')
    expectError(await cancel(registration.id, other), 404, 'NOT_FOUND')
    expectError(await getRegistration(registration.id, other), 404, 'NOT_FOUND')
    expect((await cancel(registration.id, user)).status).toBe(200)
    expectError(await cancel(registration.id, user), 409, 'CONFLICT')
    const again = await signUp(event.id, user)
    expect(again.status).toBe(201)
    expect(again.body.registration.id).not.toBe(registration.id)
  })
})

describe('officer approval', () => {
  test('should hold sign-ups as pending_approval, approve one with a ticket, refuse to overbook, and reject with a note the applicant sees', async () => {
    const event = await createEvent(officer, { capacity: 1, requiresApproval: true })
    const a = await freshSignup(event.id, '甲一')
    const b = await freshSignup(event.id, '乙二')
    const c = await freshSignup(event.id, '丙三')
    for (const r of [a, b, c]) {
      expect(r.registration.status).toBe('pending_approval')
      expect(r.registration.ticketCode).toBeUndefined()
    }

    const listed = await request(`/api/events/${event.id}/registrations`, { token: officer.token })
    expect(listed.status).toBe(200)
    expect(listed.body.items.map((r: { id: string }) => r.id).sort()).toEqual([a, b, c].map((r) => r.registration.id).sort())

    const approved = await request(`/api/registrations/${a.registration.id}/approve`, { token: officer.token, body: { note: '欢迎参加' } })
    expect(approved.status).toBe(200)
    expect(approved.body.registration).toEqual(expect.objectContaining({ id: a.registration.id, status: 'confirmed', ticketCode: expect.stringMatching(TICKET) }))
    expect((await getRegistration(a.registration.id, a.user)).body.registration.ticketCode).toBe(approved.body.registration.ticketCode)

    expectError(await request(`/api/registrations/${b.registration.id}/approve`, { token: officer.token, body: {} }), 409, 'EVENT_FULL')

    const note = `名额已满，欢迎参加下期 ${tag('r')}`
    const rejected = await request(`/api/registrations/${c.registration.id}/reject`, { token: officer.token, body: { note } })
    expect(rejected.status).toBe(200)
    expect(rejected.body.registration.status).toBe('rejected')
    expect((await notificationsOf(c.user)).some((n) => n.body.includes(note) && n.link?.id === c.registration.id)).toBe(true)
    expectError(await request(`/api/registrations/${c.registration.id}/reject`, { token: officer.token, body: { note } }), 409, 'CONFLICT')

    const detail = await request(`/api/applications/registration/${a.registration.id}`, { token: a.user.token })
    expect(detail.body.timeline.at(-1)).toEqual(expect.objectContaining({ status: 'confirmed', by: expect.objectContaining({ userId: officer.userId }) }))
  })
})

describe('notices', () => {
  test('should deliver a plain-text notice to every active registrant, not to a cancelled one', async () => {
    const event = await createEvent(officer)
    const a = await freshSignup(event.id, '甲一')
    const b = await freshSignup(event.id, '乙二')
    const gone = await freshSignup(event.id, '丙三')
    expect((await cancel(gone.registration.id, gone.user)).status).toBe(200)
    const title = '会场变更'
    const text = `会场改为三楼 301。<b>请准时</b> ${tag('notice')}`
    const res = await request(`/api/events/${event.id}/notices`, { token: officer.token, body: { title, body: text } })
    expect(res.status).toBe(200)
    expect(res.body).toEqual(expect.objectContaining({ delivered: 2 }))
    for (const r of [a, b]) {
      expect((await notificationsOf(r.user)).filter((n) => n.body === text && n.title === title)).toHaveLength(1)
    }
    expect((await notificationsOf(gone.user)).some((n) => n.body === text)).toBe(false)
  })

  test('should refuse a notice without a title', async () => {
    const event = await createEvent(officer)
    expectFieldError(await request(`/api/events/${event.id}/notices`, { token: officer.token, body: { title: '', body: '正文' } }), 'title')
  })
})

describe('check-in', () => {
  async function checkIn(items: unknown[]) {
    const res = await request('/api/checkins', { token: officer.token, body: { items } })
    expect(res.status).toBe(200)
    expect(res.body.results).toHaveLength(items.length)
    return res.body.results as Array<{ result: string; checkedInAt?: string; attendeeName?: string }>
  }
  const scan = (ticketCode: string, eventId: string, deviceId = 'contract-desk-1') => ({ ticketCode, eventId, scannedAt: isoCst(Date.now()), deviceId })

  test('should check a confirmed ticket in once: ok, then duplicate naming the first time', async () => {
    const event = await createEvent(officer, checkinEventBody())
    const { user, registration } = await freshSignup(event.id, '签到人')
    const [first] = await checkIn([scan(registration.ticketCode, event.id)])
    expect(first).toEqual(expect.objectContaining({ result: 'ok', attendeeName: '签到人', checkedInAt: expect.any(String) }))
    const [second] = await checkIn([scan(registration.ticketCode, event.id, 'contract-desk-2')])
    expect(second).toEqual(expect.objectContaining({ result: 'duplicate', checkedInAt: first.checkedInAt }))
    expect((await getRegistration(registration.id, user)).body.registration.status).toBe('checked_in')
  })

  test('should change nothing when the same batch is replayed (an offline queue flushed twice)', async () => {
    const event = await createEvent(officer, checkinEventBody())
    const regs = await Promise.all([freshSignup(event.id, '甲一'), freshSignup(event.id, '乙二')])
    const items = regs.map((r) => scan(r.registration.ticketCode, event.id, 'contract-offline'))
    const first = await checkIn(items)
    const replay = await checkIn(items)
    expect(first.map((r) => r.result)).toEqual(['ok', 'ok'])
    expect(replay).toEqual(first)
    const detail = await request(`/api/applications/registration/${regs[0].registration.id}`, { token: regs[0].user.token })
    expect(detail.body.timeline.filter((t: { status: string }) => t.status === 'checked_in')).toHaveLength(1)
  })

  test('should report unknown, wrong_event and not_confirmed tickets', async () => {
    const event = await createEvent(officer, checkinEventBody())
    const other = await createEvent(officer, checkinEventBody())
    const elsewhere = await freshSignup(other.id)
    const quitter = await freshSignup(event.id)
    expect((await cancel(quitter.registration.id, quitter.user)).status).toBe(200)
    const results = await checkIn([
      scan(`nope-${tag('t')}`.slice(0, 32), event.id),
      scan(elsewhere.registration.ticketCode, event.id),
      scan(quitter.registration.ticketCode, event.id),
    ])
    expect(results.map((r) => r.result)).toEqual(['unknown', 'wrong_event', 'not_confirmed'])
  })

  test('should answer outside_window for a scan days before the event', async () => {
    const event = await createEvent(officer)
    const { registration } = await freshSignup(event.id)
    expect((await checkIn([scan(registration.ticketCode, event.id)]))[0].result).toBe('outside_window')
  })

  test('should refuse a batch without items with 400', async () => {
    expectFieldError(await request('/api/checkins', { token: officer.token, body: {} }), 'items')
  })

  test('should export the registrations as CSV with a UTF-8 BOM', async () => {
    const event = await createEvent(officer)
    await freshSignup(event.id, '导出人')
    const res = await request(`/api/events/${event.id}/registrations.csv`, { token: officer.token })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/)
    expect(res.text.charCodeAt(0)).toBe(0xfeff)
    expect(res.text).toContain('导出人')
  })
})
