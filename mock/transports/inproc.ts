// The mock inside the app (mini-program and H5 demo builds): same router as the HTTP server,
// called directly, with state persisted through an injected storage (Taro storage in the app) so a
// restart keeps logins and the saved enterprise profile. No node built-ins here.

import { createMockContext, type MockContext, type MockOptions } from '../context'
import { exportState, importState } from '../db'
import { handle, isWrite, type MockRequest, type MockResponse } from '../router'

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
// WeChat storage caps a key at 1 MB: replayable results are only useful for a short while anyway.
const PERSISTED_LIMITS = { idempotency: 200, sessions: 200 }

export function createInprocTransport(options: InprocOptions = {}): InprocTransport {
  const context = createMockContext({ ...options, patentCount: options.patentCount ?? INPROC_DEFAULT_PATENTS })
  const storage = options.storage
  const key = options.storageKey ?? DEFAULT_STORAGE_KEY

  if (storage) {
    try {
      const saved = storage.get(key)
      if (saved) importState(context.db, JSON.parse(saved))
    } catch (error) {
      // A corrupt or foreign snapshot must not brick the app: start from the seed.
      context.logger.error('[mock] ignoring unreadable saved state', error)
    }
  }

  function persist(): void {
    if (!storage) return
    try {
      storage.set(key, JSON.stringify(exportState(context.db, { limits: PERSISTED_LIMITS, baseline: context.baseline })))
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
