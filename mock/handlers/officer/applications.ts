// API.md → Officer: application handling — the list with next moves, and state-machine moves.

import { OFFICER_APPLICATION_KINDS, type OfficerApplication, type OfficerApplicationsResponse, type TransitionResponse } from '@contract/officer'
import { STATUS_LABELS, illegalMoveMessage, isApplicationKind, isStatusOf, nextStatuses, statusLabel, type ApplicationKind, type StatusOf } from '@/rules'
import { checkTransitionNote } from '@/rules/officer'
import type { MockContext } from '../../context'
import { pledgeOf } from '../finance'
import { conflict, notFound, validationFailed } from '../../core/errors'
import { QueryReader } from '../../core/query'
import type { Handler } from '../../core/types'
import type { FinanceApplicationRow, LicenceApplicationRow, RegistrationRow } from '../../db'
import { approveRegistration, rejectRegistration } from '../../domain/registrations/decisions'
import { applicationTable, transition } from '../../domain/workflow'
import { actorOf, isPlainObject } from '../common'


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

export const listApplications: Handler<'GET /api/officer/applications'> = (req, ctx) => {
  const r = new QueryReader(req.query)
  const kind = r.oneOf('kind', OFFICER_APPLICATION_KINDS, '申请类型') ?? 'licence'
  const status = r.check('status', (s) => isStatusOf(kind, s), '申请状态')
  const { page, pageSize } = r.pageParams()
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
}

export const postTransition: Handler<'POST /api/applications/:kind/:id/transition'> = (req, ctx) => {
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
}
