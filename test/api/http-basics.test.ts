/** @jest-environment node */
// Health, auth, /api/me, the enterprise profile and the cross-cutting rules over real HTTP.

import http from 'node:http'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { usccCheckChar } from '@/rules'
import { DEMO_ENTERPRISE, DEMO_LOGIN_CODES, DEMO_USER_IDS } from '@mock/seed'
import { client, expectError, startServer, type TestServer } from './helpers'
import { loginBody } from './login-body'

let srv: TestServer
let call: ReturnType<typeof client>

beforeAll(async () => {
  srv = await startServer({ patentCount: 200 })
  call = client(srv.base)
})

afterAll(() => srv.close())

async function login(role: 'sme' | 'officer', code?: string): Promise<{ token: string; user: { id: string; role: string; name: string } }> {
  const res = await call('/api/auth/login', { body: loginBody(role, code) })
  expect(res.status).toBe(200)
  return res.body
}

const USCC_17 = '91350100M000100Y4'
const VALID_USCC = USCC_17 + usccCheckChar(USCC_17)
const WRONG_CHECK = USCC_17 + (usccCheckChar(USCC_17) === '0' ? '1' : '0')

const validProfile = {
  name: '泸州市测试酒业有限公司',
  uscc: VALID_USCC,
  contactName: '李明',
  phone: '138 0013 8000',
  region: '510500',
  industry: 'C14',
}

describe('health', () => {
  test('should answer ok with a version, as JSON', async () => {
    const res = await call('/api/health')
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ ok: true, version: expect.any(String) })
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8')
  })
})

describe('login', () => {
  test('should give the seeded demo users when no code is sent', async () => {
    const sme = await login('sme')
    expect(sme.token).toEqual(expect.any(String))
    expect(sme.user).toEqual({ id: DEMO_USER_IDS.sme, role: 'sme', name: '演示企业用户', createdAt: expect.stringMatching(/\+08:00$/) })
    const officer = await login('officer')
    expect(officer.user).toMatchObject({ id: DEMO_USER_IDS.officer, role: 'officer', name: '演示工作人员' })
    expect(officer.token).not.toBe(sme.token)
  })

  test('should map each distinct code to its own user, created on first login', async () => {
    const a1 = await login('sme', 'wx-code-a')
    const a2 = await login('sme', 'wx-code-a')
    const b = await login('sme', 'wx-code-b')
    expect(a2.user).toEqual(a1.user)
    expect(a2.token).not.toBe(a1.token)
    expect(b.user.id).not.toBe(a1.user.id)
    expect([DEMO_USER_IDS.sme, DEMO_USER_IDS.officer]).not.toContain(a1.user.id)
    const officer = await login('officer', 'wx-code-a')
    expect(officer.user.role).toBe('officer')
    expect(officer.user.id).not.toBe(a1.user.id)
  })

  test('should reject a bad role or code with fields', async () => {
    expect(expectError(await call('/api/auth/login', { body: { role: 'admin' } }), 400, 'VALIDATION_FAILED').fields).toHaveProperty('role')
    expect(expectError(await call('/api/auth/login', { body: {} }), 400, 'VALIDATION_FAILED').fields).toHaveProperty('role')
    expect(expectError(await call('/api/auth/login', { body: { role: 'sme', code: 42 } }), 400, 'VALIDATION_FAILED').fields).toHaveProperty('code')
    expect(expectError(await call('/api/auth/login', { body: { role: 'sme', code: '' } }), 400, 'VALIDATION_FAILED').fields).toHaveProperty('code')
    expectError(await call('/api/auth/login', { rawBody: '["sme"]' }), 400, 'VALIDATION_FAILED')
  })

  test('should revoke the token on logout', async () => {
    const { token } = await login('sme', 'wx-logout')
    expect((await call('/api/me', { token })).status).toBe(200)
    expect((await call('/api/auth/logout', { method: 'POST', token })).status).toBe(200)
    expectError(await call('/api/me', { token }), 401, 'UNAUTHENTICATED')
  })
})

