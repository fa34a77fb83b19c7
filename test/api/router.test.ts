/** @jest-environment node */
// The router's cross-cutting rules, called directly with test-only routes: idempotency, roles,
// thrown errors, byte counting, query parsing, token expiry and state snapshots.

import { createMockContext, type MockContext } from '@mock/context'
import { MockHttpError, validationFailed } from '@mock/core/errors'
import { parseQueryString } from '@mock/core/query'
import { base64url, randomToken, seededRandom } from '@mock/core/random'
import { exportState, importState } from '@mock/db'
import { defaultRoutes } from '@mock/handlers'
import { createRouter, handle, type MockRequest, type MockResponse, type AnyRouteTable } from '@mock/router'
import { loginBody } from './login-body'

function request(method: string, url: string, opts: { token?: string; body?: unknown; rawBody?: string; key?: string } = {}): MockRequest {
  const headers: Record<string, string | undefined> = {}
  if (opts.token) headers.authorization = `Bearer ${opts.token}`
  if (opts.key) headers['idempotency-key'] = opts.key
  const body = opts.rawBody ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body))
  return { method, url, headers, body }
}

function newContext(extra: Parameters<typeof createMockContext>[0] = {}): MockContext {
  return createMockContext({ patentCount: 20, random: seededRandom(7), logger: { error: jest.fn() }, ...extra })
}

async function login(ctx: MockContext, role: 'sme' | 'officer', code?: string): Promise<string> {
  const res = await handle(request('POST', '/api/auth/login', { body: loginBody(role, code || undefined) }), ctx)
  expect(res.status).toBe(200)
  return (res.body as { token: string }).token
}

describe('idempotency', () => {
  let created: number
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
  const routes: AnyRouteTable = {
    ...defaultRoutes,
    'POST /api/things': {
      idempotent: true,
      handler: async (req) => {
        const body = req.body as { name?: string; slow?: boolean } | undefined
        if (!body?.name) throw validationFailed({ name: '请输入名称' })
        if (body.slow) await sleep(20)
        created++
        return { status: 201, body: { thing: { id: `t${created}`, name: body.name } } }
      },
    },
  }
  const router = createRouter(routes)
  let ctx: MockContext
  let token: string

  beforeEach(async () => {
    created = 0
    ctx = newContext()
    token = await login(ctx, 'sme', 'idem-user')
  })

  test('should replay the first result for the same user and key, creating nothing new', async () => {
    const first = await router(request('POST', '/api/things', { token, key: 'k-1', body: { name: 'a' } }), ctx)
    const again = await router(request('POST', '/api/things', { token, key: 'k-1', body: { name: 'a' } }), ctx)
    expect(first).toEqual({ status: 201, body: { thing: { id: 't1', name: 'a' } } })
    expect(again.status).toBe(201)
    expect(again.body).toEqual(first.body)
    expect(again.headers?.['idempotent-replayed']).toBe('true')
    expect(created).toBe(1)
  })

  test('should treat another key, another user or no key as a new request', async () => {
    await router(request('POST', '/api/things', { token, key: 'k-1', body: { name: 'a' } }), ctx)
    await router(request('POST', '/api/things', { token, key: 'k-2', body: { name: 'a' } }), ctx)
    const other = await login(ctx, 'sme', 'idem-other')
    const theirs = await router(request('POST', '/api/things', { token: other, key: 'k-1', body: { name: 'a' } }), ctx)
    expect((theirs.body as { thing: { id: string } }).thing.id).toBe('t3')
    await router(request('POST', '/api/things', { token, body: { name: 'a' } }), ctx)
    await router(request('POST', '/api/things', { token, body: { name: 'a' } }), ctx)
    expect(created).toBe(5)
  })

  test('should not remember a failed attempt, so a corrected retry with the same key runs', async () => {
    const bad = await router(request('POST', '/api/things', { token, key: 'k-3', body: {} }), ctx)
    expect(bad.status).toBe(400)
    const good = await router(request('POST', '/api/things', { token, key: 'k-3', body: { name: 'b' } }), ctx)
    expect(good.status).toBe(201)
    expect(created).toBe(1)
  })

  test('should create once when the same key arrives twice concurrently', async () => {
    const [a, b] = await Promise.all([
      router(request('POST', '/api/things', { token, key: 'k-4', body: { name: 'c', slow: true } }), ctx),
      router(request('POST', '/api/things', { token, key: 'k-4', body: { name: 'c', slow: true } }), ctx),
    ])
    expect(created).toBe(1)
    expect(a.body).toEqual(b.body)
  })

  test('should survive a snapshot round trip', async () => {
    await router(request('POST', '/api/things', { token, key: 'k-5', body: { name: 'd' } }), ctx)
    const restored = newContext()
    expect(importState(restored.db, JSON.parse(JSON.stringify(exportState(ctx.db))))).toBe(true)
    const again = await router(request('POST', '/api/things', { token, key: 'k-5', body: { name: 'd' } }), restored)
    expect(again.status).toBe(201)
    expect(created).toBe(1)
  })

  test('should refuse an unusable key', async () => {
    const res = await router(request('POST', '/api/things', { token, key: 'x'.repeat(201), body: { name: 'e' } }), ctx)
    expect(res.status).toBe(400)
    expect((res.body as { error: { fields: Record<string, string> } }).error.fields).toHaveProperty('Idempotency-Key')
  })
})

