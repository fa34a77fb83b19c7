// API.md → Officer, the handlers: events (create/edit, counts), registrations (list, approve/reject,
// CSV), notices, check-in (batches, undo, roster) and application handling (list, state-machine
// moves). Paths, the officer-only role and idempotency are declared in ./officer.ts.

import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@/api/types'
import {
  OFFICER_APPLICATION_KINDS,
  type CheckinResponse,
  type BulkDecisionResponse,
  type CancelEventResponse,
  type CheckinStatsResponse,
  type GuestImportResponse,
  type CheckinUndoResponse,
  type EventRegistrationsResponse,
  type NoticeResponse,
  type OfficerApplication,
  type OfficerApplicationsResponse,
  type OfficerEventListResponse,
  type OfficerEventResponse,
  type RosterResponse,
  type TransitionResponse,
} from '@/api/types-officer'
import type { RegistrationResponse } from '@/api/types-events'
import {
  REGISTRATION_STATUSES,
  STATUS_LABELS,
  illegalMoveMessage,
  isApplicationKind,
  isStatusOf,
  nextStatuses,
  statusLabel,
  type ApplicationKind,
  type StatusOf,
} from '@/rules'
import { checkNoticeInput, checkTransitionNote } from '@/rules/officer'
import type { MockContext } from '../context'
import { pledgeOf } from './finance'
import { conflict, notFound, validationFailed } from '../core/errors'
import { QueryReader } from '../core/query'
import type { Handler } from '../core/types'
import type { FinanceApplicationRow, LicenceApplicationRow, RegistrationRow } from '../db'
import { checkInBatch, checkinStats, readCheckinItems, readUndoRequest, rosterOf, undoCheckin } from '../domain/checkins'
import {
  createEvent,
  listOfficerEvents,
  matchesQuery,
  officerEvent,
  registrationsCsv,
  registrationsOf,
  requireEvent,
  sendNotice,
  statusCounts,
  updateEvent,
} from '../domain/events-admin'
import { approveRegistration, publicRegistration, rejectRegistration, sweepOffers } from '../domain/registrations'
import { bulkDecide, cancelEvent, importGuests } from '../domain/event-ops'
import { applicationTable, transition } from '../domain/workflow'
import { actorOf, authed, isPlainObject } from './common'
import type { OfficerRouteKey } from './officer'

const MAX_PAGE = 100000

function pageParams(r: QueryReader): { page: number; pageSize: number } {
  const page = r.int('page', { min: 1, max: MAX_PAGE, label: '页码' }) ?? 1
  const pageSize = r.int('pageSize', { min: 1, max: MAX_PAGE_SIZE, label: '每页条数' }) ?? DEFAULT_PAGE_SIZE
  return { page, pageSize }
}

function isDay(text: string): boolean {
  const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(text)
  if (!m) return false
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3])
}

/** Approve/reject bodies: `{ note? }` (≤ 200; the default note explains the decision). A missing body is fine. */
function decisionNote(body: unknown): string | undefined {
  if (body === undefined || body === null) return undefined
  if (!isPlainObject(body)) throw validationFailed({ _: '请求体应为 JSON 对象' })
  const note = checkTransitionNote(body.note, 'confirmed')
  if (!note.ok) throw validationFailed({ note: note.message })
  return note.value || undefined
}

function registrationResponse(ctx: MockContext, row: RegistrationRow): RegistrationResponse {
  const fresh = ctx.db.registrations.get(row.id) ?? row
  return { registration: publicRegistration(fresh, ctx.db.events.get(fresh.eventId), ctx.db) }
}

type AnyRow = LicenceApplicationRow | FinanceApplicationRow | RegistrationRow

