// One router for every transport (in-process for the mini-program/H5 demo, node:http for the
// server): route table lookup plus the cross-cutting rules of API.md — body size, JSON, auth,
// roles, idempotency, the error envelope, and injected latency/failures.

import { MAX_BODY_BYTES, utf8ByteLength } from '@/rules'
import { errorBody, MockHttpError, validationFailed } from './core/errors'
import { parseQueryString, splitUrl } from './core/query'
import type { AnyRouteSpec, AnyRouteTable, HandlerResult, MockContext, MockRequest, MockResponse, ParsedRequest } from './core/types'
import type { IdempotencyRow, UserRow } from './db'
import { defaultRoutes } from './handlers'
import { runDueJobs } from './domain/reminders'

export type { AnyRouteTable, Handler, HandlerResult, MockContext, MockRequest, MockResponse, ParsedRequest, RouteSpec, RouteTable } from './core/types'

export const IDEMPOTENCY_TTL_MS = 24 * 3600 * 1000
const INJECTED_FAILURE_MESSAGE = '服务暂时不可用，请稍后重试'

interface CompiledRoute {
  method: string
  segments: string[]
  /** Literal segments count more than params, so `/api/me/applications` beats `/api/me/:x`. */
  specificity: number
  spec: AnyRouteSpec
}

function compile(routes: AnyRouteTable): CompiledRoute[] {
  const out: CompiledRoute[] = []
  for (const key of Object.keys(routes)) {
    const space = key.indexOf(' ')
    if (space < 0) throw new Error(`route key needs "METHOD /path": ${key}`)
    const method = key.slice(0, space).toUpperCase()
    const segments = key.slice(space + 1).split('/').filter(Boolean)
    const value = routes[key]
    const spec: AnyRouteSpec = typeof value === 'function' ? { handler: value } : value
    let specificity = 0
    for (const s of segments) specificity = specificity * 2 + (s.charAt(0) === ':' ? 0 : 1)
    out.push({ method, segments, specificity, spec })
  }
  return out.sort((a, b) => b.segments.length - a.segments.length || b.specificity - a.specificity)
}

function matchPath(route: CompiledRoute, segments: string[]): Record<string, string> | null {
  if (route.segments.length !== segments.length) return null
  const params: Record<string, string> = Object.create(null)
  for (let i = 0; i < segments.length; i++) {
    const pattern = route.segments[i]
    if (pattern.charAt(0) === ':') params[pattern.slice(1)] = segments[i]
    else if (pattern !== segments[i]) return null
  }
  return params
}

function lowerCaseHeaders(headers: MockRequest['headers'] | undefined): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = Object.create(null)
  if (!headers) return out
  for (const name of Object.keys(headers)) out[name.toLowerCase()] = headers[name]
  return out
}

/** Early exits on length: every UTF-16 unit is 1–3 UTF-8 bytes (a surrogate pair is 4 for 2). */
function bodyTooLarge(body: string): boolean {
  if (body.length > MAX_BODY_BYTES) return true
  if (body.length * 3 <= MAX_BODY_BYTES) return false
  return utf8ByteLength(body) > MAX_BODY_BYTES
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

function bearerToken(headers: Record<string, string | undefined>): string | null {
  const value = headers['authorization']
  if (!value) return null
  const match = /^Bearer\s+(\S+)\s*$/i.exec(value)
  return match ? match[1] : null
}

function userForToken(ctx: MockContext, token: string | null): UserRow | null {
  if (!token) return null
  const session = ctx.db.sessions.get(token)
  if (!session) return null
  if (session.expiresAtMs <= ctx.now()) {
    ctx.db.sessions.delete(token)
    return null
  }
  return ctx.db.users.get(session.userId) ?? null
}

function parseJsonBody(raw: string | undefined): unknown {
  if (raw === undefined || raw === null || raw.trim() === '') return undefined
  try {
    return JSON.parse(raw)
  } catch {
    throw validationFailed({ _: '请求体不是有效的 JSON' }, '请求体不是有效的 JSON')
  }
}

function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T)
}