describe('GET /api/me', () => {
  test('should say 401 without a token or with a bad one', async () => {
    expectError(await call('/api/me'), 401, 'UNAUTHENTICATED')
    expectError(await call('/api/me', { token: 'not-a-token' }), 401, 'UNAUTHENTICATED')
    expectError(await call('/api/me', { headers: { authorization: 'Basic dXNlcjpwYXNz' } }), 401, 'UNAUTHENTICATED')
  })

  test('should return the user and no enterprise for the demo SME', async () => {
    const { token } = await login('sme')
    const res = await call('/api/me', { token })
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ user: expect.objectContaining({ id: DEMO_USER_IDS.sme }), enterprise: null })
  })

  test('should return the seeded profile of sme-demo-2', async () => {
    const { token } = await login('sme', DEMO_LOGIN_CODES.sme2)
    const res = await call('/api/me', { token })
    expect(res.body.user.id).toBe(DEMO_USER_IDS.sme2)
    expect(res.body.enterprise).toMatchObject({ name: DEMO_ENTERPRISE.name, uscc: DEMO_ENTERPRISE.uscc, region: '440700' })
  })
})

describe('PUT /api/me/enterprise', () => {
  let token: string
  beforeAll(async () => {
    token = (await login('sme', 'wx-enterprise')).token
  })

  const put = (body: unknown, t = token) => call('/api/me/enterprise', { method: 'PUT', token: t, body })

  test('should name a wrong USCC check character', async () => {
    const error = expectError(await put({ ...validProfile, uscc: WRONG_CHECK }), 400, 'VALIDATION_FAILED')
    expect(error.fields?.uscc).toContain('校验位错误')
    expect(Object.keys(error.fields ?? {})).toEqual(['uscc'])
  })

  test('should name a bad phone and a missing region', async () => {
    expect(expectError(await put({ ...validProfile, phone: '12800138000' }), 400, 'VALIDATION_FAILED').fields).toHaveProperty('phone')
    const { region: _omit, ...noRegion } = validProfile
    expect(expectError(await put(noRegion), 400, 'VALIDATION_FAILED').fields).toHaveProperty('region')
    const all = expectError(await put({}), 400, 'VALIDATION_FAILED').fields ?? {}
    expect(Object.keys(all).sort()).toEqual(['contactName', 'industry', 'name', 'phone', 'region', 'uscc'])
  })

  test('should need a signed-in SME', async () => {
    expectError(await put(validProfile, ''), 401, 'UNAUTHENTICATED')
    const officer = await login('officer')
    expectError(await put(validProfile, officer.token), 403, 'FORBIDDEN')
  })

  test('should save a valid profile, normalised, and return it from /api/me', async () => {
    const res = await put({ ...validProfile, uscc: `  ${VALID_USCC.toLowerCase()} ` })
    expect(res.status).toBe(200)
    expect(res.body.enterprise).toEqual({ ...validProfile, phone: '13800138000', uscc: VALID_USCC, updatedAt: expect.stringMatching(/\+08:00$/) })
    const me = await call('/api/me', { token })
    expect(me.body.enterprise).toEqual(res.body.enterprise)
    // Another user's profile is untouched.
    const demo = await login('sme')
    expect((await call('/api/me', { token: demo.token })).body.enterprise).toBeNull()
  })
})

describe('request rules', () => {
  test('should answer malformed JSON with 400, never 500', async () => {
    const error = expectError(await call('/api/auth/login', { rawBody: '{"role": "sme",' }), 400, 'VALIDATION_FAILED')
    expect(error.message).toContain('JSON')
  })

  test('should refuse a body over 64 KB with 413', async () => {
    const big = JSON.stringify({ role: 'sme', pad: 'x'.repeat(65 * 1024) })
    expectError(await call('/api/auth/login', { rawBody: big }), 413, 'PAYLOAD_TOO_LARGE')
    // Counted in UTF-8 bytes: 22,000 CJK characters are 66,000 bytes.
    const cjk = JSON.stringify({ role: 'sme', pad: '专'.repeat(22000) })
    expectError(await call('/api/auth/login', { rawBody: cjk }), 413, 'PAYLOAD_TOO_LARGE')
    // Just under the limit is processed normally.
    const fits = JSON.stringify({ role: 'sme', pad: 'x'.repeat(60 * 1024) })
    expect((await call('/api/auth/login', { rawBody: fits })).status).toBe(200)
  })

  test('should refuse a streamed (chunked) upload over 64 KB without waiting for its end', async () => {
    const url = new URL(srv.base)
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        { host: url.hostname, port: url.port, path: '/api/auth/login', method: 'POST', headers: { 'content-type': 'application/json' } },
        (res) => {
          res.resume()
          resolve(res.statusCode ?? 0)
          req.destroy()
        },
      )
      req.on('error', reject)
      const chunk = 'x'.repeat(16 * 1024)
      let sent = 0
      const pump = () => {
        // Keeps sending until the server has answered; the server must not wait for the end.
        while (sent < 200 && req.write(chunk)) sent++
        if (sent < 200) req.once('drain', pump)
      }
      pump()
    })
    expect(status).toBe(413)
  })

  test('should answer unknown routes and methods with the 404 envelope', async () => {
    expectError(await call('/api/nothing-here'), 404, 'NOT_FOUND')
    expectError(await call('/api/health', { method: 'DELETE' }), 404, 'NOT_FOUND')
  })

  test('should allow only the H5 origin through CORS and refuse a preflight from any other', async () => {
    const preflight = (origin: string) =>
      fetch(srv.base + '/api/patents', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
      })
    const res = await preflight('http://localhost:8080')
    expect(res.status).toBe(204)
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:8080')
    expect(res.headers.get('access-control-allow-headers')).toMatch(/Authorization/i)
    expect(res.headers.get('access-control-allow-headers')).toMatch(/Idempotency-Key/i)

    const evil = await preflight('https://evil.example')
    expect(evil.status).toBe(403)
    expect(evil.headers.get('access-control-allow-origin')).toBeNull()
    const read = await fetch(srv.base + '/api/events/ev-demo-open', { headers: { origin: 'https://evil.example' } })
    expect(read.headers.get('access-control-allow-origin')).toBeNull()
  })
})

