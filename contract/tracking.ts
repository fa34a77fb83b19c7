// API.md → Tracking: 我的申请 across kinds, one application's timeline, and the message centre.
// Type-only, so importing it costs the mini-program nothing.

import type { ApplicationKind, FinanceStatus, LicenceStatus, RegistrationStatus } from '@/rules'
import type { Fen, IsoDate, IsoDateTime, ListResponse } from './common'

export type { ApplicationKind } from '@/rules'

/** One row of 我的申请 (`GET /api/me/applications`). */
export interface ApplicationSummary {
  kind: ApplicationKind
  id: string
  /** The patent's, event's or product's name. */
  title: string
  status: string
  /** The Chinese label of `status` (rules/workflow STATUS_LABELS). */
  statusLabel: string
  createdAt: IsoDateTime
  updatedAt: IsoDateTime
}

export interface ApplicationListQuery {
  kind?: ApplicationKind
  page?: number
  pageSize?: number
}

export type ApplicationListResponse = ListResponse<ApplicationSummary>

export interface TimelineItem {
  status: string
  statusLabel: string
  at: IsoDateTime
  /** Plain text (may be written by an officer): shown as text, never as HTML. */
  note: string
  /** The officer who made this move (absent for the applicant's and the system's moves). */
  by?: { userId: string; name: string }
}

interface DetailBase extends ApplicationSummary {
  /** Every status the item has had, oldest first. */
  timeline: TimelineItem[]
}

export interface LicenceApplicationDetail extends DetailBase {
  kind: 'licence'
  status: LicenceStatus
  patentId: string
  patentNo: string
  enterprise: { name: string; uscc: string; contactName: string; phone: string }
  intendedUse: string
  expectedStart: IsoDate
  licensedAt?: IsoDateTime
  /** licensedAt + 3 months: 备案 is due by then. */
  filingDeadline?: IsoDateTime
}

export interface RegistrationDetail extends DetailBase {
  kind: 'registration'
  status: RegistrationStatus
  eventId: string
  attendeeName: string
  enterprise: { name: string; uscc: string }
  /** Present once confirmed. */
  ticketCode?: string
  checkedInAt?: IsoDateTime
  /** The event's schedule, when the event still exists: a registration can be cancelled only before it starts. */
  event?: { id: string; title: string; venue: string; startsAt: IsoDateTime; endsAt: IsoDateTime }
}

export interface FinanceApplicationDetail extends DetailBase {
  kind: 'finance'
  status: FinanceStatus
  amountFen: Fen
  termMonths: number
  purpose: string
  productId?: string
  patentIds: string[]
  /** The pledged patents and their 质押前自查 as it stands now. */
  patents?: { id: string; patentNo: string; title: string; patentee: string }[]
  pledgeCheck?: import('./finance').PledgeCheckItem[]
}

/** `GET /api/applications/:kind/:id` (also the answer of withdraw). */
export type ApplicationDetail = LicenceApplicationDetail | RegistrationDetail | FinanceApplicationDetail

/** `POST /api/applications/:kind/:id/withdraw`. */
export interface WithdrawRequest {
  /** Optional reason, ≤ 200 characters. */
  note?: string
}

export const WITHDRAW_NOTE_MAX = 200

// ---------------------------------------------------------------------------------------------
// Notifications (消息)

export interface NotificationItem {
  id: string
  /** status: an application moved; waitlist: promoted from the waitlist; notice: written by an officer. */
  type: 'status' | 'waitlist' | 'notice'
  title: string
  /** Plain text: shown as text, never as HTML. */
  body: string
  createdAt: IsoDateTime
  readAt: IsoDateTime | null
  /** The application the message is about, when there is one. */
  link?: { kind: ApplicationKind; id: string }
}

/** `GET /api/me/notifications`: unread first, then newest. */
export interface NotificationListResponse extends ListResponse<NotificationItem> {
  unreadCount: number
}

/** `GET /api/me/notifications/unread-count`. */
export interface UnreadCountResponse {
  count: number
}

/** `POST /api/me/notifications/:id/read`. */
export interface ReadNotificationResponse {
  notification: NotificationItem
  unreadCount: number
}

/** `POST /api/me/notifications/read-all`. */
export interface ReadAllResponse {
  /** How many were unread before. */
  updated: number
  unreadCount: number
}
