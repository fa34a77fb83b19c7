// Shapes shared by the router, handlers and transports. No Fetch Request/Response: the
// mini-program has neither, so handlers are plain functions over these.

import type { Role } from '@/api/types'
import type { MockContext } from '../context'
import type { UserRow } from '../db'
import type { QueryAllMap, QueryMap } from './query'

export interface MockRequest {
  method: string
  /** Path plus query string, e.g. `/api/patents?type=invention`. */
  url: string
  /** Lower-case names. */
  headers: Record<string, string | undefined>
  /** Raw body text. */
  body?: string
}

export interface MockResponse {
  status: number
  /** A JSON value (or a string when `headers['content-type']` says otherwise). */
  body: unknown
  headers?: Record<string, string>
}

export interface ParsedRequest {
  method: string
  path: string
  /** First value of each query parameter (prototype-free map). */
  query: QueryMap
  /** Every value of each query parameter. */
  queryAll: QueryAllMap
  /** Decoded `:name` segments of the route. */
  params: Record<string, string>
  headers: Record<string, string | undefined>
  /** Parsed JSON body; undefined when there was none. */
  body: unknown
  /** The signed-in user, null on public routes without a (valid) token. */
  user: UserRow | null
  token: string | null
}

export interface HandlerResult {
  /** Defaults to 200. */
  status?: number
  body: unknown
  headers?: Record<string, string>
}

export type Handler = (req: ParsedRequest, ctx: MockContext) => HandlerResult | Promise<HandlerResult>

/** Handlers on routes that require a user get a non-null `user`. */
export type AuthedRequest = ParsedRequest & { user: UserRow; token: string }

export interface RouteSpec {
  /**
   * `user` (default): valid bearer token required, else 401.
   * `public`: no token needed; a valid one still sets `user` (a stale one is ignored).
   */
  access?: 'public' | 'user'
  /** Allowed roles (403 otherwise); any signed-in role when absent. */
  roles?: readonly Role[]
  /** A creating write: honours Idempotency-Key (same user + key + endpoint → first result replayed). */
  idempotent?: boolean
  /** Adjusts a replayed first result to what may still be shown now (e.g. no ticket code once cancelled). */
  replay?: (body: unknown, ctx: MockContext) => unknown
  /** Exempt from latency/failure injection (health checks must stay truthful). */
  noFault?: boolean
  handler: Handler
}

/** `'GET /api/patents/:id'` → handler or spec. A bare handler means `{ access: 'user' }`. */
export type RouteTable = Record<string, Handler | RouteSpec>

/**
 * Write-ahead persistence (the HTTP mock with MOCK_DATA_FILE): every row change is numbered as it
 * happens; a write is acknowledged only once its changes are on disk.
 */
export interface Durability {
  /** How many row changes have been made so far. */
  mark(): number
  /**
   * Resolves once changes (from, to] are durable. Rejects when they could not be written — they have
   * then been taken back in memory, so the caller answers 500 and nothing it did remains.
   */
  commit(from: number, to: number): Promise<void>
}
