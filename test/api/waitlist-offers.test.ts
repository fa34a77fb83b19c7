/** @jest-environment node */
// Issue 18, point 3 at the API on an injected clock: a freed seat on an event with waitlistOfferHours
// becomes an offer to the oldest waitlisted registration, held until its deadline; an unanswered
// offer passes to the next; accepting confirms with a ticket; leaving the waitlist; positions; notices.

import type { OfficerEvent } from '@contract/officer'
import type { Registration } from '@contract/events'
import { isoCst } from '@/rules/officer'
import { loginFresh } from './helpers'
import { eventBody, HOUR, officerServerForFile, VALID_USCC } from './officer-fixtures'

const env = officerServerForFile(Date.UTC(2026, 4, 10, 1, 0, 0))
const { call, clock } = env

async function newEvent(overrides: Record<string, unknown> = {}): Promise<OfficerEvent> {
  const res = await call('/api/events', { token: env.officer, body: { ...eventBody(clock.now(), { capacity: 1 }), waitlistOfferHours: 12, ...overrides } })
  expect(res.status).toBe(201)
  return res.body.event
}

let n = 0
async function join(eventId: string): Promise<{ token: string; reg: Registration }> {
  const { token } = await loginFresh(call, 'sme', 'wl')
  n += 1
  const res = await call(`/api/events/${eventId}/registrations`, { token, body: { attendeeName: `候补人${n}`, phone: `1370000${String(1000 + n).slice(-4)}`, enterprise: { name: '江门示例科技有限公司', uscc: VALID_USCC } } })
  expect(res.status).toBe(201)
  return { token, reg: res.body.registration }
}

async function mine(who: { token: string; reg: Registration }): Promise<Registration> {
  const res = await call(`/api/registrations/${who.reg.id}`, { token: who.token })
  expect(res.status).toBe(200)
  return res.body.registration
}

async function titles(token: string): Promise<string[]> {
  const res = await call('/api/me/notifications', { token })
  return res.body.items.map((x: { title: string }) => x.title)
}

test('should offer a cancelled seat to the oldest waitlisted, hold it, pass it on after 12 hours, and confirm on accept', async () => {
  const event = await newEvent()
  expect(event.waitlistOfferHours).toBe(12)
  const a = await join(event.id)
  const b = await join(event.id)
  const c = await join(event.id)
  expect([a.reg.status, b.reg.status, c.reg.status]).toEqual(['confirmed', 'waitlisted', 'waitlisted'])
  expect([b.reg.waitlistPosition, c.reg.waitlistPosition]).toEqual([1, 2])

  expect((await call(`/api/registrations/${a.reg.id}/cancel`, { token: a.token, body: {} })).status).toBe(200)
  const offered = await mine(b)
  expect(offered).toMatchObject({ status: 'waitlisted', offerExpiresAt: isoCst(clock.now() + 12 * HOUR) })
  expect(offered.ticketCode).toBeUndefined()
  expect(await titles(b.token)).toContain('候补名额待确认')
  // The seat is held: a newcomer is waitlisted behind C, and the event reads as full.
  const d = await join(event.id)
  expect(d.reg).toMatchObject({ status: 'waitlisted', waitlistPosition: 3 })
  expect((await call(`/api/events/${event.id}`)).body.seatsLeft).toBe(0)

  clock.advance(12 * HOUR + 1000)
  const lapsed = await mine(b)
  expect(lapsed.offerExpiresAt).toBeUndefined()
  expect(lapsed.offerLapsedAt).toBe(isoCst(clock.now()))
  expect(await titles(b.token)).toContain('候补名额已顺延')
  const next = await mine(c)
  expect(next.offerExpiresAt).toBe(isoCst(clock.now() + 12 * HOUR))
  expect((await call(`/api/registrations/${b.reg.id}/accept-offer`, { token: b.token, body: {} })).status).toBe(409)

  const accepted = await call(`/api/registrations/${c.reg.id}/accept-offer`, { token: c.token, body: {} })
  expect(accepted.status).toBe(200)
  expect(accepted.body.registration).toMatchObject({ status: 'confirmed', ticketCode: expect.any(String), ticketSecret: expect.any(String) })
  expect(accepted.body.registration.offerExpiresAt).toBeUndefined()
  expect(await titles(c.token)).toContain('候补成功：你已获得活动名额')
  // Someone else's offer is not yours to take.
  expect((await call(`/api/registrations/${c.reg.id}/accept-offer`, { token: d.token, body: {} })).status).toBe(404)
})

test('should offer new seats when the capacity is raised, and to the next when the offered attendee declines', async () => {
  const event = await newEvent({ waitlistOfferHours: 2 })
  await join(event.id)
  const b = await join(event.id)
  const c = await join(event.id)
  const raised = await call(`/api/events/${event.id}`, { method: 'PATCH', token: env.officer, body: { capacity: 2 } })
  expect(raised.status).toBe(200)
  expect(raised.body.event.waitlistOfferHours).toBe(2)
  expect((await mine(b)).offerExpiresAt).toBe(isoCst(clock.now() + 2 * HOUR))
  expect((await mine(c)).offerExpiresAt).toBeUndefined()

  const declined = await call(`/api/registrations/${b.reg.id}/cancel`, { token: b.token, body: {} })
  expect(declined.body.registration.status).toBe('cancelled')
  expect(declined.body.registration.timeline.at(-1).note).toBe('报名人放弃候补名额')
  expect((await mine(c)).offerExpiresAt).toBe(isoCst(clock.now() + 2 * HOUR))
})

test('should let a waitlisted attendee leave, moving everyone behind up one place', async () => {
  const event = await newEvent()
  await join(event.id)
  const b = await join(event.id)
  const c = await join(event.id)
  expect((await mine(c)).waitlistPosition).toBe(2)
  const left = await call(`/api/registrations/${b.reg.id}/cancel`, { token: b.token, body: {} })
  expect(left.body.registration.timeline.at(-1).note).toBe('报名人退出候补')
  expect((await mine(c)).waitlistPosition).toBe(1)
})

test('should keep API.md promotion at once for an event without waitlistOfferHours, and validate the setting', async () => {
  const event = await newEvent({ waitlistOfferHours: 0 })
  expect(event.waitlistOfferHours).toBeUndefined()
  const a = await join(event.id)
  const b = await join(event.id)
  await call(`/api/registrations/${a.reg.id}/cancel`, { token: a.token, body: {} })
  expect((await mine(b)).status).toBe('confirmed')
  const bad = await call('/api/events', { token: env.officer, body: { ...eventBody(clock.now()), waitlistOfferHours: 100 } })
  expect(bad.status).toBe(400)
  expect(bad.body.error.fields.waitlistOfferHours).toMatch(/1–72/)
})
