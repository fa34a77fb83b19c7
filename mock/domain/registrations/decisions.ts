// Moves out of a registration's current status: the attendee cancels; the officer approves or
// rejects (RULES.md → State machines). A seat freed by any of them goes to the waitlist (./offers.ts).
// Approving needs a free seat: approving when full is 409 EVENT_FULL ("请先增加名额或等待有人取消"),
// never an overbooked event.

import { canTransition, illegalMoveMessage } from '@/rules'
import type { MockContext } from '../../context'
import { conflict, notFound } from '../../core/errors'
import type { ActorRef, EventRow, RegistrationRow, UserRow } from '../../db'
import { transition } from '../workflow'
import { eventCounts } from './counts'
import { newTicketCode } from './identifiers'
import { promoteWaitlisted } from './offers'

/**
 * `POST /api/registrations/:id/cancel` by its owner (others → 404), only before the event starts
 * (409 otherwise), from pending_approval / confirmed / waitlisted. Promotes the waitlist.
 */
export function cancelRegistration(ctx: MockContext, user: Pick<UserRow, 'id'>, registrationId: string): RegistrationRow {
  const row = ctx.db.registrations.get(registrationId)
  if (!row || row.userId !== user.id) throw notFound('报名记录不存在')
  const event = ctx.db.events.get(row.eventId)
  if (event && ctx.now() >= Date.parse(event.startsAt)) throw conflict('活动已开始，不能取消报名')
  const note = row.status === 'waitlisted' ? (row.offerExpiresAt ? '报名人放弃候补名额' : '报名人退出候补') : '报名人取消报名'
  const next = transition(ctx, 'registration', row.id, 'cancelled', 'applicant', { note })
  if (event) promoteWaitlisted(ctx, event.id)
  return ctx.db.registrations.get(next.id) ?? next
}

function requireRegistration(ctx: MockContext, id: string): { row: RegistrationRow; event: EventRow | undefined } {
  const row = ctx.db.registrations.get(id)
  if (!row) throw notFound('报名记录不存在')
  return { row, event: ctx.db.events.get(row.eventId) }
}

/**
 * Officer approval (pending_approval → confirmed; also a manual promotion of a waitlisted row).
 * 409 when the move is illegal, the event has ended, or no seat is left (EVENT_FULL: approving never
 * overbooks — raise the capacity or wait for a cancellation first).
 */
export function approveRegistration(ctx: MockContext, id: string, by: ActorRef, note?: string): RegistrationRow {
  const { row, event } = requireRegistration(ctx, id)
  if (!canTransition('registration', row.status, 'confirmed', 'officer')) {
    throw conflict(illegalMoveMessage('registration', row.status, 'confirmed'))
  }
  if (event) {
    if (ctx.now() >= Date.parse(event.endsAt)) throw conflict('活动已结束，不能再审核报名')
    if (eventCounts(ctx.db, event.id).seatsLeft <= 0) {
      throw conflict('名额已满，无法通过审核：请先增加名额或等待有人取消', 'EVENT_FULL')
    }
  }
  return transition(ctx, 'registration', id, 'confirmed', 'officer', {
    note: note?.trim() || '主办方审核通过',
    by,
    patch: { ticketCode: newTicketCode(ctx) },
  })
}

/** Officer rejection (pending_approval → rejected); 409 for any other status. */
export function rejectRegistration(ctx: MockContext, id: string, by: ActorRef, note?: string): RegistrationRow {
  const { row } = requireRegistration(ctx, id)
  const next = transition(ctx, 'registration', id, 'rejected', 'officer', { note: note?.trim() || '主办方审核未通过', by })
  // A seat it held (or was offered) goes to the waitlist.
  promoteWaitlisted(ctx, row.eventId)
  return next
}
