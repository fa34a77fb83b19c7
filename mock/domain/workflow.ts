// The one place an application changes status: checks the state machine of RULES.md (409 with a
// Chinese reason otherwise), appends to the timeline, and notifies the applicant.

import {
  canTransition,
  FILING_DEADLINE_MONTHS,
  illegalMoveMessage,
  KIND_LABELS,
  statusLabel,
  type Actor,
  type ApplicationKind,
  type StatusOf,
} from '@/rules'
import type { MockContext } from '../context'
import { conflict, notFound } from '../core/errors'
import { toIsoCst } from '../core/time'
import type { ActorRef, ApplicationRowOf, MockDb, TimelineEntry } from '../db'
import type { Table } from '../db/table'
import { notify } from './notify'

export function applicationTable<K extends ApplicationKind>(db: MockDb, kind: K): Table<ApplicationRowOf<K>> {
  const tables = { licence: db.licenceApplications, registration: db.registrations, finance: db.financeApplications }
  return tables[kind] as unknown as Table<ApplicationRowOf<K>>
}

/** The first timeline entry of a new application. */
export function created<K extends ApplicationKind>(ctx: MockContext, kind: K, status: StatusOf<K>, note?: string): { at: string; timeline: TimelineEntry[] } {
  const at = toIsoCst(ctx.now())
  return { at, timeline: [{ status, at, note: note ?? statusLabel(kind, status) }] }
}

/** Same day-of-month `months` later, clamped to the month's last day. */
export function addMonthsIso(iso: string, months: number): string {
  const year = Number(iso.slice(0, 4))
  const month = Number(iso.slice(5, 7)) - 1 + months
  const y = year + Math.floor(month / 12)
  const m = (month % 12) + 1
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate()
  const d = Math.min(Number(iso.slice(8, 10)), lastDay)
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}${iso.slice(10)}`
}

export interface TransitionOptions {
  note?: string
  /** Notification text when the default ("状态更新为…") is not enough, e.g. waitlist promotion. */
  message?: { type: 'status' | 'waitlist'; title: string; body: string }
  /** Extra fields to set with the move (e.g. ticketCode on confirmation). */
  patch?: Record<string, unknown>
  /** The officer who made the move (API.md: every officer action records who did it). */
  by?: ActorRef
}

export function transition<K extends ApplicationKind>(
  ctx: MockContext,
  kind: K,
  id: string,
  to: StatusOf<K>,
  actor: Actor,
  options: TransitionOptions = {},
): ApplicationRowOf<K> {
  const table = applicationTable(ctx.db, kind)
  const row = table.get(id)
  if (!row) throw notFound('申请不存在')
  const from = row.status as StatusOf<K>
  if (!canTransition(kind, from, to, actor)) throw conflict(illegalMoveMessage(kind, from, to))

  const at = toIsoCst(ctx.now())
  const note = options.note?.trim() || statusLabel(kind, to)
  const next = {
    ...row,
    ...options.patch,
    status: to,
    updatedAt: at,
    timeline: [...row.timeline, options.by ? { status: to, at, note, by: { ...options.by } } : { status: to, at, note }],
  } as ApplicationRowOf<K>
  if (kind === 'licence' && to === 'licensed') {
    Object.assign(next, { licensedAt: at, filingDeadline: addMonthsIso(at, FILING_DEADLINE_MONTHS) })
  }
  table.upsert(next)

  const message = options.message ?? {
    type: 'status' as const,
    title: `${KIND_LABELS[kind]}申请状态更新：${statusLabel(kind, to)}`,
    body: `「${row.title}」${options.note?.trim() ? `：${options.note.trim()}` : `已更新为「${statusLabel(kind, to)}」`}`,
  }
  notify(ctx, row.userId, { ...message, link: { kind, id } })
  return next
}
