// Events contract (API.md → Events: 对接活动 与 入园惠企) as TypeScript types, shared by the app and
// mock/. Type-only apart from the value lists below, so importing it costs the mini-program nothing.

import type { RegistrationStatus } from '@/rules'
import type { Fen, IsoDateTime, ListResponse } from './common'

export const EVENT_KINDS = ['matchmaking', 'financing'] as const
/** `matchmaking` 对接活动 (供需对接, 企业进高校, 一月一链路演); `financing` 入园惠企 知识产权质押融资. */
export type EventKind = (typeof EVENT_KINDS)[number]

/**
 * Derived on every read, never stored:
 * - `ended`  the event is over (now ≥ endsAt);
 * - `closed` sign-up is not open: not yet open (see `signupState`), already closed, or the event is under way;
 * - `full`   sign-up open but no seat left (new sign-ups are waitlisted, or refused when `waitlistEnabled` is false);
 * - `open`   sign-up open and seats left.
 */
export const EVENT_STATUSES = ['open', 'full', 'closed', 'ended'] as const
export type EventStatus = (typeof EVENT_STATUSES)[number]

/** Where now falls against the sign-up window, so the UI can say "报名将于…开始" vs "报名已截止". */
export type SignupState = 'not_yet_open' | 'open' | 'closed'

/** `week`: starts within the next 7 days or is under way; `month`: within the next 30 days; `all` (default). */
export const EVENT_WHEN = ['week', 'month', 'all'] as const
export type EventWhen = (typeof EVENT_WHEN)[number]

export interface EventListQuery {
  kind?: EventKind
  status?: EventStatus
  /** Region code from the rules catalog (`REGIONS`, e.g. `jiangmen`). */
  city?: string
  /** Industry code from the rules catalog (`INDUSTRIES`). */
  industry?: string
  when?: EventWhen
  page?: number
  pageSize?: number
}

export interface AgendaItem {
  /** `HH:mm` or `HH:mm-HH:mm`, local time of the event. */
  time: string
  title: string
  speaker?: string
}

/** The caller's own active registration for an event (signed-in callers only). */
export interface MyRegistration {
  id: string
  status: RegistrationStatus
  /** 1-based, only while `waitlisted`. */
  waitlistPosition?: number
  /** Only once `confirmed` / `checked_in`. */
  ticketCode?: string
  /** While waitlisted with a seat held for it (issue 18). */
  offerExpiresAt?: IsoDateTime
}

/** A list row: everything except the long text. */
export interface EventSummary {
  /** URL-safe, ≤ 32 chars; also the mini-program QR `scene`. */
  id: string
  kind: EventKind
  title: string
  organizer: string
  venue: string
  /** Region code (`jiangmen`, `luzhou`, `chongqing`, …). */
  city: string
  /** Chinese name of `city` (江门, 泸州, …). */
  cityLabel: string
  startsAt: IsoDateTime
  endsAt: IsoDateTime
  signupOpensAt: IsoDateTime
  signupClosesAt: IsoDateTime
  capacity: number
  /** Seats taken: `confirmed` + `checked_in`. */
  confirmedCount: number
  waitlistCount: number
  /** Requests awaiting the organiser (approval events); they hold no seat until approved. */
  pendingCount: number
  seatsLeft: number
  requiresApproval: boolean
  waitlistEnabled: boolean
  /** Industry codes the event serves. */
  industries: string[]
  /** Participating banks (financing events). */
  banks?: string[]
  /** Hours a freed seat is held for the next waitlisted registration (issue 18); absent: promoted at once. */
  waitlistOfferHours?: number
  /** Set once the organiser called the event off (issue 18); sign-up is closed, registrations cancelled. */
  cancelledAt?: IsoDateTime
  cancelReason?: string
  status: EventStatus
  signupState: SignupState
  /** Present (possibly null) only when the request carried a valid token. */
  myRegistration?: MyRegistration | null
}

export interface EventDetail extends EventSummary {
  /** Plain text with newlines; render as text, never as HTML. */
  description: string
  agenda: AgendaItem[]
}

export type EventListResponse = ListResponse<EventSummary>

// ---------------------------------------------------------------------------------------------
// Registrations

export interface FinancingNeedInput {
  /** 10 万元 – 5,000 万元, in fen. */
  amountFen: Fen
  /** 6, 12, 24 or 36. */
  termMonths: number
  /** 1–200 chars. */
  purpose: string
  /** Existing patent ids (`p000001`), 0–10, no duplicates. */
  patentIds: string[]
}

/**
 * `POST /api/events/:id/registrations` body (send an `Idempotency-Key`). `financingNeed` is required
 * for `financing` events and ignored for others. Field errors come back keyed `attendeeName`, `phone`,
 * `enterprise.name`, `enterprise.uscc`, `financingNeed`, `financingNeed.amountFen`,
 * `financingNeed.termMonths`, `financingNeed.purpose`, `financingNeed.patentIds`.
 */
export interface SignupRequest {
  attendeeName: string
  phone: string
  enterprise: { name: string; uscc: string }
  financingNeed?: FinancingNeedInput
}

export interface RegistrationTimelineEntry {
  status: string
  at: IsoDateTime
  note: string
  /** The officer who made this move or sent this notice. */
  by?: { userId: string; name: string }
}

/** What a registration shows about its event (enough for a ticket and a list row). */
export interface RegistrationEventBrief {
  id: string
  kind: EventKind
  title: string
  organizer: string
  venue: string
  city: string
  cityLabel: string
  startsAt: IsoDateTime
  endsAt: IsoDateTime
}

export interface Registration {
  id: string
  eventId: string
  status: RegistrationStatus
  /** Chinese label of `status` (报名成功, 候补中, …). */
  statusLabel: string
  attendeeName: string
  phone: string
  enterprise: { name: string; uscc: string }
  financingNeed?: FinancingNeedInput
  /** 1-based place in the waitlist, only while `waitlisted`. */
  waitlistPosition?: number
  /** Opaque, ≥ 96 bits, URL-safe (base64url), ≤ 32 chars; only while `confirmed` / `checked_in`. */
  ticketCode?: string
  /** Owner only, with `ticketCode`: the secret the ticket page's 30-second dynamic QR is made from. */
  ticketSecret?: string
  /** Owner only, with `ticketCode`: 8 chars Crockford base32, typed at the desk with the phone's last 4 digits. */
  shortCode?: string
  checkedInAt?: IsoDateTime
  createdAt: IsoDateTime
  updatedAt: IsoDateTime
  timeline: RegistrationTimelineEntry[]
  /** While waitlisted with a seat held for it (issue 18): accept before this, or it passes to the next. */
  offerExpiresAt?: IsoDateTime
  /** While waitlisted after an offer lapsed unanswered (not offered again). */
  offerLapsedAt?: IsoDateTime
  /** Absent only if the event was deleted. */
  event?: RegistrationEventBrief
}

/**
 * `POST /api/events/:id/registrations` → 201; `GET /api/registrations/:id`;
 * `POST /api/registrations/:id/cancel` (owner, before the event starts) → 200.
 */
export interface RegistrationResponse {
  registration: Registration
}
