// The mock's mutable state: small tables plus the patent counters. Everything here round-trips
// through plain JSON (exportState/importState) so the in-process mock survives a mini-program
// restart and the HTTP mock can persist to MOCK_DATA_FILE.

import type { EnterpriseProfile, Role } from '@contract/common'
import type { ApplicationKind, FinanceStatus, LicenceStatus, RegistrationStatus } from '@/rules'
import { isPlainObject } from '@/rules/result'
import type { PatentStore } from '../patents/store'
import { Table, type Row } from './table'
import { validateRow } from './validate'

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

// ---- Applications: three kinds, one shape for tracking (我的申请), timelines and officer moves ----

/** Who made a move: the officer's user id and display name (API.md → every officer action). */
export interface ActorRef {
  userId: string
  name: string
}

export interface TimelineEntry {
  status: string
  at: string
  note: string
  /** Set on every entry an officer caused. */
  by?: ActorRef
}

interface ApplicationRowBase extends Row {
  userId: string
  /** What 我的申请 shows: the patent's, event's or product's name. */
  title: string
  createdAt: string
  updatedAt: string
  /** Every status the item has had, oldest first; the first entry is its creation. */
  timeline: TimelineEntry[]
}

/** 开放许可实施通知 (专利法第五十一条). */
export interface LicenceApplicationRow extends ApplicationRowBase {
  status: LicenceStatus
  patentId: string
  patentNo: string
  enterprise: { name: string; uscc: string; contactName: string; phone: string }
  intendedUse: string
  /** `YYYY-MM-DD`. */
  expectedStart: string
  licensedAt?: string
  /** licensedAt + 3 months: 备案 deadline. */
  filingDeadline?: string
}

export interface FinancingNeed {
  amountFen: number
  termMonths: number
  purpose: string
  patentIds: string[]
}

export interface RegistrationRow extends ApplicationRowBase {
  status: RegistrationStatus
  eventId: string
  attendeeName: string
  phone: string
  enterprise: { name: string; uscc: string }
  financingNeed?: FinancingNeed
  /** Monotonic sign-up order: waitlist promotion takes the lowest. */
  seq: number
  /** Set once confirmed (opaque, ≥ 96 bits, URL-safe, ≤ 32 chars). */
  ticketCode?: string
  checkedInAt?: string
  checkedInDeviceId?: string
  /** Waitlisted with a seat held until then (events with `waitlistOfferHours`, issue 18). */
  offerExpiresAt?: string
  /** An offer that lapsed unanswered: still waitlisted, not offered again. */
  offerLapsedAt?: string
  /** Reminders sent (issue 18): one day and two hours before the start. */
  remindedDayAt?: string
  remindedSoonAt?: string
}

export interface FinanceApplicationRow extends ApplicationRowBase {
  status: FinanceStatus
  enterprise: { name: string; uscc: string; contactName: string; phone: string }
  amountFen: number
  termMonths: number
  purpose: string
  productId?: string
  patentIds: string[]
}

export type ApplicationRowOf<K extends ApplicationKind> = K extends 'licence'
  ? LicenceApplicationRow
  : K extends 'registration'
    ? RegistrationRow
    : FinanceApplicationRow

// ---- Events (对接活动 / 入园惠企) ----

export interface AgendaItem {
  time: string
  title: string
  speaker?: string
}

export interface EventRow extends Row {
  kind: 'matchmaking' | 'financing'
  title: string
  organizer: string
  venue: string
  city: string
  startsAt: string
  endsAt: string
  signupOpensAt: string
  signupClosesAt: string
  capacity: number
  requiresApproval: boolean
  /** When false a full event answers 409 EVENT_FULL instead of waitlisting. */
  waitlistEnabled: boolean
  description: string
  agenda: AgendaItem[]
  /** Participating banks (financing sessions). */
  banks?: string[]
  /** Industry codes (rules catalog) the event serves; needs matching suggests events by these. */
  industries: string[]
  /** Hours a freed seat is held for the next waitlisted registration (1–72); absent: promoted at once (API.md). */
  waitlistOfferHours?: number
  /** Called off by the organiser (issue 18): nobody signs up or checks in; registrations cancelled. */
  cancelledAt?: string
  cancelReason?: string
  createdBy?: string
  createdAt: string
  updatedAt: string
}

// ---- Everything else users keep ----

export interface NeedRow extends Row {
  userId: string
  title: string
  description: string
  industry: string
  strategicIndustry?: string
  budgetFen?: number
  keywords: string[]
  createdAt: string
}

/** `id` is `${userId}:${patentId}`. */
export interface FavouriteRow extends Row {
  userId: string
  patentId: string
  createdAt: string
}

