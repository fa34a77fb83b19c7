// The mock inside the app (mini-program and H5 demo builds): same router as the HTTP server,
// called directly, with state persisted through an injected storage (Taro storage in the app) so a
// restart keeps logins and the saved enterprise profile. No node built-ins here.

import { createMockContext, type MockContext, type MockOptions } from '../context'
import { exportState, importState } from '../db'
import type { Row } from '../db/table'
import { handle, IDEMPOTENCY_TTL_MS, isWrite, type MockRequest, type MockResponse } from '../router'

export interface StorageAdapter {
  get(key: string): string | null | undefined
  set(key: string, value: string): void
}

export interface InprocOptions extends MockOptions {
  storage?: StorageAdapter
  /** Storage key of the snapshot. */
  storageKey?: string
}

export interface InprocTransport {
  request(req: MockRequest): Promise<MockResponse>
  /** The live mock state (tests, dev tools). */
  readonly context: MockContext
}

export const DEFAULT_STORAGE_KEY = 'huiqi-mock-state-v1'
export const INPROC_DEFAULT_PATENTS = 2000
// WeChat storage caps a key at 1 MB. Sessions: the newest 200 (a phone has one or two users).
// Idempotency keys: those younger than 24 h, at most the newest 100 per user — per user, so one
// user's writes never push out another's (RULES.md → Idempotency).
const PERSISTED_LIMITS = { sessions: 200 }
const KEYS_PER_USER = 100

function keptIdempotency(context: MockContext): (row: Row) => boolean {
  const now = context.now()
  const perUser = new Map<string, number>()
  const keep = new Set<string>()
  const rows = context.db.idempotency.all()
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i]
    if (row.createdAtMs + IDEMPOTENCY_TTL_MS <= now) continue
    const n = perUser.get(row.userId) ?? 0
    if (n >= KEYS_PER_USER) continue
    perUser.set(row.userId, n + 1)
    keep.add(row.id)
  }
  return (row) => keep.has(row.id)
}

export function createInprocTransport(options: InprocOptions = {}): InprocTransport {
  const context = createMockContext({ ...options, patentCount: options.patentCount ?? INPROC_DEFAULT_PATENTS })
  const storage = options.storage
  const key = options.storageKey ?? DEFAULT_STORAGE_KEY

  if (storage) {
    try {
      const saved = storage.get(key)
      if (saved) importState(context.db, JSON.parse(saved))
    } catch (error) {
      // A corrupt or foreign snapshot must not brick the app: start from the seed (rows are validated
      // before any is loaded, so nothing of a bad snapshot is half-applied). The reason, not the content.
      context.logger.error('[mock] 已忽略无法读取的本地模拟数据：' + (error instanceof Error ? error.message : '格式不正确'))
    }
  }

  function persist(): void {
    if (!storage) return
    try {
      const keep = { idempotency: keptIdempotency(context) }
      storage.set(key, JSON.stringify(exportState(context.db, { limits: PERSISTED_LIMITS, baseline: context.baseline, keep })))
    } catch (error) {
      context.logger.error('[mock] could not save state', error)
    }
  }

  return {
    context,
    async request(req) {
      const res = await handle(req, context)
      if (isWrite(req.method) && res.status >= 200 && res.status < 300) persist()
      // A JSON round trip, as over the wire: the app never shares objects with the mock's state.
      return {
        status: res.status,
        body: res.body === undefined ? null : JSON.parse(JSON.stringify(res.body)),
        ...(res.headers ? { headers: { ...res.headers } } : {}),
      }
    },
  }
}
