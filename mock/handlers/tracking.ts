// API.md → Tracking: 我的申请 across the three kinds, one application with its timeline, the
// applicant's withdraw, and the message centre (notifications).

import {
  WITHDRAW_NOTE_MAX,
  type ApplicationDetail,
  type ApplicationListResponse,
  type ApplicationSummary,
  type NotificationItem,
  type NotificationListResponse,
  type ReadAllResponse,
  type ReadNotificationResponse,
  type TimelineItem,
  type UnreadCountResponse,
} from '@contract/tracking'
import { APPLICATION_KINDS, checkDescription, isApplicationKind, statusLabel, type ApplicationKind, type StatusOf } from '@/rules'
import type { MockContext } from '../context'
import { pledgeOf } from './finance'
import { notFound, validationFailed } from '../core/errors'
import { QueryReader } from '../core/query'
import { toIsoCst } from '../core/time'
import type { PartialRouteTable } from '../core/types'
import type { ApplicationRowOf, FinanceApplicationRow, LicenceApplicationRow, NotificationRow, RegistrationRow, UserRow } from '../db'
import { hasTicket } from '../domain/registrations/counts'
import { cancelRegistration } from '../domain/registrations/decisions'
import { applicationTable, transition } from '../domain/workflow'
import { authed, isPlainObject } from './common'


function label(kind: ApplicationKind, status: string): string {
  return statusLabel(kind, status as StatusOf<typeof kind>)
}

type AnyApplicationRow = LicenceApplicationRow | RegistrationRow | FinanceApplicationRow

function summaryOf(kind: ApplicationKind, row: AnyApplicationRow): ApplicationSummary {
  return {
    kind,
    id: row.id,
    title: row.title,
    status: row.status,
    statusLabel: label(kind, row.status),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  }
}

function timelineOf(kind: ApplicationKind, row: AnyApplicationRow): TimelineItem[] {
  return row.timeline.map((t) => ({ status: t.status, statusLabel: label(kind, t.status), at: t.at, note: t.note, ...(t.by ? { by: { ...t.by } } : {}) }))
}

function detailOf(ctx: MockContext, kind: ApplicationKind, row: AnyApplicationRow): ApplicationDetail {
  const base = { ...summaryOf(kind, row), timeline: timelineOf(kind, row) }
  if (kind === 'licence') {
    const r = row as LicenceApplicationRow
    return {
      ...base,
      kind,
      status: r.status,
      patentId: r.patentId,
      patentNo: r.patentNo,
      enterprise: { ...r.enterprise },
      intendedUse: r.intendedUse,
      expectedStart: r.expectedStart,
      ...(r.licensedAt ? { licensedAt: r.licensedAt } : {}),
      ...(r.filingDeadline ? { filingDeadline: r.filingDeadline } : {}),
    }
  }
  if (kind === 'registration') {
    const r = row as RegistrationRow
    const event = ctx.db.events.get(r.eventId)
    return {
      ...base,
      kind,
      status: r.status,
      eventId: r.eventId,
      attendeeName: r.attendeeName,
      enterprise: { ...r.enterprise },
      // Only a registration that admits its holder shows the code (a cancelled one never again).
      ...(r.ticketCode && hasTicket(r.status) ? { ticketCode: r.ticketCode } : {}),
      ...(r.checkedInAt ? { checkedInAt: r.checkedInAt } : {}),
      ...(event ? { event: { id: event.id, title: event.title, venue: event.venue, startsAt: event.startsAt, endsAt: event.endsAt } } : {}),
    }
  }
  const r = row as FinanceApplicationRow
  return {
    ...base,
    kind: 'finance',
    status: r.status,
    amountFen: r.amountFen,
    termMonths: r.termMonths,
    purpose: r.purpose,
    ...(r.productId ? { productId: r.productId } : {}),
    patentIds: [...r.patentIds],
    ...pledgeOf(ctx, r),
  }
}

/** An application the caller may see: the applicant's own, or any for an officer. Others → 404, never 403. */
function visibleApplication(ctx: MockContext, user: UserRow, rawKind: string, id: string): { kind: ApplicationKind; row: AnyApplicationRow } {
  if (!isApplicationKind(rawKind)) throw notFound('申请类型不存在')
  const row = applicationTable(ctx.db, rawKind).get(id) as AnyApplicationRow | undefined
  if (!row || (row.userId !== user.id && user.role !== 'officer')) throw notFound('申请不存在')
  return { kind: rawKind, row }
}

function ownApplication(ctx: MockContext, user: UserRow, rawKind: string, id: string): { kind: ApplicationKind; row: AnyApplicationRow } {
  if (!isApplicationKind(rawKind)) throw notFound('申请类型不存在')
  const row = applicationTable(ctx.db, rawKind).get(id) as AnyApplicationRow | undefined
  if (!row || row.userId !== user.id) throw notFound('申请不存在')
  return { kind: rawKind, row }
}

function toItem(row: NotificationRow): NotificationItem {
  return {
    id: row.id,
    type: row.type,
    title: row.title,
    body: row.body,
    createdAt: row.createdAt,
    readAt: row.readAt,
    ...(row.link ? { link: { kind: row.link.kind, id: row.link.id } } : {}),
  }
}

// Marked read where it stands: Table#upsert re-inserts at the end, and insertion order is what breaks
// ties between messages created in the same second.
function markRead(ctx: MockContext, row: NotificationRow, at: string): NotificationRow {
  return ctx.db.notifications.replace({ ...row, readAt: at })
}