export interface NotificationRow extends Row {
  userId: string
  /** status: an application moved; waitlist: promoted from the waitlist; notice: written by an officer. */
  type: 'status' | 'waitlist' | 'notice'
  title: string
  /** Plain text, shown as text — never as HTML. */
  body: string
  createdAt: string
  readAt: string | null
  link?: { kind: ApplicationKind; id: string }
  /** The officer who wrote a notice. */
  by?: ActorRef
}

/** One accepted check-in scan, keyed by `${deviceId}:${ticketCode}:${scannedAt}` so a replayed batch is a no-op. */
export interface CheckinRow extends Row {
  ticketCode: string
  eventId: string
  registrationId: string | null
  scannedAt: string
  deviceId: string
  result: 'ok' | 'duplicate' | 'unknown' | 'wrong_event' | 'not_confirmed' | 'outside_window' | 'stale_qr'
  receivedAt: string
  by?: ActorRef
}

/** Sends left per user × template (RULES.md: one acceptance, one send). id = `${userId}|${templateId}`. */
export interface SubscriptionRow extends Row {
  userId: string
  templateId: string
  purpose: 'registration' | 'application'
  count: number
  updatedAt: string
}

/** What WeChat's subscribeMessage.send would have received (the mock sends nothing out). */
export interface OutboxRow extends Row {
  userId: string
  templateId: string
  purpose: 'registration' | 'application'
  page: string
  data: Record<string, { value: string }>
  sentAt: string
  notificationId: string
}

export interface MockDb {
  users: Table<UserRow>
  sessions: Table<SessionRow>
  enterprises: Table<EnterpriseRow>
  idempotency: Table<IdempotencyRow>
  licenceApplications: Table<LicenceApplicationRow>
  registrations: Table<RegistrationRow>
  financeApplications: Table<FinanceApplicationRow>
  events: Table<EventRow>
  needs: Table<NeedRow>
  favourites: Table<FavouriteRow>
  notifications: Table<NotificationRow>
  checkins: Table<CheckinRow>
  subscriptions: Table<SubscriptionRow>
  outbox: Table<OutboxRow>
  patents: PatentStore
}

export function createTables(): Omit<MockDb, 'patents'> {
  return {
    users: new Table<UserRow>('users').addIndex('login', (u) => (u.loginCode === undefined ? undefined : `${u.role}:${u.loginCode}`)),
    sessions: new Table<SessionRow>('sessions'),
    enterprises: new Table<EnterpriseRow>('enterprises'),
    idempotency: new Table<IdempotencyRow>('idempotency'),
    licenceApplications: new Table<LicenceApplicationRow>('licenceApplications'),
    registrations: new Table<RegistrationRow>('registrations').addIndex('ticket', (r) => r.ticketCode).addGroupIndex('event', (r) => r.eventId),
    financeApplications: new Table<FinanceApplicationRow>('financeApplications'),
    events: new Table<EventRow>('events'),
    needs: new Table<NeedRow>('needs'),
    favourites: new Table<FavouriteRow>('favourites'),
    notifications: new Table<NotificationRow>('notifications'),
    checkins: new Table<CheckinRow>('checkins'),
    subscriptions: new Table<SubscriptionRow>('subscriptions'),
    outbox: new Table<OutboxRow>('outbox'),
  }
}

export const STATE_SCHEMA = 1

export interface MockState {
  schema: number
  /** Rows per table name; seeded rows are included, so a snapshot is complete on its own. */
  tables: Record<string, Row[]>
  /** `{ patentId: [views, applications] }` for rows whose counters moved. */
  patentStats: Record<string, [number, number]>
  /** Seeded rows since deleted, per table name (a logout of a seeded session, an unfavourite…). */
  deleted?: Record<string, string[]>
}

export function tablesOf(db: Pick<MockDb, keyof MockDb> | Omit<MockDb, 'patents'>): Table<Row>[] {
  const out: Table<Row>[] = []
  for (const key of Object.keys(db)) {
    const value = (db as Record<string, unknown>)[key]
    if (value instanceof Table) out.push(value as unknown as Table<Row>)
  }
  return out
}

export interface ExportOptions {
  /** Keep only the newest N rows of a table (insertion order), e.g. `{ idempotency: 200 }` to fit a 1 MB storage key. */
  limits?: Record<string, number>
  /** Leave out rows still exactly as seeded (see `captureBaseline`). */
  baseline?: SeedBaseline
  /** Per table: rows to keep (after `limits`), e.g. leave out expired idempotency keys. */
  keep?: Record<string, (row: Row) => boolean>
}

/** The JSON of every row right after seeding, per table name → row id. */
export type SeedBaseline = Map<string, Map<string, string>>

