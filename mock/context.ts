// Builds the MockContext (mock/core/types.ts) once per transport; the router is stateless.

import { captureBaseline, createTables, type MockDb } from './db'
import { defaultRandom, type RandomSource } from './core/random'
import { PatentStore } from './patents/store'
import { DEFAULT_SEED, generatePatents, type PatentRecord } from './seed/patents'
import { seedDemoApplications } from './seed/applications'
import { seedEvents } from './seed/events'
import { seedUsers } from './seed/users'
import type { MockContext } from './core/types'
import { DEFAULT_OFFICER_PASSCODE } from '@/rules/auth'

export type { MockContext } from './core/types'

export const MOCK_VERSION = '0.1.0-mock'

export interface MockOptions {
  /** Seeded declarations (HTTP server default 50,000; in-process default 2,000). */
  patentCount?: number
  seed?: number
  /** Delay added to every request. */
  latencyMs?: number
  /** Probability (0–1) that a request other than /api/health fails with 500 INTERNAL. */
  failRate?: number
  random?: RandomSource
  now?: () => number
  logger?: { error(...args: unknown[]): void }
  /** MOCK_OFFICER_PASSCODE; default DEFAULT_OFFICER_PASSCODE. */
  officerPasscode?: string
}

export const MAX_PATENTS = 500000

// Patent records are immutable (counters live in the store), so contexts with the same size and
// seed — several transports in one test run — share one generated list.
let lastRecords: { count: number; seed: number; records: PatentRecord[] } | null = null

function recordsFor(count: number, seed: number): PatentRecord[] {
  if (!lastRecords || lastRecords.count !== count || lastRecords.seed !== seed) {
    lastRecords = { count, seed, records: generatePatents(count, seed) }
  }
  return lastRecords.records
}

function clamp(n: number | undefined, min: number, max: number, fallback: number): number {
  if (typeof n !== 'number' || n !== n) return fallback
  return Math.min(max, Math.max(min, n))
}

export function createMockContext(options: MockOptions = {}): MockContext {
  const patentCount = Math.floor(clamp(options.patentCount, 0, MAX_PATENTS, 2000))
  const tables = createTables()
  const db: MockDb = { ...tables, patents: new PatentStore(recordsFor(patentCount, options.seed ?? DEFAULT_SEED)) }
  seedUsers(db)
  const now = options.now ?? (() => Date.now())
  // Events before applications: seeded registrations point at seeded events.
  seedEvents(db, now())
  seedDemoApplications(db, now())
  return {
    db,
    baseline: captureBaseline(db),
    random: options.random ?? defaultRandom(),
    now,
    latencyMs: clamp(options.latencyMs, 0, 60000, 0),
    failRate: clamp(options.failRate, 0, 1, 0),
    version: MOCK_VERSION,
    logger: options.logger ?? console,
    inflight: new Map(),
    officerPasscode: options.officerPasscode || DEFAULT_OFFICER_PASSCODE,
  }
}
