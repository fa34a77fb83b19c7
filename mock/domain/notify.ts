// Every message a user receives goes through here: status changes, waitlist promotion, officer notices.

import type { MockContext } from '../context'
import { toIsoCst } from '../core/time'
import { newId } from '../core/ids'
import type { NotificationRow } from '../db'
import { sendSubscribeMessage } from './subscribe'

export function notify(ctx: MockContext, userId: string, message: Pick<NotificationRow, 'type' | 'title' | 'body' | 'link' | 'by'>): NotificationRow {
  const row: NotificationRow = {
    id: newId(ctx, 'n'),
    userId,
    type: message.type,
    title: message.title,
    body: message.body,
    link: message.link,
    createdAt: toIsoCst(ctx.now()),
    readAt: null,
  }
  if (message.by) row.by = message.by
  const stored = ctx.db.notifications.insert(row)
  // The in-app message always goes out; the WeChat one only while the person has a send left.
  sendSubscribeMessage(ctx, stored)
  return stored
}
