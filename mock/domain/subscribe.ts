// WeChat subscribe messages (RULES.md): one acceptance of a template in requestSubscribeMessage allows
// exactly one send of it to that person. The count lives here per user × template; every in-app
// notification tied to an application also "sends" the matching template while its count is positive —
// into the outbox, which holds what WeChat's subscribeMessage.send would have received.

import { statusLabel, type ApplicationKind } from '@/rules'
import { subscribeCharacterString, subscribePhrase, subscribeThing, subscribeTime, type SubscribePurpose } from '@/rules/subscribe'
import type { MockContext } from '../context'
import { newId } from '../core/ids'
import { toIsoCst } from '../core/time'
import type { NotificationRow, OutboxRow, SubscriptionRow } from '../db'

export const MAX_TEMPLATES_PER_ACCEPT = 3
/** An acceptance can be stored up (WeChat keeps them too), but not without bound. */
export const MAX_COUNT_PER_TEMPLATE = 100

function subscriptionId(userId: string, templateId: string): string {
  return `${userId}|${templateId}`
}

export function acceptTemplates(ctx: MockContext, userId: string, accepted: { templateId: string; purpose: SubscribePurpose }[]): SubscriptionRow[] {
  const at = toIsoCst(ctx.now())
  for (const a of accepted) {
    const id = subscriptionId(userId, a.templateId)
    const row = ctx.db.subscriptions.get(id)
    ctx.db.subscriptions.upsert({
      id,
      userId,
      templateId: a.templateId,
      purpose: a.purpose,
      count: Math.min(MAX_COUNT_PER_TEMPLATE, (row?.count ?? 0) + 1),
      updatedAt: at,
    })
  }
  return subscriptionsOf(ctx, userId)
}

export function subscriptionsOf(ctx: MockContext, userId: string): SubscriptionRow[] {
  return ctx.db.subscriptions.filter((s) => s.userId === userId).sort((a, b) => (a.templateId < b.templateId ? -1 : 1))
}

function purposeOf(kind: ApplicationKind): SubscribePurpose {
  return kind === 'registration' ? 'registration' : 'application'
}

/** The template's values for this notification, each cut to WeChat's limit; null when nothing to say. */
function messageFor(ctx: MockContext, n: NotificationRow): { page: string; data: OutboxRow['data'] } | null {
  if (!n.link) return null
  const { kind, id } = n.link
  const page = `packages/tracking/pages/application/index?kind=${kind}&id=${encodeURIComponent(id)}`
  if (kind === 'registration') {
    const r = ctx.db.registrations.get(id)
    const event = r ? ctx.db.events.get(r.eventId) : undefined
    if (!r || !event) return null
    return {
      page,
      data: {
        thing1: { value: subscribeThing(event.title) },
        phrase2: { value: subscribePhrase(statusLabel('registration', r.status)) },
        time3: { value: subscribeTime(event.startsAt) },
        thing4: { value: subscribeThing(n.title) },
      },
    }
  }
  const row = kind === 'licence' ? ctx.db.licenceApplications.get(id) : ctx.db.financeApplications.get(id)
  if (!row) return null
  return {
    page,
    data: {
      thing1: { value: subscribeThing(row.title) },
      phrase2: { value: subscribePhrase(statusLabel(kind, row.status as never)) },
      character_string3: { value: subscribeCharacterString(row.id) },
      time4: { value: subscribeTime(n.createdAt) },
      thing5: { value: subscribeThing(n.body) },
    },
  }
}

/** Sends the notification's template once if the person has a send left; the notification itself is already written. */
export function sendSubscribeMessage(ctx: MockContext, n: NotificationRow): OutboxRow | null {
  if (!n.link) return null
  const purpose = purposeOf(n.link.kind)
  const sub = subscriptionsOf(ctx, n.userId).find((s) => s.purpose === purpose && s.count > 0)
  if (!sub) return null
  const message = messageFor(ctx, n)
  if (!message) return null
  ctx.db.subscriptions.upsert({ ...sub, count: sub.count - 1, updatedAt: toIsoCst(ctx.now()) })
  return ctx.db.outbox.insert({
    id: newId(ctx, 'sm'),
    userId: n.userId,
    templateId: sub.templateId,
    purpose,
    page: message.page,
    data: message.data,
    sentAt: n.createdAt,
    notificationId: n.id,
  })
}
