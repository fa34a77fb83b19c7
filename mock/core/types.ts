// Shapes shared by the router, handlers and transports. No Fetch Request/Response: the
// mini-program has neither, so handlers are plain functions over these.

import type { Role } from '@contract/common'
import type { AccessOf, IdempotentOf, ParamsOf, ResponseOf, RolesOf, RouteKey } from '@contract/routes'
import type { MockDb, SeedBaseline, UserRow } from '../db'
import type { QueryAllMap, QueryMap } from './query'
import type { RandomSource } from './random'

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

export interface ParsedRequest<P extends object = Record<string, string>> {
  method: string
  path: string
  /** First value of each query parameter (prototype-free map). */
  query: QueryMap
  /** Every value of each query parameter. */
  queryAll: QueryAllMap
  /** Decoded `:name` segments of the route. */
  params: P
  headers: Record<string, string | undefined>
  /** Parsed JSON body; undefined when there was none. Untrusted: handlers validate it. */
  body: unknown
  /** The signed-in user, null on public routes without a (valid) token. */
  user: UserRow | null
  token: string | null
}

export interface HandlerResult<B = unknown> {
  /** Defaults to 200. */
  status?: number
  body: B
  headers?: Record<string, string>
}

/** A handler of route `K`: its params are the route's, and its answer must be the contract's response. */
export type Handler<K extends RouteKey> = (
  req: ParsedRequest<ParamsOf<K>>,
  ctx: MockContext,
) => HandlerResult<ResponseOf<K>> | Promise<HandlerResult<ResponseOf<K>>>

/** Handlers on routes that require a user get a non-null `user`. */
export type AuthedRequest<P extends object = Record<string, string>> = ParsedRequest<P> & { user: UserRow; token: string }

interface SpecOptions {
  /** Exempt from latency/failure injection (health checks must stay truthful). */
  noFault?: boolean
}

/**
 * How route `K` is served. What the contract says of it is required here too: a public route says
 * `access: 'public'`, a role-bound one lists the contract's roles, a creating write is `idempotent`.
 */
export type RouteSpec<K extends RouteKey> = SpecOptions &
  (AccessOf<K> extends 'public' ? { access: 'public' } : { access?: 'user' }) &
  ([RolesOf<K>] extends [never] ? { roles?: never } : { roles: readonly RolesOf<K>[] }) &
  (IdempotentOf<K> extends true
    ? {
        idempotent: true
        /** Adjusts a replayed first result to what may still be shown now (e.g. no ticket code once cancelled). */
        replay?: (body: ResponseOf<K>, ctx: MockContext) => ResponseOf<K>
      }
    : { idempotent?: never; replay?: never }) & { handler: Handler<K> }

/** A bare handler serves a route that needs a signed-in user and nothing more. */
type NeedsSpec<K extends RouteKey> = AccessOf<K> extends 'public' ? true : [RolesOf<K>] extends [never] ? (IdempotentOf<K> extends true ? true : false) : true
export type RouteImpl<K extends RouteKey> = RouteSpec<K> | (NeedsSpec<K> extends true ? never : Handler<K>)

/** The mock's whole route table: every route of the contract, each typed by it. */
export type RouteTable = { [K in RouteKey]: RouteImpl<K> }
/** One resource's share of the table. */
export type PartialRouteTable = { [K in RouteKey]?: RouteImpl<K> }

/** What the router runs, with the per-route types erased (tests also build tables of their own). */
export interface AnyRouteSpec {
  access?: 'public' | 'user'
  roles?: readonly Role[]
  idempotent?: boolean
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- erased per-route response
  replay?: (body: any, ctx: MockContext) => unknown
  noFault?: boolean
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- erased per-route params
  handler: (req: ParsedRequest<any>, ctx: MockContext) => HandlerResult | Promise<HandlerResult>
}
export type AnyRouteTable = Record<string, AnyRouteSpec | AnyRouteSpec['handler']>

/** Everything a handler needs: state, clock, randomness and the injected failure knobs. */
export interface MockContext {
  db: MockDb
  random: RandomSource
  now(): number
  latencyMs: number
  failRate: number
  version: string
  logger: { error(...args: unknown[]): void }
  /** Rows as seeded at start-up; snapshots leave out rows still equal to them. */
  baseline: SeedBaseline
  /** Creating writes in flight per idempotency scope, so a concurrent retry waits for the first. */
  inflight: Map<string, Promise<MockResponse>>
  /** Set by the HTTP transport when MOCK_DATA_FILE is on; absent in-process. */
  durability?: Durability
  /** What an officer login must present (API.md → Roles). */
  officerPasscode: string
}

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
