// Seats of an event and what they make of its status (RULES.md → Events).
//
// Capacity semantics — what an organiser expects:
// - A seat is held by `confirmed` and `checked_in` registrations, and by an open waitlist offer
//   (./offers.ts); `seatsLeft = capacity − all three`.
// - `waitlisted` and `pending_approval` hold no seat. The waitlist is ordered by `seq` (sign-up order).
// Everything in ./ is synchronous between reading the counts and writing the row, so concurrent
// requests (the router awaits only before the handler) can never overbook.

import type { EventStatus, SignupState } from '@contract/events'
import { ACTIVE_REGISTRATION_STATUSES, type RegistrationStatus } from '@/rules'
import type { EventRow, MockDb, RegistrationRow } from '../../db'

/** Registrations that hold or wait for a seat and receive notices. */
export function isActive(status: RegistrationStatus): boolean {
  return ACTIVE_REGISTRATION_STATUSES.indexOf(status) >= 0
}

/** Statuses that hold a seat, and so show a ticket (and its code) to the attendee. */
export function hasTicket(status: RegistrationStatus): boolean {
  return status === 'confirmed' || status === 'checked_in'
}

export interface EventCounts {
  /** `confirmed` only (not yet checked in). */
  confirmed: number
  waitlisted: number
  pendingApproval: number
  checkedIn: number
  /** Waitlisted registrations holding an open offer (issue 18): their seat is held for them. */
  offered: number
  /** capacity − confirmed − checkedIn − offered, never below 0. */
  seatsLeft: number
}

export type RawCounts = Omit<EventCounts, 'seatsLeft'>

export function emptyCounts(): RawCounts {
  return { confirmed: 0, waitlisted: 0, pendingApproval: 0, checkedIn: 0, offered: 0 }
}

function addTo(counts: RawCounts, row: Pick<RegistrationRow, 'status' | 'offerExpiresAt'>): void {
  const status = row.status
  if (status === 'waitlisted' && row.offerExpiresAt) counts.offered++
  if (status === 'confirmed') counts.confirmed++
  else if (status === 'waitlisted') counts.waitlisted++
  else if (status === 'pending_approval') counts.pendingApproval++
  else if (status === 'checked_in') counts.checkedIn++
}

export function withSeats(raw: RawCounts, capacity: number): EventCounts {
  return { ...raw, seatsLeft: Math.max(0, capacity - raw.confirmed - raw.checkedIn - raw.offered) }
}

export function eventCounts(db: MockDb, eventId: string): EventCounts {
  const counts = emptyCounts()
  for (const r of db.registrations.groupOf('event', eventId)) addTo(counts, r)
  const event = db.events.get(eventId)
  return withSeats(counts, event ? event.capacity : 0)
}

/** Counts of every event in one pass over the registrations (for lists). */
export function countsByEvent(db: MockDb): Map<string, RawCounts> {
  const out = new Map<string, RawCounts>()
  for (const r of db.registrations.values()) {
    let counts = out.get(r.eventId)
    if (!counts) {
      counts = emptyCounts()
      out.set(r.eventId, counts)
    }
    addTo(counts, r)
  }
  return out
}

export function signupStateOf(event: EventRow, nowMs: number): SignupState {
  if (event.cancelledAt) return 'closed'
  if (nowMs < Date.parse(event.signupOpensAt)) return 'not_yet_open'
  if (nowMs >= Date.parse(event.signupClosesAt) || nowMs >= Date.parse(event.startsAt)) return 'closed'
  return 'open'
}

/** See EVENT_STATUSES in contract/events.ts. */
export function eventStatusOf(event: EventRow, seatsLeft: number, nowMs: number): EventStatus {
  if (nowMs >= Date.parse(event.endsAt)) return 'ended'
  if (signupStateOf(event, nowMs) !== 'open') return 'closed'
  return seatsLeft > 0 ? 'open' : 'full'
}

/** 1-based place of a waitlisted registration among its event's waitlist, by sign-up order. */
export function waitlistPosition(db: MockDb, row: RegistrationRow): number | undefined {
  if (row.status !== 'waitlisted') return undefined
  let ahead = 0
  for (const r of db.registrations.groupOf('event', row.eventId)) {
    if (r.status === 'waitlisted' && r.seq < row.seq) ahead++
  }
  return ahead + 1
}

/** The caller's active registration for an event, if any. */
export function activeRegistrationOf(db: MockDb, userId: string, eventId: string): RegistrationRow | undefined {
  return db.registrations.groupOf('event', eventId).find((r) => r.userId === userId && isActive(r.status))
}

/** The caller's active registrations by event id (for `publicEventSummary`). */
export function activeRegistrationsByEvent(db: MockDb, userId: string): Map<string, RegistrationRow> {
  const out = new Map<string, RegistrationRow>()
  for (const r of db.registrations.values()) if (r.userId === userId && isActive(r.status)) out.set(r.eventId, r)
  return out
}
