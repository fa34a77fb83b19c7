// Officer event operations (issue 18, point 4): cancel an event (every registrant notified, every
// ticket voided), bulk approve/reject over a filter, and a guest list imported row by row. The CSV
// is parsed in the officer subpackage; the server takes the rows as JSON and reports per row.

import { REGISTRATION_STATUSES, checkEnterpriseName, checkPersonName, checkPhone, checkUscc, type RegistrationStatus } from '@/rules'
import type { MockContext } from '../context'
import { MockHttpError, conflict, validationFailed } from '../core/errors'
import { newId } from '../core/ids'
import { toIsoCst } from '../core/time'
import type { ActorRef, EventRow, RegistrationRow } from '../db'
import { isPlainObject } from '@/rules/result'
import { matchesQuery, registrationsOf, requireEvent } from './events-admin'
import { notify } from './notify'
import { eventCounts, isActive as isActiveRegistration } from './registrations/counts'
import { approveRegistration, rejectRegistration } from './registrations/decisions'
import { newTicketCode, nextSeq } from './registrations/identifiers'

const REASON_MAX = 200

/** `POST /api/events/:id/cancel { reason }`: the event stays listed as cancelled; nobody can sign up or check in. */
export function cancelEvent(ctx: MockContext, eventId: string, body: unknown, by: ActorRef): { event: EventRow; notified: number } {
  const event = requireEvent(ctx.db, eventId)
  const reason = isPlainObject(body) && typeof body.reason === 'string' ? body.reason.trim() : ''
  if (!reason) throw validationFailed({ reason: '请填写取消原因' })
  if (reason.length > REASON_MAX) throw validationFailed({ reason: `取消原因不超过 ${REASON_MAX} 字` })
  if (event.cancelledAt) throw conflict('活动已取消')
  if (ctx.now() >= Date.parse(event.endsAt)) throw conflict('活动已结束，不能取消')
  const at = toIsoCst(ctx.now())
  const next: EventRow = { ...event, cancelledAt: at, cancelReason: reason, updatedAt: at }
  ctx.db.events.upsert(next)
  let notified = 0
  for (const r of ctx.db.registrations.filter((r) => r.eventId === eventId && isActiveRegistration(r.status))) {
    // The organiser calling the event off is not a move of the attendee's state machine (only the
    // attendee cancels): a documented exception, like the check-in undo. The ticket goes with it.
    const { offerExpiresAt: _offer, ...rest } = r
    ctx.db.registrations.replace({
      ...rest,
      status: 'cancelled',
      updatedAt: at,
      timeline: [...r.timeline, { status: 'cancelled', at, note: `活动已取消：${reason}`, by: { ...by } }],
    })
    notify(ctx, r.userId, {
      type: 'status',
      title: '活动已取消',
      body: `「${event.title}」已由主办方取消：${reason}。您的报名与电子票已作废，给您带来不便敬请谅解。`,
      link: { kind: 'registration', id: r.id },
      by: { ...by },
    })
    notified++
  }
  return { event: next, notified }
}

export interface BulkResult {
  id: string
  attendeeName: string
  ok: boolean
  status: RegistrationStatus
  error?: string
}

/**
 * `POST /api/events/:id/registrations/bulk { action: 'approve' | 'reject', status?, q?, note? }`:
 * every registration matching the filter, in sign-up order; each row succeeds or says why not
 * (approving stops being possible once the seats are gone: EVENT_FULL per row, never overbooked).
 */
export function bulkDecide(ctx: MockContext, eventId: string, body: unknown, by: ActorRef): { results: BulkResult[] } {
  const event = requireEvent(ctx.db, eventId)
  if (!isPlainObject(body)) throw validationFailed({ _: '请求体应为 JSON 对象' })
  const fields: Record<string, string> = {}
  const action = body.action
  if (action !== 'approve' && action !== 'reject') fields.action = '请选择批量通过或批量拒绝'
  const status = body.status === undefined ? 'pending_approval' : body.status
  if (typeof status !== 'string' || REGISTRATION_STATUSES.indexOf(status as RegistrationStatus) < 0) fields.status = '报名状态不正确'
  const q = body.q === undefined ? '' : body.q
  if (typeof q !== 'string' || q.length > 50) fields.q = '搜索词不超过 50 字'
  const note = body.note === undefined ? undefined : body.note
  if (note !== undefined && (typeof note !== 'string' || note.length > 200)) fields.note = '备注不超过 200 字'
  if (Object.keys(fields).length > 0) throw validationFailed(fields)
  const rows = registrationsOf(ctx.db, event.id).filter((r) => r.status === status && (!q || matchesQuery(r, (q as string).trim())))
  const results: BulkResult[] = rows.map((r) => {
    try {
      const next = action === 'approve' ? approveRegistration(ctx, r.id, by, note as string | undefined) : rejectRegistration(ctx, r.id, by, note as string | undefined)
      return { id: r.id, attendeeName: r.attendeeName, ok: true, status: next.status }
    } catch (error) {
      if (!(error instanceof MockHttpError)) throw error
      return { id: r.id, attendeeName: r.attendeeName, ok: false, status: r.status, error: error.message }
    }
  })
  return { results }
}