function unreadCount(ctx: MockContext, userId: string): number {
  let n = 0
  for (const row of ctx.db.notifications.values()) if (row.userId === userId && row.readAt === null) n++
  return n
}

function ownNotification(ctx: MockContext, userId: string, id: string): NotificationRow {
  const row = ctx.db.notifications.get(id)
  if (!row || row.userId !== userId) throw notFound('消息不存在')
  return row
}

export const trackingRoutes = {
  'GET /api/me/applications': (req, ctx) => {
    const { user } = authed(req)
    const r = new QueryReader(req.query)
    const kind = r.oneOf('kind', APPLICATION_KINDS, '申请类型')
    const { page, pageSize } = r.pageParams()
    r.done()

    const kinds = kind ? [kind] : APPLICATION_KINDS
    const rows: { summary: ApplicationSummary; at: number }[] = []
    for (const k of kinds) {
      for (const row of applicationTable(ctx.db, k).values() as IterableIterator<AnyApplicationRow>) {
        if (row.userId === user.id) rows.push({ summary: summaryOf(k, row), at: Date.parse(row.updatedAt) })
      }
    }
    // Newest change first; equal instants by creation, then by kind and id so pages never overlap.
    rows.sort(
      (a, b) =>
        b.at - a.at ||
        (a.summary.createdAt < b.summary.createdAt ? 1 : a.summary.createdAt > b.summary.createdAt ? -1 : 0) ||
        (a.summary.kind + a.summary.id < b.summary.kind + b.summary.id ? -1 : 1),
    )
    const start = (page - 1) * pageSize
    const body: ApplicationListResponse = {
      items: rows.slice(start, start + pageSize).map((x) => x.summary),
      total: rows.length,
      page,
      pageSize,
    }
    return { body }
  },

  'GET /api/applications/:kind/:id': (req, ctx) => {
    const { user } = authed(req)
    const { kind, row } = visibleApplication(ctx, user, req.params.kind, req.params.id)
    const body: ApplicationDetail = detailOf(ctx, kind, row)
    return { body }
  },

  // The applicant's own exit: 撤回 a licence or finance application, 取消 a registration.
  'POST /api/applications/:kind/:id/withdraw': {
    roles: ['sme'],
    handler: (req, ctx) => {
      const { user } = authed(req)
      const { kind, row } = ownApplication(ctx, user, req.params.kind, req.params.id)
      const body = req.body === undefined ? {} : req.body
      if (!isPlainObject(body)) throw validationFailed({ _: '请求体应为 JSON 对象' })
      const note = checkDescription(body.note, { label: '撤回说明', optional: true, max: WITHDRAW_NOTE_MAX })
      if (!note.ok) throw validationFailed({ note: note.message })

      let next: AnyApplicationRow
      if (kind === 'registration') {
        // The events feature's cancellation: checks the event has not started and promotes the waitlist.
        next = cancelRegistration(ctx, user, row.id)
      } else {
        next = transition(ctx, kind, row.id, 'withdrawn', 'applicant', { note: note.value || undefined }) as ApplicationRowOf<typeof kind>
      }
      const detail: ApplicationDetail = detailOf(ctx, kind, next)
      return { body: detail }
    },
  },

  'GET /api/me/notifications': (req, ctx) => {
    const { user } = authed(req)
    const r = new QueryReader(req.query)
    const { page, pageSize } = r.pageParams()
    r.done()

    // Insertion order is creation order, which breaks ties between messages of the same second.
    const mine: { row: NotificationRow; seq: number }[] = []
    let seq = 0
    for (const row of ctx.db.notifications.values()) {
      seq++
      if (row.userId === user.id) mine.push({ row, seq })
    }
    mine.sort((a, b) => {
      const unread = (a.row.readAt === null ? 0 : 1) - (b.row.readAt === null ? 0 : 1)
      return unread || Date.parse(b.row.createdAt) - Date.parse(a.row.createdAt) || b.seq - a.seq
    })
    const start = (page - 1) * pageSize
    const body: NotificationListResponse = {
      items: mine.slice(start, start + pageSize).map((x) => toItem(x.row)),
      total: mine.length,
      page,
      pageSize,
      unreadCount: mine.reduce((n, x) => n + (x.row.readAt === null ? 1 : 0), 0),
    }
    return { body }
  },

  'GET /api/me/notifications/unread-count': (req, ctx) => {
    const { user } = authed(req)
    const body: UnreadCountResponse = { count: unreadCount(ctx, user.id) }
    return { body }
  },

  // Reading twice is harmless: the first read time is kept.
  'POST /api/me/notifications/:id/read': (req, ctx) => {
    const { user } = authed(req)
    let row = ownNotification(ctx, user.id, req.params.id)
    if (row.readAt === null) row = markRead(ctx, row, toIsoCst(ctx.now()))
    const body: ReadNotificationResponse = { notification: toItem(row), unreadCount: unreadCount(ctx, user.id) }
    return { body }
  },

  'POST /api/me/notifications/read-all': (req, ctx) => {
    const { user } = authed(req)
    const at = toIsoCst(ctx.now())
    const unread = ctx.db.notifications.filter((row) => row.userId === user.id && row.readAt === null)
    for (const row of unread) markRead(ctx, row, at)
    const body: ReadAllResponse = { updated: unread.length, unreadCount: 0 }
    return { body }
  },
} satisfies PartialRouteTable