function toResponse(result: HandlerResult): MockResponse {
  const res: MockResponse = { status: result.status ?? 200, body: result.body }
  if (result.headers) res.headers = result.headers
  return res
}

export function errorResponse(error: unknown, ctx: Pick<MockContext, 'logger'>): MockResponse {
  if (error instanceof MockHttpError) {
    return { status: error.status, body: errorBody(error.code, error.message, error.fields, error.problems) }
  }
  ctx.logger.error('[mock] unhandled error', error)
  return { status: 500, body: errorBody('INTERNAL', '服务器内部错误，请稍后重试') }
}

function isValidIdempotencyKey(key: string): boolean {
  return key.length >= 1 && key.length <= 200 && /^[\x21-\x7e]+$/.test(key)
}

const NOT_SAVED_MESSAGE = '数据未能保存，本次操作未生效，请稍后重试'

/**
 * Keys live 24 hours for every user alike (RULES.md → Idempotency): no cap that one user's traffic
 * could fill. Insertion order is creation order, so expired rows are always at the front and each
 * call removes only what has expired — O(1) amortised.
 */
function pruneIdempotency(ctx: MockContext): void {
  const now = ctx.now()
  for (const row of ctx.db.idempotency.values()) {
    if (row.createdAtMs + IDEMPOTENCY_TTL_MS > now) break
    ctx.db.idempotency.delete(row.id)
  }
}

/**
 * Runs the handler and, with write-ahead persistence on, waits until the rows it changed are on disk.
 * Handlers are synchronous between reading and writing state, so the changes numbered while the
 * call runs are this request's own; a handler that returns a promise is covered up to its end.
 */
async function runDurably<T>(ctx: MockContext, work: () => T | Promise<T>): Promise<T> {
  const durability = ctx.durability
  if (!durability) {
    runDueJobs(ctx)
    return work()
  }
  const from = durability.mark()
  let result: T
  try {
    // Offers that lapsed and reminders that fell due since the last request (issue 18), journalled with it.
    runDueJobs(ctx)
    const value = work()
    result = value instanceof Promise ? await value : value
  } catch (error) {
    // A refused request may still have changed rows before it threw: those are journalled too.
    const to = durability.mark()
    if (to > from) await durability.commit(from, to).catch(() => undefined)
    throw error
  }
  const to = durability.mark()
  if (to > from) {
    try {
      await durability.commit(from, to)
    } catch {
      throw new MockHttpError('INTERNAL', NOT_SAVED_MESSAGE)
    }
  }
  return result
}

async function runIdempotent(
  spec: AnyRouteSpec,
  req: ParsedRequest,
  ctx: MockContext,
): Promise<MockResponse> {
  const rawKey = req.headers['idempotency-key']
  if (!spec.idempotent || rawKey === undefined || !req.user) return runDurably(ctx, async () => toResponse(await spec.handler(req, ctx)))
  const key = rawKey.trim()
  if (!isValidIdempotencyKey(key)) {
    throw validationFailed({ 'Idempotency-Key': '幂等键应为1–200个可见ASCII字符' })
  }
  // Scoped to user and endpoint: the same key from another user, or on another resource, is unrelated.
  const scope = `${req.user.id} ${req.method} ${req.path} ${key}`
  const stored = ctx.db.idempotency.get(scope)
  if (stored && stored.createdAtMs + IDEMPOTENCY_TTL_MS > ctx.now()) {
    const body = clone(stored.body)
    return { status: stored.status, body: spec.replay ? spec.replay(body, ctx) : body, headers: { ...(stored.headers ?? {}), 'idempotent-replayed': 'true' } }
  }
  const running = ctx.inflight.get(scope)
  if (running) {
    const first = await running
    const body = clone(first.body)
    return { ...first, body: spec.replay ? spec.replay(body, ctx) : body, headers: { ...(first.headers ?? {}), 'idempotent-replayed': 'true' } }
  }
  const user = req.user
  // The stored key is part of the same durable write as the result it replays: both or neither.
  const promise = runDurably(ctx, async () => {
    const res = toResponse(await spec.handler(req, ctx))
    // Only successes are remembered: a 400 fixed by the user and retried with the same key must run.
    if (res.status >= 200 && res.status < 300) {
      const row: IdempotencyRow = {
        id: scope,
        userId: user.id,
        key,
        method: req.method,
        path: req.path,
        status: res.status,
        body: clone(res.body),
        createdAtMs: ctx.now(),
      }
      if (res.headers) row.headers = res.headers
      pruneIdempotency(ctx)
      ctx.db.idempotency.upsert(row)
    }
    return res
  })
  ctx.inflight.set(scope, promise)
  try {
    return await promise
  } finally {
    ctx.inflight.delete(scope)
  }
}

