// Subscribe messages: the person reports which templates they accepted; officers read the outbox.

import { own } from '@/rules/result'
import type { OutboxResponse, SubscriptionsResponse } from '@contract/subscribe'
import { SUBSCRIBE_PURPOSES, type SubscribePurpose } from '@/rules/subscribe'
import { validationFailed } from '../core/errors'
import { QueryReader } from '../core/query'
import type { PartialRouteTable } from '../core/types'
import type { OutboxRow, SubscriptionRow } from '../db'
import { acceptTemplates, MAX_TEMPLATES_PER_ACCEPT, subscriptionsOf } from '../domain/subscribe'
import { authed, isPlainObject, requireObjectBody } from './common'

const TEMPLATE_ID = /^[A-Za-z0-9_-]{1,128}$/

function counts(rows: SubscriptionRow[]): SubscriptionsResponse {
  return { items: rows.map((r) => ({ templateId: r.templateId, purpose: r.purpose, count: r.count })) }
}

export const subscribeRoutes = {
  'GET /api/me/subscriptions': (req, ctx) => {
    const { user } = authed(req)
    return { body: counts(subscriptionsOf(ctx, user.id)) }
  },

  'POST /api/me/subscriptions': (req, ctx) => {
    const { user } = authed(req)
    const body = requireObjectBody(req)
    const raw = own(body, 'accepted')
    if (!Array.isArray(raw) || raw.length === 0 || raw.length > MAX_TEMPLATES_PER_ACCEPT) {
      throw validationFailed({ accepted: `应为 1–${MAX_TEMPLATES_PER_ACCEPT} 个已同意的模板` })
    }
    const accepted: { templateId: string; purpose: SubscribePurpose }[] = []
    for (const item of raw) {
      const templateId = isPlainObject(item) ? item.templateId : undefined
      const purpose = isPlainObject(item) ? item.purpose : undefined
      if (typeof templateId !== 'string' || !TEMPLATE_ID.test(templateId)) throw validationFailed({ accepted: '模板编号格式不正确' })
      if (typeof purpose !== 'string' || (SUBSCRIBE_PURPOSES as readonly string[]).indexOf(purpose) < 0) throw validationFailed({ accepted: '不支持的订阅用途' })
      if (!accepted.some((a) => a.templateId === templateId)) accepted.push({ templateId, purpose: purpose as SubscribePurpose })
    }
    return { body: counts(acceptTemplates(ctx, user.id, accepted)) }
  },

  'GET /api/officer/subscribe-outbox': {
    roles: ['officer'],
    handler: (req, ctx) => {
      const r = new QueryReader(req.query)
      const { page, pageSize } = r.pageParams(10000)
      r.done()
      const rows = ctx.db.outbox.filter(() => true).sort((a, b) => (a.sentAt < b.sentAt ? 1 : a.sentAt > b.sentAt ? -1 : a.id < b.id ? 1 : -1))
      const body: OutboxResponse = {
        items: rows.slice((page - 1) * pageSize, page * pageSize).map((o) => ({
          id: o.id,
          userId: o.userId,
          userName: ctx.db.users.get(o.userId)?.name ?? '',
          templateId: o.templateId,
          purpose: o.purpose,
          page: o.page,
          data: JSON.parse(JSON.stringify(o.data)) as OutboxRow['data'],
          sentAt: o.sentAt,
          notificationId: o.notificationId,
        })),
        total: rows.length,
        page,
        pageSize,
      }
      return { body }
    },
  },
} satisfies PartialRouteTable
