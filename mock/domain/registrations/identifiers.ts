// What a new or newly seated registration is given: its sign-up order and its ticket code.

import type { MockContext } from '../../context'
import { randomToken } from '../../core/random'
import type { MockDb } from '../../db'

/**
 * 16 random bytes → 22 base64url chars (128 bits): unguessable, URL-safe and short enough for a
 * mini-program QR `scene` (≤ 32). Unique across the table's `ticket` index.
 */
export function newTicketCode(ctx: Pick<MockContext, 'db' | 'random'>): string {
  for (;;) {
    const code = randomToken(ctx.random, 16)
    if (!ctx.db.registrations.findBy('ticket', code)) return code
  }
}

const seqCache = new WeakMap<MockDb, { size: number; max: number }>()

/**
 * Sign-up order, global and increasing, computed from the table so it survives snapshots. The
 * table's largest seq is found once per table size: every new registration comes through here, so
 * between two calls the size grows by one and max + 1 holds.
 */
export function nextSeq(db: MockDb): number {
  const known = seqCache.get(db)
  let max = 0
  if (known && known.size === db.registrations.size) max = known.max
  else for (const r of db.registrations.values()) if (r.seq > max) max = r.seq
  const next = max + 1
  seqCache.set(db, { size: db.registrations.size + 1, max: next })
  return next
}
