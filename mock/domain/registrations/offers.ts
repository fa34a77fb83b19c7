// The waitlist (RULES.md → Events: cancelling a confirmed seat promotes the oldest waitlisted one).
// Whenever a seat frees up (a cancellation, a rejection, or the officer raising the capacity) the
// oldest waitlisted registrations are promoted in order (`promoteWaitlisted`), each notified
// ('waitlist'). An event with `waitlistOfferHours` (issue 18) makes an offer instead: the seat is
// held for that registration until the deadline; accepting confirms it, declining (cancel) or
// letting it lapse passes the seat to the next in line (`sweepOffers`, run lazily on the clock).
// A lapsed registration stays waitlisted but is not offered again. Without the setting (API.md's
// contract, seeded events) promotion is immediate.

import { DEFAULT_OFFER_HOURS } from '@/rules/officer'
import type { MockContext } from '../../context'
import { conflict, notFound } from '../../core/errors'
import { toIsoCst } from '../../core/time'
import type { EventRow, RegistrationRow, UserRow } from '../../db'
import { notify } from '../notify'
import { transition } from '../workflow'
import { eventCounts } from './counts'
import { newTicketCode } from './identifiers'

/**
 * Fills free seats from the waitlist, oldest sign-up first, until the event is full or the waitlist
 * is empty; each promoted attendee gets a ticket and a 'waitlist' notification. No-op once the event
 * has ended. Call after anything that frees seats (cancellation, capacity raised by an officer).
 */
export function promoteWaitlisted(ctx: MockContext, eventId: string): RegistrationRow[] {
  const event = ctx.db.events.get(eventId)
  if (!event || event.cancelledAt || ctx.now() >= Date.parse(event.endsAt)) return []
  let seatsLeft = eventCounts(ctx.db, eventId).seatsLeft
  if (seatsLeft <= 0) return []
  const offers = !!event.waitlistOfferHours
  const waiting = ctx.db.registrations
    .filter((r) => r.eventId === eventId && r.status === 'waitlisted' && !r.offerExpiresAt && !(offers && r.offerLapsedAt))
    .sort((a, b) => a.seq - b.seq)
  const promoted: RegistrationRow[] = []
  for (const row of waiting) {
    if (seatsLeft <= 0) break
    if (offers) {
      promoted.push(makeOffer(ctx, event, row))
      seatsLeft--
      continue
    }
    promoted.push(
      transition(ctx, 'registration', row.id, 'confirmed', 'system', {
        note: '候补递补成功',
        patch: { ticketCode: newTicketCode(ctx) },
        message: {
          type: 'waitlist',
          title: '候补成功：你已获得活动名额',
          body: `「${event.title}」有名额释放，你已由候补转为报名成功，请凭电子票签到入场。`,
        },
      }),
    )
    seatsLeft--
  }
  return promoted
}

/** `2026-05-20T21:00:00+08:00` → `05-20 21:00`, for message text. */
function shortTime(iso: string): string {
  return iso.slice(5, 16).replace('T', ' ')
}

/** Holds the seat for `row` until the event's deadline (never past the event's end) and tells them. */
function makeOffer(ctx: MockContext, event: EventRow, row: RegistrationRow): RegistrationRow {
  const now = ctx.now()
  const deadline = Math.min(now + (event.waitlistOfferHours ?? DEFAULT_OFFER_HOURS) * 3600 * 1000, Date.parse(event.endsAt))
  const at = toIsoCst(now)
  const expires = toIsoCst(deadline)
  const next: RegistrationRow = {
    ...row,
    offerExpiresAt: expires,
    updatedAt: at,
    timeline: [...row.timeline, { status: 'waitlisted', at, note: `有名额释放，请在 ${shortTime(expires)} 前确认参加` }],
  }
  ctx.db.registrations.replace(next)
  notify(ctx, row.userId, {
    type: 'waitlist',
    title: '候补名额待确认',
    body: `「${event.title}」有名额释放给你，请在 ${shortTime(expires)} 前打开电子票确认参加，逾期名额将顺延给下一位。`,
    link: { kind: 'registration', id: row.id },
  })
  return next
}

/**
 * Offers past their deadline pass to the next in line. Lazy: run before anything that reads or
 * changes seats, so the mock needs no timers and an injected clock drives it in tests.
 */
export function sweepOffers(ctx: MockContext, eventId?: string): void {
  const now = ctx.now()
  const isLapsed = (r: RegistrationRow) => r.status === 'waitlisted' && !!r.offerExpiresAt && Date.parse(r.offerExpiresAt) <= now
  const lapsed = eventId ? ctx.db.registrations.groupOf('event', eventId).filter(isLapsed) : ctx.db.registrations.filter(isLapsed)
  if (lapsed.length === 0) return
  const events = new Set<string>()
  for (const row of lapsed) {
    const at = toIsoCst(now)
    const { offerExpiresAt: _expired, ...rest } = row
    ctx.db.registrations.replace({
      ...rest,
      offerLapsedAt: at,
      updatedAt: at,
      timeline: [...row.timeline, { status: 'waitlisted', at, note: '未在期限内确认，名额已顺延给下一位' }],
    })
    notify(ctx, row.userId, {
      type: 'waitlist',
      title: '候补名额已顺延',
      body: `「${row.title}」的候补名额未在期限内确认，已顺延给下一位；你仍在候补名单中，如不再参加可退出候补。`,
      link: { kind: 'registration', id: row.id },
    })
    events.add(row.eventId)
  }
  events.forEach((id) => promoteWaitlisted(ctx, id))
}

/** Lapses due offers of the registration's own event only (its group), before it is read or moved. */
export function sweepOffersOf(ctx: MockContext, registrationId: string): void {
  const row = ctx.db.registrations.get(registrationId)
  if (row) sweepOffers(ctx, row.eventId)
}

/** `POST /api/registrations/:id/accept-offer` by its owner: takes the held seat, with a ticket. */
export function acceptOffer(ctx: MockContext, user: Pick<UserRow, 'id'>, registrationId: string): RegistrationRow {
  sweepOffersOf(ctx, registrationId)
  const row = ctx.db.registrations.get(registrationId)
  if (!row || row.userId !== user.id) throw notFound('报名记录不存在')
  if (row.status !== 'waitlisted' || !row.offerExpiresAt) {
    throw conflict(row.status === 'waitlisted' && row.offerLapsedAt ? '候补名额已过确认期限，已顺延给下一位' : '当前没有待确认的候补名额')
  }
  const event = ctx.db.events.get(row.eventId)
  const next = transition(ctx, 'registration', row.id, 'confirmed', 'system', {
    note: '确认参加，候补转为报名成功',
    patch: { ticketCode: newTicketCode(ctx) },
    message: { type: 'waitlist', title: '候补成功：你已获得活动名额', body: `「${event ? event.title : row.title}」已确认参加，请凭电子票签到入场。` },
  })
  const { offerExpiresAt: _taken, offerLapsedAt: _lapsed, ...rest } = next
  ctx.db.registrations.replace(rest)
  return rest
}
