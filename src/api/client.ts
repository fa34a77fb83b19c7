import { useSessionStore } from '@/stores/session'
import { ApiError, toApiError } from './error'
import { clearQueryCache } from './query-client'
import { getTransport, type TransportRequest } from './transport'
import type { BodyOf, IdempotentOf, ParamsOf, QueryOf, ResponseOf, RouteKey } from '@contract/routes'

export type QueryValue = string | number | boolean | undefined | null

/** A route's query object as pages build it: any parameter may be left out, null or ''. */
type QueryInput<Q> = { [P in keyof Q]?: Q[P] | null }

type ParamsPart<K extends RouteKey> = [keyof ParamsOf<K>] extends [never] ? { params?: never } : { params: ParamsOf<K> }
type QueryPart<K extends RouteKey> = [QueryOf<K>] extends [never] ? { query?: never } : { query?: QueryInput<QueryOf<K>> }
type BodyPart<K extends RouteKey> = [BodyOf<K>] extends [never] ? { body?: never } : { body: BodyOf<K> }
/** Creating writes pass one key per user intent, so a double tap or a retry creates one thing. */
type KeyPart<K extends RouteKey> = IdempotentOf<K> extends true ? { idempotencyKey?: string } : { idempotencyKey?: never }

export type RequestOptions<K extends RouteKey> = ParamsPart<K> & QueryPart<K> & BodyPart<K> & KeyPart<K>
/** Options may be left out only where the route needs neither params nor a body. */
type OptionsArg<K extends RouteKey> = [keyof ParamsOf<K>] extends [never] ? ([BodyOf<K>] extends [never] ? [RequestOptions<K>?] : [RequestOptions<K>]) : [RequestOptions<K>]

export function buildQuery(query: Record<string, QueryValue> = {}): string {
  const parts = Object.entries(query)
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
  return parts.length ? `?${parts.join('&')}` : ''
}

/** `/api/events/:id/roster` + `{ id: 'ev 1' }` → `/api/events/ev%201/roster`. */
export function fillPath(path: string, params: Record<string, string> = {}): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => encodeURIComponent(params[name]))
}

/**
 * Calls one route of the contract (`contract/routes.ts`): its params, query and body are checked at
 * compile time, and the answer has the route's response type.
 */
export async function api<K extends RouteKey>(route: K, ...[options]: OptionsArg<K>): Promise<ResponseOf<K>> {
  const space = route.indexOf(' ')
  const method = route.slice(0, space) as TransportRequest['method']
  const opts = (options ?? {}) as { params?: Record<string, string>; query?: Record<string, QueryValue>; body?: unknown; idempotencyKey?: string }
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  const token = useSessionStore.getState().token
  if (token) headers.Authorization = `Bearer ${token}`
  if (opts.idempotencyKey) headers['Idempotency-Key'] = opts.idempotencyKey

  let res
  try {
    res = await getTransport()({ method, url: fillPath(route.slice(space + 1), opts.params) + buildQuery(opts.query), headers, body: opts.body })
  } catch {
    throw new ApiError('NETWORK', 0)
  }
  if (res.status >= 200 && res.status < 300) return res.body as ResponseOf<K>
  const error = toApiError(res.status, res.body)
  // A token the server no longer knows is a signed-out session, not an error to show on every page.
  if (error.code === 'UNAUTHENTICATED' && token) {
    useSessionStore.getState().clear()
    clearQueryCache()
  }
  throw error
}

let keyCounter = 0
/** Idempotency keys only need to be unique per user intent; time + counter + randomness is plenty. */
export function newIdempotencyKey(): string {
  keyCounter += 1
  return `${Date.now().toString(36)}-${keyCounter.toString(36)}-${Math.random().toString(36).slice(2, 10)}`
}