describe('failure injection', () => {
  test('should fail a request on x-mock-fail: 1 with the INTERNAL envelope, but never health', async () => {
    const error = expectError(await call('/api/patents', { headers: { 'x-mock-fail': '1' } }), 500, 'INTERNAL')
    expect(error.message).toBe('服务暂时不可用，请稍后重试')
    expect((await call('/api/health', { headers: { 'x-mock-fail': '1' } })).status).toBe(200)
  })

  test('should fail at failRate and delay by latencyMs', async () => {
    const flaky = await startServer({ patentCount: 20, failRate: 1, latencyMs: 60 })
    try {
      const flakyCall = client(flaky.base)
      const started = Date.now()
      expectError(await flakyCall('/api/patents'), 500, 'INTERNAL')
      expect(Date.now() - started).toBeGreaterThanOrEqual(50)
      expectError(await flakyCall('/api/auth/login', { body: { role: 'sme' } }), 500, 'INTERNAL')
      expect((await flakyCall('/api/health')).body.ok).toBe(true)
    } finally {
      await flaky.close()
    }
  })
})

describe('static H5 build', () => {
  let site: TestServer
  let parent: string
  beforeAll(async () => {
    parent = mkdtempSync(path.join(tmpdir(), 'huiqi-h5-'))
    const dir = path.join(parent, 'www')
    mkdirSync(path.join(dir, 'js'), { recursive: true })
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>惠企专利通</title>')
    writeFileSync(path.join(dir, 'js', 'app.js'), 'console.log(1)')
    writeFileSync(path.join(parent, 'huiqi-secret.txt'), 'secret')
    site = await startServer({ patentCount: 10, staticDir: dir })
  })
  afterAll(async () => {
    await site.close()
    rmSync(parent, { recursive: true, force: true })
  })

  test('should serve files with their content type', async () => {
    const js = await fetch(site.base + '/js/app.js')
    expect(js.status).toBe(200)
    expect(js.headers.get('content-type')).toBe('application/javascript; charset=utf-8')
    expect(await js.text()).toBe('console.log(1)')
  })

  test('should serve index.html for browser-history routes, including deep links with a scene', async () => {
    for (const route of ['/', '/pages/event/index?scene=evt-2026-jm01', '/pages/patent/index?id=p000001']) {
      const res = await fetch(site.base + route)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
      expect(await res.text()).toContain('惠企专利通')
    }
  })

  test('should 404 a missing asset and never serve outside the directory', async () => {
    expect((await fetch(site.base + '/js/missing.js')).status).toBe(404)
    const url = new URL(site.base)
    const status = await new Promise<{ code: number; body: string }>((resolve, reject) => {
      http
        .get({ host: url.hostname, port: url.port, path: '/..%2fhuiqi-secret.txt' }, (res) => {
          let body = ''
          res.on('data', (c) => (body += c))
          res.on('end', () => resolve({ code: res.statusCode ?? 0, body }))
        })
        .on('error', reject)
    })
    expect(status.body).not.toContain('secret')
  })
})
