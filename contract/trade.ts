// Contract types for 申请许可 (开放许可实施通知) and 企业需求 → 匹配. Type-only: importing this
// costs the mini-program nothing. See /work/shared/API.md for the base contract.

import type { Fen, IsoDate, IsoDateTime, PatentSummary } from './common'
import type { LicenceStatus } from '@/rules/workflow'

// ---------------------------------------------------------------------------------------------
// Licence applications
//
// POST /api/licence-applications            role sme, Idempotency-Key honoured → 201 LicenceApplicationResponse
//   400 VALIDATION_FAILED  fields: patentId | enterprise | enterprise.name | enterprise.uscc |
//                          enterprise.contactName | enterprise.phone | intendedUse | expectedStart
//   404 NOT_FOUND          patentId is well-formed but names no listed patent (we answer 404 rather
//                          than 400 fields.patentId: the body is valid, the resource is missing)
//   409 CONFLICT           the user already has an active (non-final) application for this patent
//   403 FORBIDDEN          officer accounts
// GET /api/licence-applications/:id         the applicant only; anyone else → 404 → LicenceApplicationResponse

export interface LicenceApplicationRequest {
  patentId: string
  enterprise: { name: string; uscc: string; contactName: string; phone: string }
  /** 实施用途: 1–500 characters, multi-line. */
  intendedUse: string
  /** 预计实施时间: `YYYY-MM-DD`, from today (China time) to three years ahead. */
  expectedStart: IsoDate
}

/** Same shape as the tracking timeline (`GET /api/applications/:kind/:id`). */
export interface LicenceTimelineItem {
  status: LicenceStatus
  statusLabel: string
  at: IsoDateTime
  /** Plain text; shown as text, never as HTML. */
  note: string
}

export interface LicenceApplication {
  id: string
  kind: 'licence'
  status: LicenceStatus
  /** Chinese label of `status`, as 我的申请 shows it. */
  statusLabel: string
  /** The patent's title. */
  title: string
  patentId: string
  patentNo: string
  enterprise: { name: string; uscc: string; contactName: string; phone: string }
  intendedUse: string
  expectedStart: IsoDate
  createdAt: IsoDateTime
  updatedAt: IsoDateTime
  /** Oldest first; the first entry is the submission. */
  timeline: LicenceTimelineItem[]
  /** Set once the licence takes effect (status `licensed`). */
  licensedAt?: IsoDateTime
  /** licensedAt + 3 months: 备案 deadline. */
  filingDeadline?: IsoDateTime
}

export interface LicenceApplicationResponse {
  application: LicenceApplication
}

// ---------------------------------------------------------------------------------------------
// Needs and matching
//
// POST /api/needs                role sme, Idempotency-Key honoured → 201 NeedResponse
//   400 VALIDATION_FAILED fields: title | description | industry | budgetFen | keywords
// GET /api/needs/:id             the owner only; anyone else → 404 → NeedResponse
// GET /api/needs/:id/matches     the owner only; anyone else → 404 → NeedMatchesResponse

export interface NeedRequest {
  /** ≤ 50 characters. */
  title: string
  /** ≤ 2,000 characters. */
  description: string
  /** GB/T 4754-2017 大类 (`C38`). */
  industry: string
  /** Optional 战略性新兴产业 (`6` or `6.3`): declarations of that category score 同属战略性新兴产业. */
  strategicIndustry?: string
  /** Optional; integer fen, ≤ 1 亿元. */
  budgetFen?: Fen
  /** 1–8 keywords of 1–20 characters; repeats are dropped (case- and width-insensitive). */
  keywords: string[]
}

export interface Need {
  id: string
  title: string
  description: string
  industry: string
  /** 战略性新兴产业, when given. */
  strategicIndustry?: string
  budgetFen?: Fen
  keywords: string[]
  createdAt: IsoDateTime
}

export interface NeedResponse {
  need: Need
}

export interface PatentMatch {
  patent: PatentSummary
  /** 0–100: the share of the points this need could award (see reasons). Higher is better. */
  score: number
  /**
   * 匹配理由, strongest first: `关键词: 储能` per keyword found in the title, IPC or abstract;
   * `同一行业`; `同一地区` (the user's enterprise region); `许可费在预算内` or
   * `提成支付，无前期费用` (royalty-only, when a budget was given).
   */
  reasons: string[]
}

/** An upcoming event (not ended, sign-up not closed) of the same industry. */
export interface MatchedEvent {
  id: string
  kind: 'matchmaking' | 'financing'
  title: string
  organizer: string
  venue: string
  city: string
  startsAt: IsoDateTime
  endsAt: IsoDateTime
  signupOpensAt: IsoDateTime
  signupClosesAt: IsoDateTime
  industries: string[]
}

export interface EventMatch {
  event: MatchedEvent
  reasons: string[]
}

export interface NeedMatchesResponse {
  /** Top 20, score descending then patent id ascending; only patents with at least one keyword hit. */
  patents: PatentMatch[]
  /** Up to 5 upcoming matchmaking events of the need's industry, soonest first. */
  events: EventMatch[]
}

/**
 * `GET /api/licence-applications/:id/filing-check` (owner or officer): what would make the 备案 refused
 * (RULES.md → Licence filing), from the backend's records.
 */
export interface FilingCheckResponse {
  applicationId: string
  status: LicenceApplication['status']
  filingDeadline?: string
  ok: boolean
  problems: { code: 'not_valid' | 'not_patentee' | 'term_past_expiry' | 'co_owner_consent' | 'annuity_unpaid' | 'disputed' | 'pledged' | 'already_filed'; message: string; action: string }[]
  notes: string[]
}
