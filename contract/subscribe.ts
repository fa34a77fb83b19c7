// Subscribe messages (RULES.md → WeChat subscribe messages; docs/api-extensions.md).

import type { SubscribePurpose } from '@/rules/subscribe'
import type { IsoDateTime, ListResponse } from './common'

/** `POST /api/me/subscriptions` (signed in): the templates the person accepted in one requestSubscribeMessage. */
export interface SubscriptionAcceptRequest {
  /** ≤ 3 (WeChat's limit per call). */
  accepted: { templateId: string; purpose: SubscribePurpose }[]
}

export interface SubscriptionCount {
  templateId: string
  purpose: SubscribePurpose
  /** Sends still allowed: +1 per acceptance, −1 per send. */
  count: number
}

/** Answer of POST and of `GET /api/me/subscriptions`. */
export interface SubscriptionsResponse {
  items: SubscriptionCount[]
}

/** What WeChat's subscribeMessage.send would have received. */
export interface OutboxMessage {
  id: string
  userId: string
  /** The person's name as the officer console shows it. */
  userName: string
  templateId: string
  purpose: SubscribePurpose
  /** The mini-program page the message opens. */
  page: string
  data: Record<string, { value: string }>
  sentAt: IsoDateTime
  /** The in-app notification written alongside. */
  notificationId: string
}

/** `GET /api/officer/subscribe-outbox?page=&pageSize=` (officer), newest first. */
export type OutboxResponse = ListResponse<OutboxMessage>
