// Attendee reminders (issue 18, point 5): one day and two hours before the start, to every
// registration holding a seat, in-app and — through notify → the subscribe-message outbox — as a
// WeChat subscribe message where the attendee's acceptance allows one. Lazy like the waitlist
// offers: `runDueJobs` runs before each request, so the mock needs no timers and tests drive it
// with an injected clock.

import type { MockContext } from '../context'
import { toIsoCst } from '../core/time'
import type { RegistrationRow } from '../db'
import { notify } from './notify'
import { sweepOffers } from './registrations/offers'

export const REMIND_DAY_MS = 24 * 3600 * 1000
export const REMIND_SOON_MS = 2 * 3600 * 1000

/** `2026-05-20T09:00:00+08:00` → `05-20 09:00`. */
function shortTime(iso: string): string {
  return iso.slice(5, 16).replace('T', ' ')
}

export function sendDueReminders(ctx: MockContext): number {
  let sent = 0
  for (const r of ctx.db.registrations.filter((r) => r.status === 'confirmed' && !r.remindedSoonAt)) if (remindIfDue(ctx, r)) sent++
  return sent
}

/**
 * The reminder this registration is due now, if any; true when one went out. Called by the sweep,
 * and at once for a new sign-up, so someone who signs up two hours before the start is told right away.
 */
export function remindIfDue(ctx: MockContext, r: RegistrationRow): boolean {
  if (r.status !== 'confirmed' || r.remindedSoonAt) return false
  const event = ctx.db.events.get(r.eventId)
  if (!event || event.cancelledAt) return false
  const now = ctx.now()
  const start = Date.parse(event.startsAt)
  if (now >= start) return false
  const soon = now >= start - REMIND_SOON_MS
  if (!soon && (now < start - REMIND_DAY_MS || r.remindedDayAt)) return false
  const at = toIsoCst(now)
  // Signed up within the last two hours: only the nearer reminder, never both at once.
  const next: RegistrationRow = soon ? { ...r, remindedSoonAt: at, remindedDayAt: r.remindedDayAt ?? at } : { ...r, remindedDayAt: at }
  ctx.db.registrations.replace(next)
  notify(ctx, r.userId, {
    type: 'status',
    title: soon ? '活动 2 小时后开始' : '活动明天开始',
    body: `「${event.title}」将于 ${shortTime(event.startsAt)} 在 ${event.venue} 开始，请携带电子票（动态二维码）按时签到。`,
    link: { kind: 'registration', id: r.id },
  })
  return true
}

/**
 * Everything that happens because time passed: lapsed offers move on, reminders go out. Runs before
 * every request (one pass over the registrations), so what fell due is there on the very next answer.
 */
export function runDueJobs(ctx: MockContext): void {
  // Both sweeps pass over every registration: once per second of the mock's clock is on time for
  // deadlines counted in hours, and keeps an event day's reads from paying for it (bench:load fell
  // to a fifth of its read rate at 3,000 stored sign-ups when they ran before every request).
  const now = ctx.now()
  const last = lastDueRun.get(ctx)
  if (last !== undefined && now >= last && now - last < DUE_JOBS_EVERY_MS) return
  lastDueRun.set(ctx, now)
  sweepOffers(ctx)
  sendDueReminders(ctx)
}

const DUE_JOBS_EVERY_MS = 1000
const lastDueRun = new WeakMap<MockContext, number>()
