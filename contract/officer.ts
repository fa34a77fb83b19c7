// API.md → Officer (role `officer` only): event management, registrations, notices, check-in and
// application handling. Type-only, so importing it costs the mini-program nothing.

import type { ApplicationKind, FinanceStatus, LicenceStatus, RegistrationStatus } from '@/rules'
import type { EventInput } from '@/rules/officer'
import type { EventDetail, EventSummary, Registration } from './events'
import type { Fen, IsoDate, IsoDateTime, ListResponse } from './common'

export type { EventInput } from '@/rules/officer'

// ---------------------------------------------------------------------------------------------
// Events

/** Counts an organiser needs on top of the public ones. */
export interface OfficerEventCounts {
  /** Checked in so far (`checked_in`). */
  checkedInCount: number
  /** Everyone who receives a notice: pending_approval + confirmed + waitlisted + checked_in. */
  activeCount: number
}

/** `GET /api/officer/events` row. `confirmedCount` (from EventSummary) is seats taken: confirmed + checked in. */
export type OfficerEventSummary = EventSummary & OfficerEventCounts

/** `GET /api/officer/events/:id`, `POST /api/events` (201), `PATCH /api/events/:id`. */
export type OfficerEvent = EventDetail &
  OfficerEventCounts & {
    createdAt: IsoDateTime
    updatedAt: IsoDateTime
  }

export interface OfficerEventResponse {
  event: OfficerEvent
}

/**
 * `GET /api/officer/events?day=YYYY-MM-DD&page=&pageSize=`: every event (also ended ones), those not
 * yet over first by start time, then ended ones newest first. `day` keeps events under way on that
 * China-time calendar day (the workbench's 今日活动).
 */
export interface OfficerEventListQuery {
  day?: IsoDate
  page?: number
  pageSize?: number
}

export type OfficerEventListResponse = ListResponse<OfficerEventSummary>

/** `POST /api/events` body (send an `Idempotency-Key`). Field errors are keyed by these names. */
export type CreateEventRequest = EventInput & {
  /** Issue 18: hours a freed seat is held for the next waitlisted registration (1–72); 0 = promoted at once. */
  waitlistOfferHours?: number
}

/** `PATCH /api/events/:id` body: any subset; the merged event is validated as a whole. */
export type UpdateEventRequest = Partial<CreateEventRequest>

// ---------------------------------------------------------------------------------------------
// Registrations

/**
 * `GET /api/events/:id/registrations?status=&q=&page=&pageSize=`, in sign-up order. `q` matches
 * name, phone or enterprise name. `counts` is per status over the whole event (filter chips).
 */
export interface EventRegistrationsQuery {
  status?: RegistrationStatus
  q?: string
  page?: number
  pageSize?: number
}

export interface EventRegistrationsResponse extends ListResponse<Registration> {
  counts: Record<RegistrationStatus, number>
}

/** `POST /api/registrations/:id/approve` and `/reject` body. */
export interface RegistrationDecisionRequest {
  /** ≤ 200 chars; the applicant reads it in 消息. */
  note?: string
}

// ---------------------------------------------------------------------------------------------
// Notices

/** `POST /api/events/:id/notices` (send an `Idempotency-Key`). Plain text only. */
export interface NoticeRequest {
  /** ≤ 50 chars, one line. */
  title: string
  /** ≤ 2000 chars, newlines kept. */
  body: string
}

export interface NoticeResponse {
  /** Active registrants who received it. */
  delivered: number
}

// ---------------------------------------------------------------------------------------------
// Check-in

// outside_window: scanned earlier than 2 hours before the start or after the end (RULES.md → Check-in).
// stale_qr: a genuine dynamic ticket QR more than one 30-second step old — a screenshot (issue 18).
export const CHECKIN_RESULTS = ['ok', 'duplicate', 'unknown', 'wrong_event', 'not_confirmed', 'outside_window', 'stale_qr'] as const
export type CheckinResultCode = (typeof CHECKIN_RESULTS)[number]

export const MAX_CHECKIN_BATCH = 500

export interface CheckinItem {
  /** What the QR code held (≤ 128 chars); anything that is not a ticket is `unknown`. */
  ticketCode: string
  eventId: string
  /** When the officer scanned it (device clock); with deviceId and ticketCode it identifies the scan. */
  scannedAt: IsoDateTime
  /** `[A-Za-z0-9_-]{1,64}`, stable per device. */
  deviceId: string
  /** With an 8-char short code typed as `ticketCode`: the attendee's phone's last 4 digits. */
  phoneLast4?: string
}

/** `POST /api/checkins` body: 1–500 items (64 KB body cap: about 400 typical items; clients send 50). */
export interface CheckinRequest {
  items: CheckinItem[]
}

export interface CheckinResult {
  ticketCode: string
  eventId: string
  scannedAt: IsoDateTime
  result: CheckinResultCode
  registrationId?: string
  attendeeName?: string
  enterpriseName?: string
  /** ok: this check-in; duplicate: the first check-in (a conflict between devices is reported, not lost). */
  checkedInAt?: IsoDateTime
}

/** Same order as the request; replaying a scan (same deviceId + ticketCode + scannedAt) returns the same result. */
export interface CheckinResponse {
  results: CheckinResult[]
}

