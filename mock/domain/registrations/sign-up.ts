// `POST /api/events/:id/registrations` (RULES.md → Events): the sign-up window, one active
// registration per user, the body (src/rules/signup.ts) and where the new registration lands.
// - Plain events: seats left → `confirmed` (with a ticket); full → `waitlisted`, or 409 EVENT_FULL when
//   the event has no waitlist.
// - Approval events (`requiresApproval`): every sign-up is a `pending_approval` request — the organiser
//   chooses who comes, so nobody is promoted automatically — except that a full event without a
//   waitlist refuses new requests with 409 EVENT_FULL.

import type { SignupRequest } from '@contract/events'
import { checkSignupInput } from '@/rules'
import type { MockContext } from '../../context'
import { conflict, forbidden, validationFailed } from '../../core/errors'
import { newId } from '../../core/ids'
import type { EventRow, MockDb, RegistrationRow, UserRow } from '../../db'
import { notify } from '../notify'
import { created } from '../workflow'
import { activeRegistrationOf, eventCounts, signupStateOf } from './counts'
import { newTicketCode, nextSeq } from './identifiers'

/** The body, checked against RULES.md; 400 with `fields` keyed as documented on `SignupRequest`. */
function readSignup(db: MockDb, event: EventRow, body: unknown): SignupRequest {
  const result = checkSignupInput(body, { financing: event.kind === 'financing', patentExists: (id) => db.patents.indexOf(id) >= 0 })
  if (result.ok) return result.value
  const whole = result.fields._
  throw validationFailed(result.fields, whole ?? '报名信息有误，请检查标出的字段')
}

/** 409 WINDOW_CLOSED with the reason in Chinese, unless sign-up is open now. */
function assertSignupOpen(event: EventRow, nowMs: number): void {
  if (event.cancelledAt) throw conflict('活动已取消', 'WINDOW_CLOSED')
  if (nowMs >= Date.parse(event.endsAt)) throw conflict('活动已结束', 'WINDOW_CLOSED')
  const state = signupStateOf(event, nowMs)
  if (state === 'not_yet_open') throw conflict(`报名尚未开始（${event.signupOpensAt.slice(0, 16).replace('T', ' ')} 开放报名）`, 'WINDOW_CLOSED')
  if (state === 'closed') throw conflict('报名已截止', 'WINDOW_CLOSED')
}

const SIGNUP_MESSAGES: Record<'confirmed' | 'waitlisted' | 'pending_approval', { title: string; body: (title: string) => string }> = {
  confirmed: { title: '报名成功', body: (t) => `「${t}」报名成功，请在活动当天凭电子票签到入场。` },
  waitlisted: { title: '已加入候补', body: (t) => `「${t}」名额已满，你已进入候补名单；有名额释放时将按报名顺序自动递补并通知你。` },
  pending_approval: { title: '报名已提交，等待审核', body: (t) => `「${t}」需主办方审核，审核结果将通过消息通知你。` },
}

/**
 * `POST /api/events/:id/registrations`. Throws 403 (not an sme), 409 WINDOW_CLOSED, 409 CONFLICT
 * (already has an active registration), 400 (fields), 409 EVENT_FULL (full, no waitlist).
 */
export function signUp(ctx: MockContext, user: UserRow, event: EventRow, input: unknown): RegistrationRow {
  if (user.role !== 'sme') throw forbidden('工作人员账号不能报名活动')
  const now = ctx.now()
  assertSignupOpen(event, now)
  if (activeRegistrationOf(ctx.db, user.id, event.id)) throw conflict('你已报名该活动，请勿重复报名')
  const value = readSignup(ctx.db, event, input)

  const counts = eventCounts(ctx.db, event.id)
  let status: 'confirmed' | 'waitlisted' | 'pending_approval'
  if (counts.seatsLeft > 0) status = event.requiresApproval ? 'pending_approval' : 'confirmed'
  else if (!event.waitlistEnabled) throw conflict('活动名额已满，且不设候补', 'EVENT_FULL')
  else status = event.requiresApproval ? 'pending_approval' : 'waitlisted'

  const { at, timeline } = created(ctx, 'registration', status)
  const row: RegistrationRow = {
    id: newId(ctx, 'r'),
    userId: user.id,
    title: event.title,
    createdAt: at,
    updatedAt: at,
    timeline,
    status,
    eventId: event.id,
    attendeeName: value.attendeeName,
    phone: value.phone,
    enterprise: value.enterprise,
    seq: nextSeq(ctx.db),
  }
  if (value.financingNeed) row.financingNeed = value.financingNeed
  if (status === 'confirmed') row.ticketCode = newTicketCode(ctx)
  ctx.db.registrations.insert(row)

  const message = SIGNUP_MESSAGES[status]
  notify(ctx, user.id, { type: 'status', title: message.title, body: message.body(event.title), link: { kind: 'registration', id: row.id } })
  return row
}