function officerApplication(ctx: MockContext, kind: ApplicationKind, row: AnyRow): OfficerApplication {
  const status = row.status as StatusOf<typeof kind>
  const last = row.timeline[row.timeline.length - 1]
  const out: OfficerApplication = {
    kind,
    id: row.id,
    title: row.title,
    status: row.status,
    statusLabel: statusLabel(kind, status),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    enterprise: { ...row.enterprise },
    nextStatuses: nextStatuses(kind, status, 'officer').map((s) => ({ status: s, label: statusLabel(kind, s) })),
    lastNote: last ? last.note : '',
  }
  // The officer who made the latest move, when an officer made it.
  if (last?.by) out.lastBy = { ...last.by }
  if (kind === 'licence') {
    const r = row as LicenceApplicationRow
    Object.assign(out, { patentNo: r.patentNo, intendedUse: r.intendedUse, expectedStart: r.expectedStart })
    if (r.filingDeadline) out.filingDeadline = r.filingDeadline
  } else if (kind === 'finance') {
    const r = row as FinanceApplicationRow
    Object.assign(out, { amountFen: r.amountFen, termMonths: r.termMonths, purpose: r.purpose }, pledgeOf(ctx, r))
  }
  return out
}

export const officerHandlers: Record<OfficerRouteKey, Handler> = {
  // ---- Events ----

  'GET /api/officer/events': (req, ctx) => {
    const r = new QueryReader(req.query)
    const day = r.check('day', isDay, '日期')
    const { page, pageSize } = pageParams(r)
    r.done()
    sweepOffers(ctx)
    const { items, total } = listOfficerEvents(ctx, { day, page, pageSize })
    const body: OfficerEventListResponse = { items, total, page, pageSize }
    return { body }
  },

  'GET /api/officer/events/:id': (req, ctx) => {
    const body: OfficerEventResponse = { event: officerEvent(ctx, requireEvent(ctx.db, req.params.id)) }
    return { body }
  },

  'POST /api/events': (req, ctx) => {
    const { user } = authed(req)
    const row = createEvent(ctx, user.id, req.body)
    const body: OfficerEventResponse = { event: officerEvent(ctx, row) }
    return { status: 201, body }
  },

  'PATCH /api/events/:id': (req, ctx) => {
    const row = updateEvent(ctx, req.params.id, req.body)
    const body: OfficerEventResponse = { event: officerEvent(ctx, row) }
    return { body }
  },

  // ---- Registrations ----

  'GET /api/events/:id/registrations': (req, ctx) => {
    const event = requireEvent(ctx.db, req.params.id)
    sweepOffers(ctx, event.id)
    const r = new QueryReader(req.query)
    const status = r.oneOf('status', REGISTRATION_STATUSES, '报名状态')
    const q = r.string('q', { max: 50, label: '搜索词' })
    const { page, pageSize } = pageParams(r)
    r.done()
    const all = registrationsOf(ctx.db, event.id)
    const rows = all.filter((row) => (!status || row.status === status) && (!q || matchesQuery(row, q)))
    const start = (page - 1) * pageSize
    const body: EventRegistrationsResponse = {
      items: rows.slice(start, start + pageSize).map((row) => publicRegistration(row, null, ctx.db)),
      total: rows.length,
      page,
      pageSize,
      counts: statusCounts(all),
    }
    return { body }
  },

  // Excel opens it by double-click: UTF-8 with BOM, CRLF, quoted where needed, formulas defused.
  'GET /api/events/:id/registrations.csv': (req, ctx) => {
    const event = requireEvent(ctx.db, req.params.id)
    return {
      body: registrationsCsv(ctx.db, event.id),
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="registrations-${event.id}.csv"`,
      },
    }
  },

  'POST /api/registrations/:id/approve': (req, ctx) => {
    const note = decisionNote(req.body)
    return { body: registrationResponse(ctx, approveRegistration(ctx, req.params.id, actorOf(req), note)) }
  },

  'POST /api/registrations/:id/reject': (req, ctx) => {
    const note = decisionNote(req.body)
    return { body: registrationResponse(ctx, rejectRegistration(ctx, req.params.id, actorOf(req), note)) }
  },

  // ---- Notices ----

  'POST /api/events/:id/notices': (req, ctx) => {
    const event = requireEvent(ctx.db, req.params.id)
    const result = checkNoticeInput(req.body)
    if (!result.ok) throw validationFailed(result.fields, '通知内容有误，请检查标出的字段')
    const body: NoticeResponse = { delivered: sendNotice(ctx, event, result.value, actorOf(req)) }
    return { body }
  },

  // ---- Check-in ----

  'POST /api/checkins': (req, ctx) => {
    const body: CheckinResponse = { results: checkInBatch(ctx, readCheckinItems(req.body), actorOf(req)) }
    return { body }
  },

  'POST /api/checkins/undo': (req, ctx) => {
    const row = undoCheckin(ctx, readUndoRequest(req.body), actorOf(req))
    const body: CheckinUndoResponse = { registration: publicRegistration(row, ctx.db.events.get(row.eventId), ctx.db) }
    return { body }
  },

  'GET /api/events/:id/roster': (req, ctx) => {
    const body: RosterResponse = rosterOf(ctx, req.params.id)
    return { body }
  },

  'GET /api/events/:id/checkin-stats': (req, ctx) => {
    const body: CheckinStatsResponse = checkinStats(ctx, req.params.id)
    return { body }
  },

  // ---- Event operations (issue 18) ----

  'POST /api/events/:id/cancel': (req, ctx) => {
    const { event, notified } = cancelEvent(ctx, req.params.id, req.body, actorOf(req))
    const body: CancelEventResponse = { event: officerEvent(ctx, event), notified }
    return { body }
  },

  'POST /api/events/:id/registrations/bulk': (req, ctx) => {
    sweepOffers(ctx, req.params.id)
    const body: BulkDecisionResponse = bulkDecide(ctx, req.params.id, req.body, actorOf(req))
    return { body }
  },

  'POST /api/events/:id/guests': (req, ctx) => {
    const body: GuestImportResponse = importGuests(ctx, req.params.id, req.body, actorOf(req))
    return { status: 201, body }
  },

  // ---- Applications (申请处理) ----

  'GET /api/officer/applications': (req, ctx) => {
    const r = new QueryReader(req.query)
    const kind = r.oneOf('kind', OFFICER_APPLICATION_KINDS, '申请类型') ?? 'licence'
    const status = r.check('status', (s) => isStatusOf(kind, s), '申请状态')
    const { page, pageSize } = pageParams(r)
    r.done()
    const all = applicationTable(ctx.db, kind).all() as AnyRow[]
    const counts: Record<string, number> = {}
    for (const s of Object.keys(STATUS_LABELS[kind])) counts[s] = 0
    for (const row of all) counts[row.status] = (counts[row.status] ?? 0) + 1
    const rows = all
      .filter((row) => !status || row.status === status)
      .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.id < b.id ? -1 : 1))
    const start = (page - 1) * pageSize
    const body: OfficerApplicationsResponse = {
      items: rows.slice(start, start + pageSize).map((row) => officerApplication(ctx, kind, row)),
      total: rows.length,
      page,
      pageSize,
      counts,
    }
    return { body }
  },

  'POST /api/applications/:kind/:id/transition': (req, ctx) => {
    const kind = req.params.kind
    if (!isApplicationKind(kind)) throw notFound('申请类型不存在')
    const row = applicationTable(ctx.db, kind).get(req.params.id) as AnyRow | undefined
    if (!row) throw notFound('申请不存在')
    const body = req.body
    if (!isPlainObject(body)) throw validationFailed({ _: '请求体应为 JSON 对象' })
    const to = body.to
    if (typeof to !== 'string' || !isStatusOf(kind, to)) throw validationFailed({ to: typeof to === 'string' && to ? `不支持的状态：${to.slice(0, 20)}` : '请选择要变更的状态' })
    const note = checkTransitionNote(body.note, to)
    if (!note.ok) throw validationFailed({ note: note.message })

    let next: AnyRow
    if (kind === 'registration') {
      // Seats are counted in one place: approval goes through the capacity check, check-in through 签到.
      if (to === 'confirmed') next = approveRegistration(ctx, row.id, actorOf(req), note.value)
      else if (to === 'rejected') next = rejectRegistration(ctx, row.id, actorOf(req), note.value)
      else if (to === 'checked_in') throw conflict('签到请在扫码签到页面办理')
      else throw conflict(illegalMoveMessage('registration', row.status as StatusOf<'registration'>, to as StatusOf<'registration'>))
    } else {
      next = transition(ctx, kind, row.id, to as StatusOf<typeof kind>, 'officer', { note: note.value || undefined, by: actorOf(req) }) as AnyRow
    }
    const response: TransitionResponse = { application: officerApplication(ctx, kind, next) }
    return { body: response }
  },
}
