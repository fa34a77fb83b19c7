// API.md → Events and Officer: events an officer creates and edits (with validation), as the public
// lists and details show them.

import { expectError, expectFieldError, request } from './client'
import { createEvent, DAY, eventBody, HOUR, isoCst, login, type Session, tag } from './fixtures'

let officer: Session

beforeAll(async () => {
  officer = await login('officer')
})

describe('officer creates and edits events', () => {
  test('should create an event (201) with a URL-safe id, shown publicly with its counts', async () => {
    const body = eventBody({ capacity: 80 })
    const created = await request('/api/events', { token: officer.token, body })
    expect(created.status).toBe(201)
    const { id } = created.body.event
    expect(id).toMatch(/^[A-Za-z0-9_-]{1,32}$/)
    const detail = await request(`/api/events/${id}`)
    expect(detail.status).toBe(200)
    expect(detail.body).toEqual(
      expect.objectContaining({
        id,
        kind: 'matchmaking',
        title: body.title,
        organizer: body.organizer,
        venue: body.venue,
        city: '440700',
        capacity: 80,
        confirmedCount: 0,
        waitlistCount: 0,
        requiresApproval: false,
        description: body.description,
        agenda: [expect.objectContaining({ time: '09:00', title: '开场致辞' })],
      }),
    )
    for (const key of ['startsAt', 'endsAt', 'signupOpensAt', 'signupClosesAt'] as const) {
      expect(Date.parse(detail.body[key])).toBe(Date.parse(body[key] as string))
    }
  })

  test('should replay a create with the same Idempotency-Key instead of making a second event', async () => {
    const headers = { 'Idempotency-Key': tag('create-event') }
    const body = eventBody()
    const first = await request('/api/events', { token: officer.token, body, headers })
    const again = await request('/api/events', { token: officer.token, body, headers })
    expect([first.status, again.status]).toEqual([201, 201])
    expect(again.body.event.id).toBe(first.body.event.id)
    expect((await request(`/api/events?q=${encodeURIComponent(body.title as string)}`)).body.total).toBe(1)
  })

  test('should refuse an invalid event naming each bad field in Chinese', async () => {
    const now = Date.now()
    const res = await request('/api/events', {
      token: officer.token,
      body: eventBody({
        title: '长'.repeat(51),
        city: 'atlantis',
        startsAt: isoCst(now + 2 * DAY),
        endsAt: isoCst(now + 2 * DAY - HOUR),
        capacity: 0,
        industries: ['rockets'],
      }),
    })
    const fields = expectError(res, 400, 'VALIDATION_FAILED').fields ?? {}
    expect(Object.keys(fields)).toEqual(expect.arrayContaining(['title', 'city', 'endsAt', 'capacity', 'industries']))
    for (const message of Object.values(fields)) expect(message).toMatch(/[\u4e00-\u9fff]/)
  })

  test.each([
    ['an unknown kind', { kind: 'party' }, 'kind'],
    ['a fractional capacity', { capacity: 12.5 }, 'capacity'],
    ['a blank title', { title: '  ' }, 'title'],
    ['sign-up closing after the start', { signupClosesAt: isoCst(Date.now() + 4 * DAY) }, 'signupClosesAt'],
  ])('should refuse %s', async (_name, patch, field) => {
    expectFieldError(await request('/api/events', { token: officer.token, body: eventBody(patch) }), field)
  })

  test('should edit an event with PATCH, and refuse an end before the start', async () => {
    const event = await createEvent(officer)
    const renamed = await request(`/api/events/${event.id}`, { method: 'PATCH', token: officer.token, body: { title: `${event.title}改`.slice(-50), capacity: 3 } })
    expect(renamed.status).toBe(200)
    expect(renamed.body.event).toEqual(expect.objectContaining({ id: event.id, capacity: 3 }))
    expect((await request(`/api/events/${event.id}`)).body).toEqual(expect.objectContaining({ title: renamed.body.event.title, capacity: 3 }))
    expectFieldError(await request(`/api/events/${event.id}`, { method: 'PATCH', token: officer.token, body: { endsAt: event.startsAt } }), 'endsAt')
    expectError(await request('/api/events/ev-contract-missing', { method: 'PATCH', token: officer.token, body: { title: 'x' } }), 404, 'NOT_FOUND')
  })

  test('should keep the capacity at or above the seats already given', async () => {
    const event = await createEvent(officer, { capacity: 2 })
    for (let i = 0; i < 2; i++) {
      const user = await login('sme')
      const res = await request(`/api/events/${event.id}/registrations`, {
        token: user.token,
        body: { attendeeName: `参会人${i + 1}`, phone: '13800138000', enterprise: { name: '江门市契约测试科技有限公司', uscc: '91350100M000100Y43' } },
      })
      expect(res.body.registration.status).toBe('confirmed')
    }
    expectFieldError(await request(`/api/events/${event.id}`, { method: 'PATCH', token: officer.token, body: { capacity: 1 } }), 'capacity')
  })
})

describe('GET /api/events', () => {
  test('should list an officer’s new event, and filter it by kind and status', async () => {
    const event = await createEvent(officer)
    const q = `q=${encodeURIComponent(event.title)}`
    const found = await request(`/api/events?${q}`)
    expect(found.status).toBe(200)
    expect(found.body).toEqual(expect.objectContaining({ total: 1, page: 1, items: [expect.objectContaining({ id: event.id, kind: 'matchmaking', status: 'open' })] }))
    expect((await request(`/api/events?${q}&kind=matchmaking&status=open`)).body.total).toBe(1)
    expect((await request(`/api/events?${q}&kind=financing`)).body.total).toBe(0)
    expect((await request(`/api/events?${q}&status=ended`)).body.total).toBe(0)
  })

  test('should give every listed event the documented fields and keep confirmed within capacity', async () => {
    const body = (await request('/api/events?pageSize=50')).body
    expect(body).toEqual(expect.objectContaining({ page: 1, pageSize: 50, total: expect.any(Number) }))
    expect(body.items.length).toBeGreaterThan(0)
    for (const e of body.items) {
      expect(e).toEqual(
        expect.objectContaining({
          id: expect.stringMatching(/^[A-Za-z0-9_-]{1,32}$/),
          kind: expect.stringMatching(/^(matchmaking|financing)$/),
          status: expect.stringMatching(/^(open|full|closed|ended)$/),
          startsAt: expect.any(String),
          endsAt: expect.any(String),
          capacity: expect.any(Number),
          confirmedCount: expect.any(Number),
        }),
      )
      expect(e.confirmedCount).toBeLessThanOrEqual(e.capacity)
    }
  })

  test('should narrow status=open to open events only', async () => {
    const items = (await request('/api/events?status=open&pageSize=50')).body.items
    expect(items.length).toBeGreaterThan(0)
    expect(items.every((e: { status: string }) => e.status === 'open')).toBe(true)
  })

  test('should show a full event as full once its last seat is taken', async () => {
    const event = await createEvent(officer, { capacity: 1 })
    const user = await login('sme')
    await request(`/api/events/${event.id}/registrations`, {
      token: user.token,
      body: { attendeeName: '陈思远', phone: '13800138000', enterprise: { name: '江门市契约测试科技有限公司', uscc: '91350100M000100Y43' } },
    })
    expect((await request(`/api/events/${event.id}`)).body).toEqual(expect.objectContaining({ status: 'full', confirmedCount: 1 }))
  })

  test('should answer an unknown event with 404', async () => {
    expectError(await request('/api/events/ev-contract-missing'), 404, 'NOT_FOUND')
  })
})