/** `POST /api/checkins/undo`: only the device that checked the ticket in, within 30 s (409 after). */
export interface CheckinUndoRequest {
  ticketCode: string
  eventId: string
  deviceId: string
}

export const CHECKIN_UNDO_WINDOW_MS = 30_000

export interface CheckinUndoResponse {
  registration: Registration
}

export interface RosterTicket {
  ticketCode: string
  registrationId: string
  attendeeName: string
  enterpriseName: string
  status: RegistrationStatus
  checkedInAt?: IsoDateTime
  /** The 8-char short code (Crockford base32) for typing at the desk. */
  shortCode?: string
  /** Checked with the short code. */
  phoneLast4?: string
}

/** `GET /api/events/:id/roster`: every ticket ever issued for the event, for checking in offline. */
export interface RosterResponse {
  event: { id: string; title: string; venue: string; startsAt: IsoDateTime; endsAt: IsoDateTime; capacity: number }
  tickets: RosterTicket[]
  generatedAt: IsoDateTime
  /** The event's ticket key: every dynamic QR of the event verifies against it offline. */
  ticketKey?: string
}

// ---------------------------------------------------------------------------------------------
// Applications (申请处理)

export const OFFICER_APPLICATION_KINDS = ['licence', 'finance'] as const
export type OfficerApplicationKind = (typeof OFFICER_APPLICATION_KINDS)[number]

export interface StatusOption {
  status: string
  label: string
}

/** A row of `GET /api/officer/applications`. */
export interface OfficerApplication {
  kind: ApplicationKind
  id: string
  title: string
  status: LicenceStatus | FinanceStatus | RegistrationStatus
  statusLabel: string
  createdAt: IsoDateTime
  updatedAt: IsoDateTime
  enterprise: { name: string; uscc: string; contactName?: string; phone?: string }
  /** The moves an officer may make now (buttons), from the state machine. */
  nextStatuses: StatusOption[]
  /** The newest timeline entry's note. */
  lastNote: string
  /** The officer who made the latest move, when an officer made it. */
  lastBy?: { userId: string; name: string }
  /** licence */
  patentNo?: string
  intendedUse?: string
  expectedStart?: IsoDate
  filingDeadline?: IsoDateTime
  /** finance */
  amountFen?: Fen
  termMonths?: number
  purpose?: string
  /** finance: the pledged patents and their 质押前自查 now. */
  patents?: { id: string; patentNo: string; title: string; patentee: string }[]
  pledgeCheck?: import('./finance').PledgeCheckItem[]
}

/** `GET /api/officer/applications?kind=licence|finance&status=&page=&pageSize=`, newest first. */
export interface OfficerApplicationsQuery {
  kind: OfficerApplicationKind
  status?: string
  page?: number
  pageSize?: number
}

export interface OfficerApplicationsResponse extends ListResponse<OfficerApplication> {
  /** Per status over the kind (filter chips). */
  counts: Record<string, number>
}

/** `POST /api/applications/:kind/:id/transition`; illegal moves → 409 with the Chinese reason. */
export interface TransitionRequest {
  to: string
  /** ≤ 200 chars; required when rejecting. */
  note?: string
}

export interface TransitionResponse {
  application: OfficerApplication
}

/**
 * `GET /api/events/:id/checkin-stats` (issue 18): what every desk at the door polls every few seconds
 * online — 已签到 / 应到, check-ins per device (the device whose scan counts: the earliest), and the
 * latest check-ins with their times.
 */
export interface CheckinStatsResponse {
  checkedIn: number
  /** Seats taken: confirmed + checked in. */
  expected: number
  devices: { deviceId: string; checkedIn: number }[]
  /** Newest check-in first, at most 20. */
  recent: { ticketCode: string; attendeeName: string; enterpriseName: string; checkedInAt: IsoDateTime; deviceId?: string }[]
  generatedAt: IsoDateTime
}

// ---------------------------------------------------------------------------------------------
// Event operations (issue 18)

/** `POST /api/events/:id/cancel`: every active registrant notified, every ticket voided. */
export interface CancelEventRequest {
  /** ≤ 200 chars, shown to every registrant. */
  reason: string
}

export interface CancelEventResponse {
  event: OfficerEvent
  notified: number
}

/** `POST /api/events/:id/registrations/bulk`: every registration with `status` (default pending_approval) matching `q`. */
export interface BulkDecisionRequest {
  action: 'approve' | 'reject'
  status?: RegistrationStatus
  q?: string
  note?: string
}

export interface BulkDecisionResponse {
  results: { id: string; attendeeName: string; ok: boolean; status: RegistrationStatus; error?: string }[]
}

/** One row of a guest list (from the officer's CSV: 姓名, 手机号, 企业名称, 统一社会信用代码). */
export interface GuestRow {
  attendeeName: string
  phone: string
  enterpriseName: string
  uscc: string
}

/** `POST /api/events/:id/guests` (send an `Idempotency-Key`): ≤ 500 rows; valid ones become confirmed tickets. */
export interface GuestImportRequest {
  rows: GuestRow[]
}

export interface GuestImportResponse {
  created: number
  /** 1-based data rows and what is wrong in each; `_` for the row as a whole (名额已满). */
  errors: { row: number; fields: Record<string, string> }[]
}