describe('roles, errors and bodies', () => {
  const logger = { error: jest.fn() }
  const router = createRouter({
    ...defaultRoutes,
    'POST /api/officer-only': { roles: ['officer'], handler: () => ({ body: { ok: true } }) },
    'GET /api/boom': { access: 'public', handler: () => { throw new Error('kaboom') } },
    'GET /api/conflict': { access: 'public', handler: () => { throw new MockHttpError('CONFLICT', '已报名') } },
    'GET /api/echo/:id': { access: 'public', handler: (req) => ({ body: { id: req.params.id, query: { ...req.query } } }) },
    'GET /api/echo/fixed': { access: 'public', handler: () => ({ body: { fixed: true } }) },
    'POST /api/size': { access: 'public', handler: () => ({ body: { ok: true } }) },
  })
  const ctx = newContext({ logger })

  test('should guard roles with 403 and let the right role through', async () => {
    const sme = await login(ctx, 'sme')
    const officer = await login(ctx, 'officer')
    const denied = await router(request('POST', '/api/officer-only', { token: sme, body: {} }), ctx)
    expect(denied.status).toBe(403)
    expect(denied.body).toEqual({ error: { code: 'FORBIDDEN', message: expect.any(String) } })
    expect((await router(request('POST', '/api/officer-only', { token: officer, body: {} }), ctx)).status).toBe(200)
    expect((await router(request('POST', '/api/officer-only', { body: {} }), ctx)).status).toBe(401)
  })

  test('should turn a thrown error into the 500 envelope and log it', async () => {
    const res = await router(request('GET', '/api/boom'), ctx)
    expect(res).toEqual({ status: 500, body: { error: { code: 'INTERNAL', message: expect.any(String) } } })
    expect(JSON.stringify(res.body)).not.toContain('kaboom')
    expect(logger.error).toHaveBeenCalled()
    expect(await router(request('GET', '/api/conflict'), ctx)).toEqual({ status: 409, body: { error: { code: 'CONFLICT', message: '已报名' } } })
  })

  test('should decode path params and prefer literal segments', async () => {
    const res = await router(request('GET', '/api/echo/a%20b%2Fc?x=1+2&x=3&y=%2B'), ctx)
    expect(res.body).toEqual({ id: 'a b/c', query: { x: '1 2', y: '+' } })
    expect((await router(request('GET', '/api/echo/fixed'), ctx)).body).toEqual({ fixed: true })
    expect((await router(request('GET', '/api/echo/fixed/'), ctx)).body).toEqual({ fixed: true })
  })

  test('should count body size in UTF-8 bytes (64 KB = 65,536)', async () => {
    const send = (text: string): Promise<MockResponse> => router(request('POST', '/api/size', { rawBody: text }), ctx)
    // '专' is 3 bytes: 21,845 of them plus `""` is 65,537 bytes; 21,844 plus `""` is 65,534.
    expect((await send(`"${'专'.repeat(21845)}"`)).status).toBe(413)
    expect((await send(`"${'专'.repeat(21844)}"`)).status).toBe(200)
    // An emoji is a surrogate pair of 4 bytes.
    expect((await send(`"${'😀'.repeat(16384)}"`)).status).toBe(413)
    expect((await send(`"${'😀'.repeat(16383)}x"`)).status).toBe(200)
    expect((await send('x'.repeat(65536))).status).not.toBe(413)
  })

  test('should answer malformed JSON and a bad query encoding with 400', async () => {
    const bad = await router(request('POST', '/api/size', { rawBody: '{"a":' }), ctx)
    expect(bad.status).toBe(400)
    expect((await router(request('GET', '/api/patents?q=%E0%A4%A'), ctx)).status).toBe(400)
  })
})

describe('query strings', () => {
  test('should parse without URLSearchParams, safely', () => {
    const { first, all } = parseQueryString('?a=1&b=x+y&a=2&c&__proto__=p&constructor=c&d=%E4%B8%93%E5%88%A9')
    expect(first.a).toBe('1')
    expect(all.a).toEqual(['1', '2'])
    expect(first.b).toBe('x y')
    expect(first.c).toBe('')
    expect(first.__proto__).toBe('p')
    expect(first.constructor).toBe('c')
    expect(first.d).toBe('专利')
    expect(({} as Record<string, unknown>).p).toBeUndefined()
  })
})

describe('sessions and randomness', () => {
  test('should expire tokens after 30 days', async () => {
    let now = Date.UTC(2026, 0, 1)
    const ctx = newContext({ now: () => now })
    const token = await login(ctx, 'sme')
    expect((await handle(request('GET', '/api/me', { token }), ctx)).status).toBe(200)
    now += 31 * 24 * 3600 * 1000
    expect((await handle(request('GET', '/api/me', { token }), ctx)).status).toBe(401)
  })

  test('should make URL-safe tokens of 32 chars from the injected source', () => {
    expect(base64url(new Uint8Array([0xfb, 0xff, 0xbf]))).toBe('-_-_')
    const token = randomToken(seededRandom(1))
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/)
    expect(randomToken(seededRandom(1))).toBe(token)
    expect(randomToken(seededRandom(2))).not.toBe(token)
  })
})
