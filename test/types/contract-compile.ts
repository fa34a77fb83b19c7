// Compile-time tests of the contract (checked by `tsc --noEmit`, never run): each `@ts-expect-error`
// line must fail to compile, or tsc reports the directive as unused. They pin that the route map in
// contract/routes.ts types both the app's client and the mock's handlers.

import { api } from '@/api/client'
import type { ResponseOf } from '@contract/routes'
import type { Handler, PartialRouteTable, RouteTable } from '@mock/core/types'

export async function clientCalls(): Promise<void> {
  // The answer has the route's response type.
  const health: ResponseOf<'GET /api/health'> = await api('GET /api/health')
  const detail = await api('GET /api/patents/:id', { params: { id: 'p000001' } })
  const title: string = detail.title
  void health
  void title

  // @ts-expect-error a route the contract does not have
  await api('GET /api/patentz')
  // @ts-expect-error a path param missing
  await api('GET /api/patents/:id')
  // @ts-expect-error a param the path does not have
  await api('GET /api/patents/:id', { params: { patentId: 'p1' } })
  // @ts-expect-error a body field of the wrong type
  await api('POST /api/needs', { body: { title: 1, description: 'x', industry: 'C38', keywords: [] } })
  // @ts-expect-error a write without its body
  await api('POST /api/checkins')
  // @ts-expect-error an idempotency key on a route that is not a creating write
  await api('POST /api/checkins', { body: { items: [] }, idempotencyKey: 'k' })
  // @ts-expect-error a query parameter the route does not take
  await api('GET /api/events', { query: { colour: 'red' } })
  // @ts-expect-error reading a field the response does not have
  void (await api('GET /api/health')).healthy
}

// A handler must answer the route's response.
export const goodHealth: Handler<'GET /api/health'> = (_req, ctx) => ({ body: { ok: true, version: ctx.version } })
// @ts-expect-error a handler answering another shape
export const badHealth: Handler<'GET /api/health'> = () => ({ body: { okay: true } })

declare const roster: Handler<'GET /api/events/:id/roster'>
declare const postNeed: Handler<'POST /api/needs'>

export const tables: PartialRouteTable[] = [
  // The same handlers, served as the contract says, compile.
  { 'GET /api/events/:id/roster': { roles: ['officer'], handler: roster }, 'POST /api/needs': { roles: ['sme'], idempotent: true, handler: postNeed } },
  // @ts-expect-error a public route must say access: 'public' (a bare handler means signed-in users only)
  { 'GET /api/health': (_req, ctx) => ({ body: { ok: true, version: ctx.version } }) },
  // @ts-expect-error an officer route must name the contract's roles
  { 'GET /api/events/:id/roster': { handler: roster } },
  // @ts-expect-error a creating write must be idempotent, as the contract says
  { 'POST /api/needs': { roles: ['sme'], handler: postNeed } },
  // @ts-expect-error a route key the contract does not have
  { 'GET /api/nope': { access: 'public', handler: () => ({ body: {} }) } },
]

// @ts-expect-error the whole table must hold every route of the contract
export const incomplete: RouteTable = { 'GET /api/health': { access: 'public', handler: goodHealth } }