/**
 * Seeded rows are generated relative to the clock at start-up (events are always upcoming). A
 * snapshot that carried them unchanged would pin last week's dates on the next start, and fill
 * most of WeChat's 1 MB storage key; so snapshots keep only what users and officers changed.
 */
export function captureBaseline(db: MockDb): SeedBaseline {
  const baseline: SeedBaseline = new Map()
  for (const table of tablesOf(db)) {
    const rows = new Map<string, string>()
    for (const row of table.values()) rows.set(row.id, JSON.stringify(row))
    baseline.set(table.name, rows)
  }
  return baseline
}

export function exportState(db: MockDb, options: ExportOptions = {}): MockState {
  const tables: Record<string, Row[]> = {}
  let deleted: Record<string, string[]> | undefined
  for (const table of tablesOf(db)) {
    const seeded = options.baseline?.get(table.name)
    // Live rows, not copies: rows are never changed in place, and every caller serialises at once.
    const rows = seeded ? table.filter((row) => !seeded.has(row.id) || seeded.get(row.id) !== JSON.stringify(row)) : table.all()
    const limit = options.limits?.[table.name]
    tables[table.name] = limit !== undefined && rows.length > limit ? rows.slice(rows.length - limit) : rows
    const filter = options.keep?.[table.name]
    if (filter) tables[table.name] = tables[table.name].filter(filter)
    if (seeded) {
      const gone: string[] = []
      for (const id of seeded.keys()) if (!table.has(id)) gone.push(id)
      if (gone.length > 0) (deleted ??= {})[table.name] = gone
    }
  }
  const state: MockState = { schema: STATE_SCHEMA, tables, patentStats: db.patents.exportStats() }
  if (deleted) state.deleted = deleted
  return state
}

/** Why a snapshot cannot be loaded: one line naming the table and field, never a value. */
export class StateError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'StateError'
  }
}

/**
 * Checks a whole snapshot before anything is loaded: the schema, each table's rows (validated like a
 * request body, see ./validate), deleted ids and patent counters. Throws StateError naming the first
 * problem (table, row number, field); nothing of the rows' content is in the message.
 */
export function checkState(db: MockDb, state: unknown): MockState {
  if (!isPlainObject(state)) throw new StateError('不是模拟数据快照（应为 JSON 对象）')
  if (state.schema !== STATE_SCHEMA) throw new StateError(`快照版本不受支持（应为 ${STATE_SCHEMA}）`)
  if (!isPlainObject(state.tables)) throw new StateError('快照缺少 tables')
  const known = new Set(tablesOf(db).map((t) => t.name))
  for (const name of Object.keys(state.tables)) {
    if (!known.has(name)) throw new StateError(`快照含未知的表 ${name.slice(0, 40)}`)
    const rows = state.tables[name]
    if (!Array.isArray(rows)) throw new StateError(`表 ${name} 应为数组`)
    for (let i = 0; i < rows.length; i++) {
      const problem = validateRow(name, rows[i])
      if (problem) throw new StateError(`表 ${name} 第 ${i + 1} 行：${problem}`)
    }
  }
  if (state.deleted !== undefined) {
    if (!isPlainObject(state.deleted)) throw new StateError('快照的 deleted 格式不正确')
    for (const name of Object.keys(state.deleted)) {
      const ids = state.deleted[name]
      if (!known.has(name) || !Array.isArray(ids) || ids.some((id) => typeof id !== 'string')) throw new StateError('快照的 deleted 格式不正确')
    }
  }
  if (state.patentStats !== undefined) checkPatentStats(state.patentStats)
  return state as unknown as MockState
}

export function checkPatentStats(stats: unknown): void {
  if (!isPlainObject(stats)) throw new StateError('专利计数格式不正确')
  for (const id of Object.keys(stats)) {
    const v = stats[id]
    if (!Array.isArray(v) || v.length !== 2 || !v.every((n) => Number.isSafeInteger(n) && (n as number) >= 0)) {
      throw new StateError('专利计数格式不正确（应为两个非负整数）')
    }
  }
}

/**
 * Loads a snapshot over a freshly seeded db. Rows merge by id (the snapshot wins), so seed rows added
 * by a newer version of the mock survive an older snapshot. Validates everything first (checkState)
 * and throws StateError without changing anything when a row is malformed.
 */
export function importState(db: MockDb, state: unknown): true {
  const s = checkState(db, state)
  for (const table of tablesOf(db)) {
    const rows = s.tables[table.name]
    if (Array.isArray(rows)) table.load(rows)
    const gone = s.deleted?.[table.name]
    if (gone) for (const id of gone) table.delete(id)
  }
  db.patents.importStats(s.patentStats)
  return true
}
