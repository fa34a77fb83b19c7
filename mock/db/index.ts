// The mock's mutable state: small tables plus the patent counters. Everything here round-trips
// through plain JSON (exportState/importState) so the in-process mock survives a mini-program
// restart and the HTTP mock can persist to MOCK_DATA_FILE.

import type { EnterpriseProfile, Role } from '@/api/types'
import type { PatentStore } from '../patents/store'
import { Table, type Row } from './table'

export interface UserRow extends Row {
  role: Role
  name: string
  createdAt: string
  /** What Taro.login returned; like an openid, one user per (role, code). Absent for demo users. */
  loginCode?: string
  /** Seeded demo user of its role (login without code). */
  demo?: boolean
}

export interface SessionRow extends Row {
  /** The bearer token itself. */
  id: string
  userId: string
  createdAtMs: number
  expiresAtMs: number
}

/** One verified profile per user; `id` is the user id. */
export interface EnterpriseRow extends Row, EnterpriseProfile {
  updatedAt: string
}

/** First result of a creating write, replayed for the same user + Idempotency-Key + endpoint. */
export interface IdempotencyRow extends Row {
  userId: string
  key: string
  method: string
  path: string
  status: number
  body: unknown
  headers?: Record<string, string>
  createdAtMs: number
}

export interface MockDb {
  users: Table<UserRow>
  sessions: Table<SessionRow>
  enterprises: Table<EnterpriseRow>
  idempotency: Table<IdempotencyRow>
  patents: PatentStore
}

export function createTables(): Omit<MockDb, 'patents'> {
  return {
    users: new Table<UserRow>('users').addIndex('login', (u) => (u.loginCode === undefined ? undefined : `${u.role}:${u.loginCode}`)),
    sessions: new Table<SessionRow>('sessions'),
    enterprises: new Table<EnterpriseRow>('enterprises'),
    idempotency: new Table<IdempotencyRow>('idempotency'),
  }
}

export const STATE_SCHEMA = 1

export interface MockState {
  schema: number
  /** Rows per table name; seeded rows are included, so a snapshot is complete on its own. */
  tables: Record<string, Row[]>
  /** `{ patentId: [views, applications] }` for rows whose counters moved. */
  patentStats: Record<string, [number, number]>
}

function tablesOf(db: MockDb): Table<Row>[] {
  const out: Table<Row>[] = []
  for (const key of Object.keys(db) as (keyof MockDb)[]) {
    const value = db[key]
    if (value instanceof Table) out.push(value as unknown as Table<Row>)
  }
  return out
}

export interface ExportOptions {
  /** Keep only the newest N rows of a table (insertion order), e.g. `{ idempotency: 200 }` to fit a 1 MB storage key. */
  limits?: Record<string, number>
}

export function exportState(db: MockDb, options: ExportOptions = {}): MockState {
  const tables: Record<string, Row[]> = {}
  for (const table of tablesOf(db)) {
    const rows = table.dump()
    const limit = options.limits?.[table.name]
    tables[table.name] = limit !== undefined && rows.length > limit ? rows.slice(rows.length - limit) : rows
  }
  return { schema: STATE_SCHEMA, tables, patentStats: db.patents.exportStats() }
}

/**
 * Loads a snapshot over a freshly seeded db. Rows merge by id (the snapshot wins), so seed rows added
 * by a newer version of the mock survive an older snapshot. Returns false (and changes nothing)
 * for an unknown schema or a value that is not a snapshot.
 */
export function importState(db: MockDb, state: unknown): boolean {
  if (!state || typeof state !== 'object') return false
  const s = state as Partial<MockState>
  if (s.schema !== STATE_SCHEMA || !s.tables || typeof s.tables !== 'object') return false
  for (const table of tablesOf(db)) {
    const rows = s.tables[table.name]
    if (Array.isArray(rows)) table.load(rows)
  }
  db.patents.importStats(s.patentStats)
  return true
}
