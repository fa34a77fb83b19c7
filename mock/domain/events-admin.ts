// The organiser's side of events: create and edit (validated with the same rules as the officer
// form), the counts an organiser watches, the registration list and its CSV export, and notices.
// Capacity and approval logic stays in ./registrations (one owner for "never overbook").

import type { OfficerEvent, OfficerEventSummary } from '@contract/officer'
import { ACTIVE_REGISTRATION_STATUSES, REGISTRATION_STATUSES, statusLabel, type RegistrationStatus } from '@/rules'
import { checkEventInput, MAX_OFFER_HOURS, type EventInput } from '@/rules/officer'
import { isCityCode } from '@/rules/regions'
import { hasOwn } from '@/rules/result'
import type { MockContext } from '../context'
import { notFound, validationFailed } from '../core/errors'
import { newId } from '../core/ids'
import { cstMidnight, DAY_MS, toIsoCst } from '../core/time'
import type { ActorRef, EventRow, MockDb, RegistrationRow } from '../db'
import { toCsv } from './csv'
import { notify } from './notify'
import { countsByEvent, eventCounts, hasTicket } from './registrations/counts'
import { promoteWaitlisted, sweepOffers } from './registrations/offers'
import { publicEvent, publicEventSummary } from './registrations/presenters'

/**
 * `waitlistOfferHours` in a create/edit body (issue 18): 1–72 hours a freed seat is held for the next
 * waitlisted registration, or 0/null to promote at once (API.md). Undefined when the body leaves it out.
 */
function readOfferHours(body: unknown): number | null | undefined {
  if (typeof body !== 'object' || body === null || !hasOwn(body, 'waitlistOfferHours')) return undefined
  const value = (body as Record<string, unknown>).waitlistOfferHours
  if (value === null || value === 0) return null
  if (!Number.isSafeInteger(value) || (value as number) < 1 || (value as number) > MAX_OFFER_HOURS) {
    throw validationFailed({ waitlistOfferHours: `候补确认时限应为 1–${MAX_OFFER_HOURS} 小时的整数（0 表示立即递补）` }, '活动信息有误，请检查标出的字段')
  }
  return value as number
}

export function requireEvent(db: MockDb, id: string): EventRow {
  const event = db.events.get(id)
  if (!event) throw notFound('活动不存在')
  return event
}

export function officerEvent(ctx: MockContext, row: EventRow): OfficerEvent {
  const counts = eventCounts(ctx.db, row.id)
  return {
    ...publicEvent(row, ctx),
    checkedInCount: counts.checkedIn,
    activeCount: counts.confirmed + counts.checkedIn + counts.waitlisted + counts.pendingApproval,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  }
}

/** Events under way on a China-time calendar day `YYYY-MM-DD`. */
function overlapsDay(row: EventRow, day: string): boolean {
  const start = cstMidnight(Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10)))
  return Date.parse(row.startsAt) < start + DAY_MS && Date.parse(row.endsAt) > start
}

export function listOfficerEvents(ctx: MockContext, opts: { day?: string; page: number; pageSize: number }): { items: OfficerEventSummary[]; total: number } {
  const now = ctx.now()
  const rows = ctx.db.events.filter((e) => !opts.day || overlapsDay(e, opts.day))
  // Coming and running events first (soonest first), then past ones (most recent first).
  rows.sort((a, b) => {
    const aEnded = Date.parse(a.endsAt) <= now
    const bEnded = Date.parse(b.endsAt) <= now
    if (aEnded !== bEnded) return aEnded ? 1 : -1
    const diff = Date.parse(a.startsAt) - Date.parse(b.startsAt)
    return (aEnded ? -diff : diff) || (a.id < b.id ? -1 : 1)
  })
  const counts = countsByEvent(ctx.db)
  const items = rows.slice((opts.page - 1) * opts.pageSize, opts.page * opts.pageSize).map((row) => {
    const raw = counts.get(row.id)
    return {
      ...publicEventSummary(row, ctx.db, now, counts),
      checkedInCount: raw ? raw.checkedIn : 0,
      activeCount: raw ? raw.confirmed + raw.checkedIn + raw.waitlisted + raw.pendingApproval : 0,
    }
  })
  return { items, total: rows.length }
}

function rowFields(input: EventInput): Omit<EventRow, 'id' | 'createdAt' | 'updatedAt' | 'createdBy'> {
  const out: Omit<EventRow, 'id' | 'createdAt' | 'updatedAt' | 'createdBy'> = {
    kind: input.kind,
    title: input.title,
    organizer: input.organizer,
    venue: input.venue,
    city: input.city,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    signupOpensAt: input.signupOpensAt,
    signupClosesAt: input.signupClosesAt,
    capacity: input.capacity,
    requiresApproval: input.requiresApproval,
    waitlistEnabled: input.waitlistEnabled,
    description: input.description,
    agenda: input.agenda,
    industries: input.industries,
  }
  if (input.banks.length > 0) out.banks = input.banks
  return out
}

function inputOf(row: EventRow): EventInput {
  return {
    kind: row.kind,
    title: row.title,
    organizer: row.organizer,
    venue: row.venue,
    city: row.city,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    signupOpensAt: row.signupOpensAt,
    signupClosesAt: row.signupClosesAt,
    capacity: row.capacity,
    requiresApproval: row.requiresApproval,
    waitlistEnabled: row.waitlistEnabled,
    description: row.description,
    agenda: row.agenda,
    banks: row.banks ?? [],
    industries: row.industries,
  }
}

