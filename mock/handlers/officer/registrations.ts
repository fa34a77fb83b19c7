// API.md → Officer: an event's registrations — list, CSV export, approve/reject, bulk decisions
// and the guest-list import (issue 18).

import { type BulkDecisionResponse, type GuestImportResponse, type EventRegistrationsResponse } from '@contract/officer'
import type { RegistrationResponse } from '@contract/events'
import { REGISTRATION_STATUSES } from '@/rules'
import { checkTransitionNote } from '@/rules/officer'
import type { MockContext } from '../../context'
import { validationFailed } from '../../core/errors'
import { QueryReader } from '../../core/query'
import type { Handler } from '../../core/types'
import type { RegistrationRow } from '../../db'
import { matchesQuery, registrationsCsv, registrationsOf, requireEvent, statusCounts } from '../../domain/events-admin'
import { approveRegistration, rejectRegistration } from '../../domain/registrations/decisions'
import { sweepOffers } from '../../domain/registrations/offers'
import { publicRegistration } from '../../domain/registrations/presenters'
import { bulkDecide, importGuests } from '../../domain/event-ops'
import { actorOf, isPlainObject } from '../common'


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

export const listRegistrations: Handler<'GET /api/events/:id/registrations'> = (req, ctx) => {
  const event = requireEvent(ctx.db, req.params.id)
  sweepOffers(ctx, event.id)
  const r = new QueryReader(req.query)
  const status = r.oneOf('status', REGISTRATION_STATUSES, '报名状态')
  const q = r.string('q', { max: 50, label: '搜索词' })
  const { page, pageSize } = r.pageParams()
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
}

// Excel opens it by double-click: UTF-8 with BOM, CRLF, quoted where needed, formulas defused.
export const registrationsCsvFile: Handler<'GET /api/events/:id/registrations.csv'> = (req, ctx) => {
  const event = requireEvent(ctx.db, req.params.id)
  return {
    body: registrationsCsv(ctx.db, event.id),
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="registrations-${event.id}.csv"`,
    },
  }
}

export const postApprove: Handler<'POST /api/registrations/:id/approve'> = (req, ctx) => {
  const note = decisionNote(req.body)
  return { body: registrationResponse(ctx, approveRegistration(ctx, req.params.id, actorOf(req), note)) }
}

export const postReject: Handler<'POST /api/registrations/:id/reject'> = (req, ctx) => {
  const note = decisionNote(req.body)
  return { body: registrationResponse(ctx, rejectRegistration(ctx, req.params.id, actorOf(req), note)) }
}

export const postBulk: Handler<'POST /api/events/:id/registrations/bulk'> = (req, ctx) => {
  sweepOffers(ctx, req.params.id)
  const body: BulkDecisionResponse = bulkDecide(ctx, req.params.id, req.body, actorOf(req))
  return { body }
}

export const postGuests: Handler<'POST /api/events/:id/guests'> = (req, ctx) => {
  const body: GuestImportResponse = importGuests(ctx, req.params.id, req.body, actorOf(req))
  return { status: 201, body }
}
