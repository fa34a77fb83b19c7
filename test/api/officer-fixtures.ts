// Shared by the officer API tests: tokens, a valid event body relative to the server clock, and
// attendees signed up straight through the registrations domain (fast for 100+ tickets).

import type { CreateEventRequest } from '@contract/officer'
import type { MockContext } from '@mock/context'
import type { EventRow, RegistrationRow, UserRow } from '@mock/db'
import { toIsoCst } from '@mock/core/time'
import { signUp } from '@mock/domain/registrations/sign-up'
import { isoCst } from '@/rules/officer'
import { client, loginAs, startServer, type Call, type TestServer } from './helpers'


export const VALID_USCC = '91350100M000100Y43'
export const HOUR = 3600 * 1000
export const DAY = 24 * HOUR

export async function tokenFor(call: Call, role: 'sme' | 'officer', code?: string): Promise<string> {
  return (await loginAs(call, role, code)).token
}

/**
 * An event row straight into the mock's db (the officer endpoints are tested on their own): sign-up open
 * since a day, starting in six days for three hours.
 */
export function insertEventRow(ctx: MockContext, id: string, nowMs: number, overrides: Partial<EventRow> = {}): EventRow {
  return ctx.db.events.insert({
    id,
    kind: 'matchmaking',
    title: '测试对接会',
    organizer: '江门市市场监督管理局（知识产权局）',
    venue: '江门市高新区创新创业服务中心',
    city: '440700',
    startsAt: toIsoCst(nowMs + 6 * DAY),
    endsAt: toIsoCst(nowMs + 6 * DAY + 3 * HOUR),
    signupOpensAt: toIsoCst(nowMs - DAY),
    signupClosesAt: toIsoCst(nowMs + 5 * DAY),
    capacity: 50,
    requiresApproval: false,
    waitlistEnabled: true,
    description: '测试活动',
    agenda: [],
    industries: ['C38'],
    createdAt: toIsoCst(nowMs),
    updatedAt: toIsoCst(nowMs),
    ...overrides,
  })
}

/** A valid event: sign-up open now, starting tomorrow. */
export function eventBody(nowMs: number, overrides: Partial<CreateEventRequest> = {}): CreateEventRequest {
  const start = nowMs + DAY
  return {
    kind: 'matchmaking',
    title: '新材料专利供需对接会',
    organizer: '江门市市场监督管理局',
    venue: '江门市科技馆报告厅',
    city: '440700',
    startsAt: isoCst(start),
    endsAt: isoCst(start + 4 * HOUR),
    signupOpensAt: isoCst(nowMs - HOUR),
    signupClosesAt: isoCst(start - HOUR),
    capacity: 200,
    requiresApproval: false,
    waitlistEnabled: true,
    description: '高校专利与企业需求面对面',
    agenda: [{ time: '09:00', title: '开场致辞' }],
    banks: [],
    industries: ['C32'],
    ...overrides,
  }
}

/**
 * A valid event inside its check-in window (RULES.md: from 2 hours before the start until the end):
 * starts in an hour, sign-up open for another 30 minutes.
 */
export function checkinEventBody(nowMs: number, overrides: Partial<CreateEventRequest> = {}): CreateEventRequest {
  return eventBody(nowMs, {
    startsAt: isoCst(nowMs + HOUR),
    endsAt: isoCst(nowMs + 5 * HOUR),
    signupClosesAt: isoCst(nowMs + HOUR / 2),
    ...overrides,
  })
}

let userSeq = 0

export function newSme(ctx: MockContext): UserRow {
  userSeq += 1
  return ctx.db.users.insert({ id: `u-test-${userSeq}-${Math.random().toString(36).slice(2, 8)}`, role: 'sme', name: `测试企业${userSeq}`, createdAt: isoCst(ctx.now()) })
}

/** Signs `n` new SMEs up to the event (confirmed while seats last). */
export function addAttendees(ctx: MockContext, eventId: string, n: number, namePrefix = '参会人'): RegistrationRow[] {
  const event = ctx.db.events.get(eventId)
  if (!event) throw new Error(`no event ${eventId}`)
  const out: RegistrationRow[] = []
  for (let i = 0; i < n; i++) {
    const user = newSme(ctx)
    const phone = '138' + String(10000000 + out.length + userSeq * 1000).slice(-8)
    out.push(signUp(ctx, user, event, { attendeeName: `${namePrefix}${i + 1}`, phone, enterprise: { name: `示例科技有限公司${i + 1}`, uscc: VALID_USCC } }))
  }
  return out
}

export function mutableClock(startMs: number) {
  let now = startMs
  return {
    now: () => now,
    advance: (ms: number) => {
      now += ms
    },
  }
}

export interface OfficerServer {
  clock: ReturnType<typeof mutableClock>
  /** Every request of the file; usable from the first test on (the server starts in beforeAll). */
  call: Call
  srv: TestServer
  /** Tokens of the demo officer and the demo SME. */
  officer: string
  sme: string
}

/** One file's mock server on an injected clock, started before its tests with an officer and an SME signed in. */
export function officerServerForFile(startMs: number): OfficerServer {
  const clock = mutableClock(startMs)
  let inner: Call | null = null
  const call = ((path, options) => {
    if (!inner) throw new Error('the server starts in beforeAll: call it from a test')
    return inner(path, options)
  }) as Call
  const env = { clock, call } as OfficerServer
  beforeAll(async () => {
    env.srv = await startServer({ patentCount: 50, now: clock.now })
    inner = client(env.srv.base)
    env.officer = await tokenFor(call, 'officer')
    env.sme = await tokenFor(call, 'sme')
  })
  afterAll(() => env.srv.close())
  return env
}
