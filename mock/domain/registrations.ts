// Event sign-up, cancellation, approval and waitlist promotion (RULES.md → Events). Shared by the
// public event routes (handlers/events.ts) and the officer console (handlers/officer/).
//
// Capacity semantics — what an organiser expects:
// - A seat is held by `confirmed` and `checked_in` registrations only; `seatsLeft = capacity − both`.
// - `waitlisted` and `pending_approval` hold no seat. The waitlist is ordered by `seq` (sign-up order).
// - Plain events: seats left → `confirmed` (with a ticket); full → `waitlisted`, or 409 EVENT_FULL when
//   the event has no waitlist.
// - Approval events (`requiresApproval`): every sign-up is a `pending_approval` request — the organiser
//   chooses who comes, so nobody is promoted automatically — except that a full event without a
//   waitlist refuses new requests with 409 EVENT_FULL. Approving needs a free seat: approving when full
//   is 409 EVENT_FULL ("请先增加名额或等待有人取消"), never an overbooked event.
// - Whenever a seat frees up (a cancellation, a rejection, or the officer raising the capacity) the
//   oldest waitlisted registrations are promoted in order (`promoteWaitlisted`), each notified
//   ('waitlist'). An event with `waitlistOfferHours` (issue 18) makes an offer instead: the seat is
//   held for that registration until the deadline; accepting confirms it, declining (cancel) or
//   letting it lapse passes the seat to the next in line (`sweepOffers`, run lazily on the clock).
//   A lapsed registration stays waitlisted but is not offered again. Without the setting (API.md's
//   contract, seeded events) promotion is immediate, as before.
// Everything here is synchronous between reading the counts and writing the row, so concurrent
// requests (the router awaits only before the handler) can never overbook.

import type {
  EventDetail,
  EventStatus,
  EventSummary,
  FinancingNeedInput,
  MyRegistration,
  Registration,
  RegistrationEventBrief,
  SignupState,
} from '@contract/events'
import {
  ACTIVE_REGISTRATION_STATUSES,
  canTransition,
  checkDescription,
  checkEnterpriseName,
  checkFinancingAmountFen,
  checkPersonName,
  checkPhone,
  checkTermMonths,
  checkUscc,
  illegalMoveMessage,
  statusLabel,
  type RegistrationStatus,
} from '@/rules'
import { regionName } from '@/rules/regions'
import type { MockContext } from '../context'
import { conflict, forbidden, notFound, validationFailed } from '../core/errors'
import { randomToken } from '../core/random'
import { newId } from '../core/ids'
import { toIsoCst } from '../core/time'
import type { ActorRef, EventRow, MockDb, RegistrationRow, UserRow } from '../db'
import { notify } from './notify'
import { created, transition } from './workflow'

// ---------------------------------------------------------------------------------------------
// Status helpers

/** Registrations that hold or wait for a seat and receive notices. */
export const ACTIVE: readonly RegistrationStatus[] = ACTIVE_REGISTRATION_STATUSES
/** Registrations that occupy a seat. */
export const SEAT_HOLDING: readonly RegistrationStatus[] = ['confirmed', 'checked_in']

export function isActive(status: RegistrationStatus): boolean {
  return ACTIVE.indexOf(status) >= 0
}

export function holdsSeat(status: RegistrationStatus): boolean {
  return status === 'confirmed' || status === 'checked_in'
}

/** Statuses that show a ticket (and its code) to the attendee. */
export function hasTicket(status: RegistrationStatus): boolean {
  return holdsSeat(status)
}

export const MAX_FINANCING_PATENTS = 10
export const PURPOSE_MAX = 200

// ---------------------------------------------------------------------------------------------
// Counts and derived event status

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

type RawCounts = Omit<EventCounts, 'seatsLeft'>