/** Event ids are the mini-program QR `scene`: URL-safe and ≤ 32 chars (`ev-` + 8). */
function newEventId(ctx: MockContext): string {
  let id: string
  do id = newId(ctx, 'ev')
  while (ctx.db.events.has(id))
  return id
}

export function createEvent(ctx: MockContext, userId: string, body: unknown): EventRow {
  const result = checkEventInput(body, { isKnownCity: isCityCode })
  if (!result.ok) throw validationFailed(result.fields, '活动信息有误，请检查标出的字段')
  const hours = readOfferHours(body)
  const at = toIsoCst(ctx.now())
  const row: EventRow = { id: newEventId(ctx), ...rowFields(result.value), createdBy: userId, createdAt: at, updatedAt: at }
  if (hours) row.waitlistOfferHours = hours
  return ctx.db.events.insert(row)
}

/**
 * Merges a partial body over the event and validates the whole; capacity may not drop below the
 * seats already given out. Raising it fills the new seats from the waitlist (oldest first).
 */
export function updateEvent(ctx: MockContext, id: string, body: unknown): EventRow {
  const row = requireEvent(ctx.db, id)
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw validationFailed({ _: '请求格式不正确' })
  sweepOffers(ctx, id)
  const hours = readOfferHours(body)
  const counts = eventCounts(ctx.db, id)
  const merged: Record<string, unknown> = { ...inputOf(row) }
  // Own keys only: `constructor` or `__proto__` in a body is an unknown field, not a way into the prototype.
  for (const key of Object.keys(body)) if (hasOwn(merged, key)) merged[key] = (body as Record<string, unknown>)[key]
  const result = checkEventInput(merged, { minCapacity: counts.confirmed + counts.checkedIn, isKnownCity: isCityCode })
  if (!result.ok) throw validationFailed(result.fields, '活动信息有误，请检查标出的字段')
  const { banks: _banks, waitlistOfferHours: _hours, ...kept } = row
  const next: EventRow = { ...kept, ...rowFields(result.value), updatedAt: toIsoCst(ctx.now()) }
  const offerHours = hours === undefined ? row.waitlistOfferHours : hours
  if (offerHours) next.waitlistOfferHours = offerHours
  ctx.db.events.upsert(next)
  if (next.capacity > row.capacity) promoteWaitlisted(ctx, id)
  return ctx.db.events.get(id) ?? next
}

export function registrationsOf(db: MockDb, eventId: string): RegistrationRow[] {
  return db.registrations.filter((r) => r.eventId === eventId).sort((a, b) => a.seq - b.seq)
}

export function statusCounts(rows: readonly RegistrationRow[]): Record<RegistrationStatus, number> {
  const out = {} as Record<RegistrationStatus, number>
  for (const s of REGISTRATION_STATUSES) out[s] = 0
  for (const r of rows) out[r.status]++
  return out
}

export function matchesQuery(row: RegistrationRow, q: string): boolean {
  const needle = q.toLowerCase()
  return row.attendeeName.toLowerCase().indexOf(needle) >= 0 || row.phone.indexOf(needle) >= 0 || row.enterprise.name.toLowerCase().indexOf(needle) >= 0
}

export const REGISTRATION_CSV_HEADER = ['姓名', '手机号', '企业名称', '统一社会信用代码', '状态', '报名时间', '签到时间', '票码'] as const

/** `2026-03-01T09:05:00+08:00` → `2026-03-01 09:05`: what a spreadsheet reader expects. */
function sheetTime(iso: string | undefined): string {
  return iso ? iso.slice(0, 16).replace('T', ' ') : ''
}

export function registrationsCsv(db: MockDb, eventId: string): string {
  const rows = registrationsOf(db, eventId).map((r) => [
    r.attendeeName,
    r.phone,
    r.enterprise.name,
    r.enterprise.uscc,
    statusLabel('registration', r.status),
    sheetTime(r.createdAt),
    sheetTime(r.checkedInAt),
    hasTicket(r.status) && r.ticketCode ? r.ticketCode : '',
  ])
  return toCsv(REGISTRATION_CSV_HEADER, rows)
}

/**
 * One 'notice' message per active registrant, linked to their own registration; each registration's
 * timeline records the notice and the officer who sent it (its status does not change).
 */
export function sendNotice(ctx: MockContext, event: EventRow, notice: { title: string; body: string }, by: ActorRef): number {
  const at = toIsoCst(ctx.now())
  const recipients = ctx.db.registrations.filter((r) => r.eventId === event.id && ACTIVE_REGISTRATION_STATUSES.indexOf(r.status) >= 0)
  for (const r of recipients) {
    notify(ctx, r.userId, { type: 'notice', title: notice.title, body: notice.body, link: { kind: 'registration', id: r.id }, by: { ...by } })
    ctx.db.registrations.replace({ ...r, timeline: [...r.timeline, { status: r.status, at, note: `工作人员发送通知：${notice.title}`, by: { ...by } }] })
  }
  return recipients.length
}
