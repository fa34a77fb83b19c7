import { useSessionStore } from '@/stores/session'
import { ApiError, toApiError } from './error'
import { getTransport, type TransportRequest } from './transport'

export type QueryValue = string | number | boolean | undefined | null

export interface RequestOptions {
  query?: Record<string, QueryValue>
  body?: unknown
  /** Creating writes pass one key per user intent, so a double tap or a retry creates one thing. */
  idempotencyKey?: string
}

export function buildQuery(query: Record<string, QueryValue> = {}): string {
  const parts = Object.entries(query)
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
  return parts.length ? `?${parts.join('&')}` : ''
}

export async function api<T>(method: TransportRequest['method'], path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  const token = useSessionStore.getState().token
  if (token) headers.Authorization = `Bearer ${token}`
  if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey

  let res
  try {
    res = await getTransport()({ method, url: path + buildQuery(options.query), headers, body: options.body })
  } catch {
    throw new ApiError('NETWORK', 0)
  }
  if (res.status >= 200 && res.status < 300) return res.body as T
  const error = toApiError(res.status, res.body)
  // A token the server no longer knows is a signed-out session, not an error to show on every page.
  if (error.code === 'UNAUTHENTICATED' && token) useSessionStore.getState().clear()
  throw error
}

let keyCounter = 0
/** Idempotency keys only need to be unique per user intent; time + counter + randomness is plenty. */
export function newIdempotencyKey(): string {
  keyCounter += 1
  return `${Date.now().toString(36)}-${keyCounter.toString(36)}-${Math.random().toString(36).slice(2, 10)}`
}
