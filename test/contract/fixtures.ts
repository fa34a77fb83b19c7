// Demo data for the contract suite, made only through the API: users by login code, events by the
// officer endpoints, patents found through GET /api/patents. Every name carries RUN, so the suite can
// run again and again against the same server without meeting its own earlier data.

import { OFFICER_PASSCODE, request } from './client'

export const RUN = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
export const HOUR = 3600 * 1000
export const DAY = 24 * HOUR

export interface Session {
  token: string
  userId: string
  name: string
}

let seq = 0
/** A unique tag for titles and keys within this run. */
export function tag(prefix: string): string {
  seq += 1
  return `${prefix}-${RUN}-${seq}`
}

/** Each distinct login `code` is its own user (API.md → Roles), so a fresh code is a fresh user. */
export async function login(role: 'sme' | 'officer', code: string = tag(role)): Promise<Session> {
  const body: Record<string, string> = { role, code }
  if (role === 'officer') body.passcode = OFFICER_PASSCODE
  const res = await request('/api/auth/login', { body })
  expect(res.status).toBe(200)
  expect(res.body).toEqual({ token: expect.any(String), user: expect.objectContaining({ id: expect.any(String), role }) })
  return { token: res.body.token, userId: res.body.user.id, name: res.body.user.name }
}

/** GB 32100-2015 check character (RULES.md), so tests can build valid and invalid codes. */
export function usccCheckChar(first17: string): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY'
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
  const sum = [...first17].reduce((acc, ch, i) => acc + alphabet.indexOf(ch) * weights[i], 0)
  const check = 31 - (sum % 31)
  return alphabet[check === 31 ? 0 : check]
}

const USCC_17 = '91350100M000100Y4'
export const VALID_USCC = USCC_17 + usccCheckChar(USCC_17)
export const WRONG_CHECK_USCC = USCC_17 + (usccCheckChar(USCC_17) === '0' ? '1' : '0')

export const PROFILE = {
  name: '江门市契约测试科技有限公司',
  uscc: VALID_USCC,
  contactName: '李明',
  phone: '13800138000',
  region: '440700',
  industry: 'C38',
}

export const ENTERPRISE4 = { name: PROFILE.name, uscc: PROFILE.uscc, contactName: PROFILE.contactName, phone: PROFILE.phone }

/** ISO 8601 in China time, as the contract writes times. */
export function isoCst(ms: number): string {
  return new Date(ms + 8 * HOUR).toISOString().slice(0, 19) + '+08:00'
}

export function dateCst(ms: number): string {
  return isoCst(ms).slice(0, 10)
}

/**
 * A valid officer event body. Times are relative to this machine's clock, which a real server's
 * clock is assumed to be close to (minutes, not hours): the suite never moves the server's clock.
 */
export function eventBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const now = Date.now()
  const start = now + 3 * DAY
  return {
    kind: 'matchmaking',
    title: tag('契约测试对接会').slice(0, 50),
    organizer: '江门市市场监督管理局',
    venue: '江门市科技馆报告厅',
    city: '440700',
    startsAt: isoCst(start),
    endsAt: isoCst(start + 4 * HOUR),
    signupOpensAt: isoCst(now - HOUR),
    signupClosesAt: isoCst(start - DAY),
    capacity: 50,
    requiresApproval: false,
    waitlistEnabled: true,
    description: '高校专利与企业需求面对面（契约测试）',
    agenda: [{ time: '09:00', title: '开场致辞' }],
    banks: [],
    industries: ['C38'],
    ...overrides,
  }
}

/** Starts in an hour: inside the check-in window (2 hours before the start until the end). */
export function checkinEventBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const now = Date.now()
  return eventBody({ startsAt: isoCst(now + HOUR), endsAt: isoCst(now + 5 * HOUR), signupClosesAt: isoCst(now + HOUR / 2), ...overrides })
}

export async function createEvent(officer: Session, overrides: Record<string, unknown> = {}) {
  const res = await request('/api/events', { token: officer.token, body: eventBody(overrides) })
  expect(res.status).toBe(201)
  expect(res.body.event).toEqual(expect.objectContaining({ id: expect.stringMatching(/^[A-Za-z0-9_-]{1,32}$/) }))
  return res.body.event
}

export function signupBody(attendeeName = '陈思远'): Record<string, unknown> {
  return { attendeeName, phone: '138 0013 8000', enterprise: { name: PROFILE.name, uscc: VALID_USCC.toLowerCase() } }
}

export function signUp(eventId: string, who: Session, body: unknown = signupBody(), headers?: Record<string, string>) {
  return request(`/api/events/${encodeURIComponent(eventId)}/registrations`, { token: who.token, body, headers })
}

/** Signs a fresh user up and returns the user with the registration. */
export async function freshSignup(eventId: string, attendeeName = '陈思远') {
  const user = await login('sme')
  const res = await signUp(eventId, user, signupBody(attendeeName))
  expect(res.status).toBe(201)
  return { user, registration: res.body.registration }
}

/** Some listed patents, straight from the catalogue (never a seeded id). */
export async function somePatents(n: number, query = ''): Promise<Array<{ id: string; patentNo: string; title: string; [k: string]: unknown }>> {
  const res = await request(`/api/patents?pageSize=${n}${query ? '&' + query : ''}`)
  expect(res.status).toBe(200)
  expect(res.body.items.length).toBe(n)
  return res.body.items
}

export const TICKET = /^[A-Za-z0-9_-]{16,32}$/
