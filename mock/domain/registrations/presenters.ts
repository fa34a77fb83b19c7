// The API shapes of events and registrations (API.md → Events), built from rows and seat counts.

import type { EventDetail, EventSummary, MyRegistration, Registration, RegistrationEventBrief } from '@contract/events'
import { statusLabel } from '@/rules'
import { regionName } from '@/rules/regions'
import type { MockContext } from '../../context'
import type { EventRow, MockDb, RegistrationRow, UserRow } from '../../db'
import { activeRegistrationOf, emptyCounts, eventCounts, eventStatusOf, hasTicket, signupStateOf, waitlistPosition, withSeats, type RawCounts } from './counts'

type DbOrCtx = MockDb | Pick<MockContext, 'db' | 'now'>

function isCtx(x: DbOrCtx): x is Pick<MockContext, 'db' | 'now'> {
  return typeof (x as { now?: unknown }).now === 'function'
}

function myRegistrationOf(db: MockDb, row: RegistrationRow | undefined): MyRegistration | null {
  if (!row) return null
  const out: MyRegistration = { id: row.id, status: row.status }
  const position = waitlistPosition(db, row)
  if (position !== undefined) out.waitlistPosition = position
  if (hasTicket(row.status) && row.ticketCode) out.ticketCode = row.ticketCode
  if (row.status === 'waitlisted' && row.offerExpiresAt) out.offerExpiresAt = row.offerExpiresAt
  return out
}

function eventBrief(row: EventRow): RegistrationEventBrief {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    organizer: row.organizer,
    venue: row.venue,
    city: row.city,
    cityLabel: regionName(row.city),
    startsAt: row.startsAt,
    endsAt: row.endsAt,
  }
}

function summaryOf(row: EventRow, raw: RawCounts, nowMs: number): EventSummary {
  const counts = withSeats(raw, row.capacity)
  const out: EventSummary = {
    ...eventBrief(row),
    signupOpensAt: row.signupOpensAt,
    signupClosesAt: row.signupClosesAt,
    capacity: row.capacity,
    confirmedCount: counts.confirmed + counts.checkedIn,
    waitlistCount: counts.waitlisted,
    pendingCount: counts.pendingApproval,
    seatsLeft: counts.seatsLeft,
    requiresApproval: row.requiresApproval,
    waitlistEnabled: row.waitlistEnabled,
    industries: row.industries.slice(),
    status: eventStatusOf(row, counts.seatsLeft, nowMs),
    signupState: signupStateOf(row, nowMs),
  }
  if (row.banks) out.banks = row.banks.slice()
  if (row.waitlistOfferHours) out.waitlistOfferHours = row.waitlistOfferHours
  if (row.cancelledAt) {
    out.cancelledAt = row.cancelledAt
    out.cancelReason = row.cancelReason ?? ''
  }
  return out
}

/**
 * A list row. `counts` from `countsByEvent` (one pass for the whole list); `mine` the caller's active
 * registrations by event id — pass it (even empty) for signed-in callers so `myRegistration` is set.
 */
export function publicEventSummary(
  row: EventRow,
  db: MockDb,
  nowMs: number,
  counts?: Map<string, RawCounts>,
  mine?: Map<string, RegistrationRow>,
): EventSummary {
  const raw = counts ? counts.get(row.id) ?? emptyCounts() : eventCounts(db, row.id)
  const out = summaryOf(row, raw, nowMs)
  if (mine) out.myRegistration = myRegistrationOf(db, mine.get(row.id))
  return out
}

/**
 * `GET /api/events/:id`. Pass the context (or `{ db, now }`) so status follows the mock's clock; a
 * bare db uses the wall clock. `myRegistration` is present when `user` is given.
 */
export function publicEvent(row: EventRow, dbOrCtx: DbOrCtx, user?: Pick<UserRow, 'id'> | null, nowMs?: number): EventDetail {
  const db = isCtx(dbOrCtx) ? dbOrCtx.db : dbOrCtx
  const now = nowMs ?? (isCtx(dbOrCtx) ? dbOrCtx.now() : Date.now())
  const out: EventDetail = {
    ...summaryOf(row, eventCounts(db, row.id), now),
    description: row.description,
    agenda: row.agenda.map((a) => ({ ...a })),
  }
  if (user) out.myRegistration = myRegistrationOf(db, activeRegistrationOf(db, user.id, row.id))
  return out
}

/**
 * The API shape of a registration. `ticketCode` only while it holds a seat; `waitlistPosition` only
 * while waitlisted and only when `db` is given (it depends on the other registrations).
 */
export function publicRegistration(row: RegistrationRow, event?: EventRow | null, db?: MockDb): Registration {
  const out: Registration = {
    id: row.id,
    eventId: row.eventId,
    status: row.status,
    statusLabel: statusLabel('registration', row.status),
    attendeeName: row.attendeeName,
    phone: row.phone,
    enterprise: { name: row.enterprise.name, uscc: row.enterprise.uscc },
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    timeline: row.timeline.map((t) => ({ ...t })),
  }
  if (row.financingNeed) out.financingNeed = { ...row.financingNeed, patentIds: row.financingNeed.patentIds.slice() }
  if (db) {
    const position = waitlistPosition(db, row)
    if (position !== undefined) out.waitlistPosition = position
  }
  if (hasTicket(row.status) && row.ticketCode) out.ticketCode = row.ticketCode
  if (row.checkedInAt) out.checkedInAt = row.checkedInAt
  if (row.status === 'waitlisted' && row.offerExpiresAt) out.offerExpiresAt = row.offerExpiresAt
  if (row.status === 'waitlisted' && row.offerLapsedAt) out.offerLapsedAt = row.offerLapsedAt
  if (event) out.event = eventBrief(event)
  return out
}