export interface GuestRowError {
  /** 1-based data row (the CSV's line minus its header). */
  row: number
  fields: Record<string, string>
}

export const MAX_GUEST_ROWS = 500
const GUEST_FIELDS = ['attendeeName', 'phone', 'enterpriseName', 'uscc'] as const
const GUEST_TEXT_MAX = 200

/**
 * `POST /api/events/:id/guests { rows: [{ attendeeName, phone, enterpriseName, uscc }] }`: each valid
 * row becomes a confirmed registration with a ticket (a guest user per phone), while seats last;
 * every other row comes back with its field errors. Rows that pass are kept even when others fail.
 */
export function importGuests(ctx: MockContext, eventId: string, body: unknown, by: ActorRef): { created: number; errors: GuestRowError[] } {
  const event = requireEvent(ctx.db, eventId)
  if (!isPlainObject(body) || !Array.isArray(body.rows)) throw validationFailed({ rows: '请提供名单 rows' })
  const rows = body.rows as unknown[]
  if (rows.length === 0) throw validationFailed({ rows: '名单为空' })
  if (rows.length > MAX_GUEST_ROWS) throw validationFailed({ rows: `每次最多导入 ${MAX_GUEST_ROWS} 行` })
  // A malformed request (a row that is not an object of short texts) is refused whole; rows that are
  // well-formed but break a rule come back in the per-row report.
  const malformed: Record<string, string> = {}
  rows.forEach((raw, i) => {
    if (!isPlainObject(raw)) {
      malformed[`rows[${i}]`] = '每行应为对象'
      return
    }
    for (const key of GUEST_FIELDS) {
      const v = raw[key]
      if (typeof v !== 'string' || v.length > GUEST_TEXT_MAX) malformed[`rows[${i}].${key}`] = `应为不超过 ${GUEST_TEXT_MAX} 字的文本`
    }
  })
  if (Object.keys(malformed).length > 0) throw validationFailed(malformed, '名单格式不正确')
  if (event.cancelledAt) throw conflict('活动已取消')
  const errors: GuestRowError[] = []
  let created = 0
  const seen = new Set<string>()
  for (const r of ctx.db.registrations.values()) if (r.eventId === eventId && isActiveRegistration(r.status)) seen.add(r.phone)
  rows.forEach((raw, i) => {
    const fields: Record<string, string> = {}
    const row = isPlainObject(raw) ? raw : {}
    const name = checkPersonName(row.attendeeName, '姓名')
    const phone = checkPhone(row.phone)
    const enterprise = checkEnterpriseName(row.enterpriseName)
    const uscc = checkUscc(row.uscc)
    if (!name.ok) fields.attendeeName = name.message
    if (!phone.ok) fields.phone = phone.message
    if (!enterprise.ok) fields.enterpriseName = enterprise.message
    if (!uscc.ok) fields.uscc = uscc.message
    if (phone.ok && seen.has(phone.value)) fields.phone = '该手机号已在本场活动名单中'
    if (Object.keys(fields).length === 0 && eventCounts(ctx.db, eventId).seatsLeft <= 0) fields._ = '名额已满'
    if (Object.keys(fields).length > 0 || !name.ok || !phone.ok || !enterprise.ok || !uscc.ok) {
      errors.push({ row: i + 1, fields })
      return
    }
    seen.add(phone.value)
    const at = toIsoCst(ctx.now())
    const userId = `u-guest-${phone.value}`
    if (!ctx.db.users.has(userId)) ctx.db.users.insert({ id: userId, role: 'sme', name: name.value, createdAt: at })
    const reg: RegistrationRow = {
      id: newId(ctx, 'r'),
      userId,
      title: event.title,
      createdAt: at,
      updatedAt: at,
      timeline: [{ status: 'confirmed', at, note: '工作人员导入嘉宾名单', by: { ...by } }],
      status: 'confirmed',
      eventId,
      attendeeName: name.value,
      phone: phone.value,
      enterprise: { name: enterprise.value, uscc: uscc.value },
      seq: nextSeq(ctx.db),
      ticketCode: newTicketCode(ctx),
    }
    ctx.db.registrations.insert(reg)
    created++
  })
  return { created, errors }
}