function emptyCounts(): RawCounts {
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

function withSeats(raw: RawCounts, capacity: number): EventCounts {
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

function ms(iso: string): number {
  return Date.parse(iso)
}

export function signupStateOf(event: EventRow, nowMs: number): SignupState {
  if (event.cancelledAt) return 'closed'
  if (nowMs < ms(event.signupOpensAt)) return 'not_yet_open'
  if (nowMs >= ms(event.signupClosesAt) || nowMs >= ms(event.startsAt)) return 'closed'
  return 'open'
}

/** See EVENT_STATUSES in contract/events.ts. */
export function eventStatusOf(event: EventRow, seatsLeft: number, nowMs: number): EventStatus {
  if (nowMs >= ms(event.endsAt)) return 'ended'
  if (signupStateOf(event, nowMs) !== 'open') return 'closed'
  return seatsLeft > 0 ? 'open' : 'full'
}

// ---------------------------------------------------------------------------------------------
// Public shapes

type DbOrCtx = MockDb | Pick<MockContext, 'db' | 'now'>

function isCtx(x: DbOrCtx): x is Pick<MockContext, 'db' | 'now'> {
  return typeof (x as { now?: unknown }).now === 'function'
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

function myRegistrationOf(db: MockDb, row: RegistrationRow | undefined): MyRegistration | null {
  if (!row) return null
  const out: MyRegistration = { id: row.id, status: row.status }
  const position = waitlistPosition(db, row)
  if (position !== undefined) out.waitlistPosition = position
  if (hasTicket(row.status) && row.ticketCode) out.ticketCode = row.ticketCode
  if (row.status === 'waitlisted' && row.offerExpiresAt) out.offerExpiresAt = row.offerExpiresAt
  return out
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

/** The caller's active registrations by event id (for `publicEventSummary`). */
export function activeRegistrationsByEvent(db: MockDb, userId: string): Map<string, RegistrationRow> {
  const out = new Map<string, RegistrationRow>()
  for (const r of db.registrations.values()) if (r.userId === userId && isActive(r.status)) out.set(r.eventId, r)
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

export function eventBrief(row: EventRow): RegistrationEventBrief {
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

// ---------------------------------------------------------------------------------------------
// Tickets and ordering

/**
 * 16 random bytes → 22 base64url chars (128 bits): unguessable, URL-safe and short enough for a
 * mini-program QR `scene` (≤ 32). Unique across the table's `ticket` index.
 */
export function newTicketCode(ctx: Pick<MockContext, 'db' | 'random'>): string {
  for (;;) {
    const code = randomToken(ctx.random, 16)
    if (!ctx.db.registrations.findBy('ticket', code)) return code
  }
}

/** Next sign-up order number; computed from the table so it survives snapshots. */
/**
 * Sign-up order, global and increasing. The table's largest seq is found once per table size: every
 * new registration comes through here, so between two calls the size grows by one and max + 1 holds.
 */
export function nextSeq(db: MockDb): number {
  const known = seqCache.get(db)
  let max = 0
  if (known && known.size === db.registrations.size) max = known.max
  else for (const r of db.registrations.values()) if (r.seq > max) max = r.seq
  const next = max + 1
  seqCache.set(db, { size: db.registrations.size + 1, max: next })
  return next
}

const seqCache = new WeakMap<MockDb, { size: number; max: number }>()

// ---------------------------------------------------------------------------------------------
// Sign-up

export interface SignupInput {
  attendeeName: string
  phone: string
  enterprise: { name: string; uscc: string }
  financingNeed?: FinancingNeedInput
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function own(obj: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined
}

/**
 * 1–max existing patent ids (or 0–max when `min` is 0), no duplicates. Returns the ids or a message.
 */
export function checkPatentIds(db: MockDb, raw: unknown, opts: { min: number; max: number }): { ok: true; value: string[] } | { ok: false; message: string } {
  if (raw === undefined || raw === null) raw = []
  if (!Array.isArray(raw)) return { ok: false, message: '专利列表格式不正确' }
  if (raw.length < opts.min) return { ok: false, message: '请至少选择一件专利' }
  if (raw.length > opts.max) return { ok: false, message: `最多选择${opts.max}件专利` }
  const out: string[] = []
  const unknown: string[] = []
  for (const item of raw) {
    if (typeof item !== 'string' || item.trim() === '') return { ok: false, message: '专利列表格式不正确' }
    const id = item.trim()
    if (out.indexOf(id) >= 0) return { ok: false, message: `专利重复：${id.slice(0, 20)}` }
    if (db.patents.indexOf(id) < 0) unknown.push(id.slice(0, 20))
    out.push(id)
  }
  if (unknown.length > 0) return { ok: false, message: `专利不存在：${unknown.slice(0, 3).join('、')}` }
  return { ok: true, value: out }
}

/** Validates a sign-up body against RULES.md; field keys as documented on `SignupRequest`. */
export function checkSignupInput(db: MockDb, event: EventRow, body: unknown): SignupInput {
  if (!isObject(body)) throw validationFailed({ _: '请求体应为 JSON 对象' }, '请求体应为 JSON 对象')
  const fields: Record<string, string> = {}
  const name = checkPersonName(own(body, 'attendeeName'), '参会人姓名')
  if (!name.ok) fields.attendeeName = name.message
  const phone = checkPhone(own(body, 'phone'))
  if (!phone.ok) fields.phone = phone.message

  const rawEnterprise = own(body, 'enterprise')
  let enterprise: SignupInput['enterprise'] | undefined
  if (!isObject(rawEnterprise)) {
    fields['enterprise.name'] = '请输入企业名称'
    fields['enterprise.uscc'] = '请输入统一社会信用代码'
  } else {
    const en = checkEnterpriseName(own(rawEnterprise, 'name'))
    const uscc = checkUscc(own(rawEnterprise, 'uscc'))
    if (!en.ok) fields['enterprise.name'] = en.message
    if (!uscc.ok) fields['enterprise.uscc'] = uscc.message
    if (en.ok && uscc.ok) enterprise = { name: en.value, uscc: uscc.value }
  }

  let financingNeed: FinancingNeedInput | undefined
  if (event.kind === 'financing') {
    const rawNeed = own(body, 'financingNeed')
    if (!isObject(rawNeed)) {
      fields.financingNeed = '融资对接活动请填写融资需求'
    } else {
      const amount = checkFinancingAmountFen(own(rawNeed, 'amountFen'))
      const term = checkTermMonths(own(rawNeed, 'termMonths'))
      const purpose = checkDescription(own(rawNeed, 'purpose'), { label: '资金用途', max: PURPOSE_MAX })
      const patents = checkPatentIds(db, own(rawNeed, 'patentIds'), { min: 0, max: MAX_FINANCING_PATENTS })
      if (!amount.ok) fields['financingNeed.amountFen'] = amount.message
      if (!term.ok) fields['financingNeed.termMonths'] = term.message
      if (!purpose.ok) fields['financingNeed.purpose'] = purpose.message
      if (!patents.ok) fields['financingNeed.patentIds'] = patents.message
      if (amount.ok && term.ok && purpose.ok && patents.ok) {
        financingNeed = { amountFen: amount.value, termMonths: term.value, purpose: purpose.value, patentIds: patents.value }
      }
    }
  }

  if (Object.keys(fields).length > 0 || !name.ok || !phone.ok || !enterprise) {
    throw validationFailed(fields, '报名信息有误，请检查标出的字段')
  }
  const input: SignupInput = { attendeeName: name.value, phone: phone.value, enterprise }
  if (financingNeed) input.financingNeed = financingNeed
  return input
}

/** 409 WINDOW_CLOSED with the reason in Chinese, unless sign-up is open now. */
export function assertSignupOpen(event: EventRow, nowMs: number): void {
  if (event.cancelledAt) throw conflict('活动已取消', 'WINDOW_CLOSED')
  if (nowMs >= ms(event.endsAt)) throw conflict('活动已结束', 'WINDOW_CLOSED')
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
  const value = checkSignupInput(ctx.db, event, input)

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

// ---------------------------------------------------------------------------------------------
// Cancel, promote, approve, reject

/**
 * Fills free seats from the waitlist, oldest sign-up first, until the event is full or the waitlist
 * is empty; each promoted attendee gets a ticket and a 'waitlist' notification. No-op once the event
 * has ended. Call after anything that frees seats (cancellation, capacity raised by an officer).
 */
export function promoteWaitlisted(ctx: MockContext, eventId: string): RegistrationRow[] {
  const event = ctx.db.events.get(eventId)
  if (!event || event.cancelledAt || ctx.now() >= ms(event.endsAt)) return []
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

export const DEFAULT_OFFER_HOURS = 12
export const MAX_OFFER_HOURS = 72

/** `2026-05-20T21:00:00+08:00` → `05-20 21:00`, for message text. */
function shortTime(iso: string): string {
  return iso.slice(5, 16).replace('T', ' ')
}

/** Holds the seat for `row` until the event's deadline (never past the event's end) and tells them. */
function makeOffer(ctx: MockContext, event: EventRow, row: RegistrationRow): RegistrationRow {
  const now = ctx.now()
  const deadline = Math.min(now + (event.waitlistOfferHours ?? DEFAULT_OFFER_HOURS) * 3600 * 1000, ms(event.endsAt))
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
  const isLapsed = (r: RegistrationRow) => r.status === 'waitlisted' && !!r.offerExpiresAt && ms(r.offerExpiresAt) <= now
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

/** `POST /api/registrations/:id/accept-offer` by its owner: takes the held seat, with a ticket. */
export function acceptOffer(ctx: MockContext, user: Pick<UserRow, 'id'>, registrationId: string): RegistrationRow {
  sweepOffers(ctx)
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

/**
 * `POST /api/registrations/:id/cancel` by its owner (others → 404), only before the event starts
 * (409 otherwise), from pending_approval / confirmed / waitlisted. Promotes the waitlist.
 */
export function cancelRegistration(ctx: MockContext, user: Pick<UserRow, 'id'>, registrationId: string): RegistrationRow {
  const row = ctx.db.registrations.get(registrationId)
  if (!row || row.userId !== user.id) throw notFound('报名记录不存在')
  const event = ctx.db.events.get(row.eventId)
  if (event && ctx.now() >= ms(event.startsAt)) throw conflict('活动已开始，不能取消报名')
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
    if (ctx.now() >= ms(event.endsAt)) throw conflict('活动已结束，不能再审核报名')
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