export type Router = (req: MockRequest, ctx: MockContext) => Promise<MockResponse>

export function createRouter(routes: AnyRouteTable): Router {
  const compiled = compile(routes)

  async function dispatch(req: MockRequest, ctx: MockContext): Promise<MockResponse> {
    const method = (req.method || 'GET').toUpperCase()
    const headers = lowerCaseHeaders(req.headers)
    if (typeof req.body === 'string' && bodyTooLarge(req.body)) throw new MockHttpError('PAYLOAD_TOO_LARGE')

    const { path: rawPath, queryString } = splitUrl(req.url || '/')
    let segments: string[]
    try {
      segments = rawPath.split('/').filter(Boolean).map((s) => decodeURIComponent(s))
    } catch {
      throw new MockHttpError('NOT_FOUND', '接口不存在')
    }
    const path = '/' + rawPath.split('/').filter(Boolean).join('/')

    let route: CompiledRoute | null = null
    let params: Record<string, string> | null = null
    // HEAD is GET without the body (node:http drops it): same route, same status and headers.
    const routeMethod = method === 'HEAD' ? 'GET' : method
    for (const candidate of compiled) {
      if (candidate.method !== routeMethod) continue
      params = matchPath(candidate, segments)
      if (params) {
        route = candidate
        break
      }
    }
    if (!route || !params) throw new MockHttpError('NOT_FOUND', '接口不存在')
    const spec = route.spec

    if (!spec.noFault) {
      if (ctx.latencyMs > 0) await sleep(ctx.latencyMs)
      // `x-mock-fail: 1` forces the injected failure for one request (tests, demos of the error UI).
      if (headers['x-mock-fail'] === '1' || (ctx.failRate > 0 && ctx.random.float() < ctx.failRate)) {
        throw new MockHttpError('INTERNAL', INJECTED_FAILURE_MESSAGE)
      }
    }

    const token = bearerToken(headers)
    const user = userForToken(ctx, token)
    if ((spec.access ?? 'user') === 'user') {
      if (!user) throw new MockHttpError('UNAUTHENTICATED', token ? '登录已失效，请重新登录' : '请先登录')
      if (spec.roles && spec.roles.indexOf(user.role) < 0) {
        throw new MockHttpError('FORBIDDEN', spec.roles.length === 1 && spec.roles[0] === 'officer' ? '该功能仅限工作人员使用' : '当前账号无权进行此操作')
      }
    }

    const { first, all } = parseQueryString(queryString)
    const parsed: ParsedRequest = {
      method,
      path,
      query: first,
      queryAll: all,
      params,
      headers,
      body: method === 'GET' || method === 'HEAD' ? undefined : parseJsonBody(req.body),
      user,
      token: user ? token : null,
    }
    return runIdempotent(spec, parsed, ctx)
  }

  return async function route(req: MockRequest, ctx: MockContext): Promise<MockResponse> {
    try {
      return await dispatch(req, ctx)
    } catch (error) {
      return errorResponse(error, ctx)
    }
  }
}

/** The mock backend: every route of API.md implemented so far. */
export const handle: Router = createRouter(defaultRoutes)

/** Requests whose success may have changed state worth persisting. */
export function isWrite(method: string): boolean {
  const m = method.toUpperCase()
  return m !== 'GET' && m !== 'HEAD' && m !== 'OPTIONS'
}
