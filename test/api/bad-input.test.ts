/** @jest-environment node */
// Every write endpoint of the route table against hostile input over real HTTP: malformed JSON,
// non-object bodies, missing fields, every known field with the wrong type, over-long strings,
// huge/negative/non-finite numbers, markup and emoji. Nothing may answer 500; every 400 carries the
// API.md envelope with `fields`; markup that is accepted comes back literally, never altered.

import { toDateCst } from '@mock/core/time'
import { defaultRoutes } from '@mock/handlers'
import { officerRoutes } from '@mock/handlers/officer'
import { DEMO_ENTERPRISE } from '@mock/seed'
import { FIXED_PRODUCTS } from '@mock/seed/finance'
import { client, type ApiResult, startServer, type TestServer } from './helpers'
import { eventBody, tokenFor, VALID_USCC } from './officer-fixtures'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type Who = 'public' | 'fresh-sme' | 'owner' | 'officer'

interface EndpointSpec {
  who: Who
  /** Fills the path parameters with ids that exist, so handlers get past their 404s. */
  path: () => string
  /** A valid body whose fields are attacked one by one; absent for endpoints that read no body. */
  valid?: () => { [key: string]: Json }
  /** Optional-body endpoints accept `{}` and `null` (e.g. approve with no note). */
  emptyOk?: boolean
}

const WAN = 1_000_000
const DAY_MS = 24 * 3600 * 1000
const WRITE = /^(POST|PUT|PATCH|DELETE) /

let srv: TestServer
let call: ReturnType<typeof client>
let owner: string
let officer: string
let freshSeq = 0
const ids = { licence: '', registration: '', notification: '', event: '' }

const enterprise4 = () => ({ name: DEMO_ENTERPRISE.name, uscc: VALID_USCC, contactName: '陈思远', phone: '13800138000' })

const SPECS: Record<string, EndpointSpec> = {
  'POST /api/auth/login': { who: 'public', path: () => '/api/auth/login', valid: () => ({ role: 'sme', code: 'bad-input-login' }) },
  'POST /api/auth/logout': { who: 'fresh-sme', path: () => '/api/auth/logout' },
  'PUT /api/me/enterprise': {
    who: 'fresh-sme',
    path: () => '/api/me/enterprise',
    valid: () => ({ ...enterprise4(), region: '440700', industry: 'C38' }),
  },
  'PUT /api/me/favourites/:patentId': { who: 'fresh-sme', path: () => '/api/me/favourites/p000001' },
  'DELETE /api/me/favourites/:patentId': { who: 'fresh-sme', path: () => '/api/me/favourites/p000001' },
  'POST /api/licence-applications': {
    who: 'fresh-sme',
    path: () => '/api/licence-applications',
    valid: () => ({ patentId: 'p000001', enterprise: enterprise4(), intendedUse: '用于储能电池正极材料量产', expectedStart: toDateCst(Date.now() + 30 * DAY_MS) }),
  },
  'POST /api/needs': {
    who: 'fresh-sme',
    path: () => '/api/needs',
    valid: () => ({ title: '寻找储能电池正极材料技术', description: '需要高循环寿命的正极材料技术。', industry: 'C38', budgetFen: 50 * WAN, keywords: ['储能', '正极材料'] }),
  },
  'POST /api/events/:id/registrations': {
    who: 'fresh-sme',
    path: () => '/api/events/ev-demo-open/registrations',
    valid: () => ({ attendeeName: '陈思远', phone: '13800138000', enterprise: { name: DEMO_ENTERPRISE.name, uscc: VALID_USCC } }),
  },
  'POST /api/registrations/:id/cancel': { who: 'owner', path: () => `/api/registrations/${ids.registration}/cancel` },
  'POST /api/me/subscriptions': {
    who: 'fresh-sme',
    path: () => '/api/me/subscriptions',
    valid: () => ({ accepted: [{ templateId: 'tmpl-registration-status', purpose: 'registration' }] }),
  },
  'POST /api/finance/applications': {
    who: 'fresh-sme',
    path: () => '/api/finance/applications',
    valid: () => ({ enterprise: { ...enterprise4(), name: '五邑大学' }, amountFen: 300 * WAN, termMonths: 12, purpose: '购置中试线设备', productId: FIXED_PRODUCTS.bocPledge, patentIds: ['p000001'] }),
  },
  'POST /api/applications/:kind/:id/withdraw': {
    who: 'owner',
    path: () => `/api/applications/licence/${ids.licence}/withdraw`,
    valid: () => ({ note: '企业计划调整' }),
    emptyOk: true,
  },
  'POST /api/me/notifications/:id/read': { who: 'owner', path: () => `/api/me/notifications/${ids.notification}/read` },
  'POST /api/me/notifications/read-all': { who: 'owner', path: () => '/api/me/notifications/read-all' },
  'POST /api/events': { who: 'officer', path: () => '/api/events', valid: () => eventBody(Date.now()) as unknown as { [key: string]: Json } },
  'PATCH /api/events/:id': { who: 'officer', path: () => `/api/events/${ids.event}`, valid: () => eventBody(Date.now()) as unknown as { [key: string]: Json }, emptyOk: true },
  'POST /api/registrations/:id/approve': { who: 'officer', path: () => `/api/registrations/${ids.registration}/approve`, valid: () => ({ note: '资料齐全' }), emptyOk: true },
  'POST /api/registrations/:id/reject': { who: 'officer', path: () => `/api/registrations/${ids.registration}/reject`, valid: () => ({ note: '名额已满' }), emptyOk: true },
  'POST /api/events/:id/notices': { who: 'officer', path: () => `/api/events/${ids.event}/notices`, valid: () => ({ title: '会场变更', body: '改到二楼报告厅' }) },
  'POST /api/checkins': {
    who: 'officer',
    path: () => '/api/checkins',
    valid: () => ({ items: [{ ticketCode: 'TK-UNKNOWN', eventId: ids.event, scannedAt: new Date().toISOString(), deviceId: 'gate-1' }] }),
  },
  'POST /api/checkins/undo': { who: 'officer', path: () => '/api/checkins/undo', valid: () => ({ ticketCode: 'TK-UNKNOWN', eventId: ids.event, deviceId: 'gate-1' }) },
  // Issue 18: waitlist offers and officer event operations.
  'POST /api/registrations/:id/accept-offer': { who: 'owner', path: () => `/api/registrations/${ids.registration}/accept-offer` },
  'POST /api/events/:id/registrations/bulk': { who: 'officer', path: () => `/api/events/${ids.event}/registrations/bulk`, valid: () => ({ action: 'reject', q: '张', note: '名额已满' }) },
  'POST /api/events/:id/guests': {
    who: 'officer',
    path: () => `/api/events/${ids.event}/guests`,
    valid: () => ({ rows: [{ attendeeName: '王嘉宾', phone: '13912347001', enterpriseName: '江门示例科技有限公司', uscc: '91350100M000100Y43' }] }),
  },
  'POST /api/events/:id/cancel': { who: 'officer', path: () => `/api/events/${ids.event}/cancel`, valid: () => ({ reason: '场地临时检修' }) },
  'POST /api/applications/:kind/:id/transition': {
    who: 'officer',
    path: () => `/api/applications/licence/${ids.licence}/transition`,
    valid: () => ({ to: 'notified', note: '已通知专利权人' }),
  },
}

const WRITE_KEYS = Object.keys({ ...defaultRoutes, ...officerRoutes }).filter((k) => WRITE.test(k))

async function tokenOf(who: Who): Promise<string | undefined> {
  if (who === 'public') return undefined
  if (who === 'owner') return owner
  if (who === 'officer') return officer
  freshSeq += 1
  return tokenFor(call, 'sme', `bad-input-${freshSeq}`)
}

async function send(key: string, body: { raw: string } | { json: unknown }): Promise<ApiResult> {
  const spec = SPECS[key]
  const method = key.split(' ')[0]
  const token = await tokenOf(spec.who)
  return 'raw' in body ? call(spec.path(), { method, token, rawBody: body.raw }) : call(spec.path(), { method, token, body: body.json })
}

function expectNoServerError(res: ApiResult): void {
  expect(res.status).toBeLessThan(500)
  if (res.status >= 400) {
    expect(res.body).toEqual({ error: expect.objectContaining({ code: expect.any(String), message: expect.stringMatching(/[\u4e00-\u9fff]/) }) })
  }
  if (res.status === 400) expectFields(res)
}

function expectFields(res: ApiResult): Record<string, string> {
  const fields = res.body?.error?.fields
  expect(fields).toEqual(expect.any(Object))
  expect(Object.keys(fields).length).toBeGreaterThan(0)
  for (const message of Object.values(fields)) expect(message).toEqual(expect.stringMatching(/[\u4e00-\u9fff]/))
  return fields
}

function expectValidationFailed(res: ApiResult): Record<string, string> {
  expect({ status: res.status, code: res.body?.error?.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' })
  expect(res.body.error.message).toMatch(/[\u4e00-\u9fff]/)
  return expectFields(res)
}

// ---- The bodies ----

type Leaf = { path: (string | number)[]; value: Json }

/** Every leaf of a valid body (array items included), so a new field is attacked without editing this file. */
function leaves(value: Json, path: (string | number)[] = []): Leaf[] {
  if (Array.isArray(value)) {
    const out: Leaf[] = path.length ? [{ path, value }] : []
    value.forEach((item, i) => out.push(...leaves(item, [...path, i])))
    return out
  }
  if (value !== null && typeof value === 'object') {
    const out: Leaf[] = path.length ? [{ path, value }] : []
    for (const k of Object.keys(value)) out.push(...leaves(value[k], [...path, k]))
    return out
  }
  return [{ path, value }]
}

function withValue(body: { [key: string]: Json }, path: (string | number)[], value: Json): { [key: string]: Json } {
  const copy = JSON.parse(JSON.stringify(body)) as { [key: string]: Json }
  let node: Json = copy
  for (let i = 0; i < path.length - 1; i++) node = (node as Record<string, Json>)[path[i]]
  ;(node as Record<string | number, Json>)[path[path.length - 1]] = value
  return copy
}

const kindOf = (v: Json): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v)
const WRONG_TYPES: Json[] = [12345, 'abc', { x: 1 }, ['a'], true]
const HUGE_NUMBERS: [string, Json][] = [
  ['1e308', 1e308],
  ['2**53+2', 2 ** 53 + 2],
  ['-1', -1],
  ['-100000', -100000],
  ['1.5', 1.5],
  ['"NaN"', 'NaN'],
  ['"Infinity"', 'Infinity'],
]
const LONG = '长'.repeat(10_000)
const MARKUP = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '🚀🔥']

type Expect = 'invalid' | 'literal' | 'no-500'
interface Case {
  key: string
  name: string
  /** Built when the case runs: valid bodies name ids created in beforeAll. */
  body: () => { raw: string } | { json: unknown }
  expect: Expect
  /** The top-level field under attack, which the 400 must name. */
  field?: string
  /** For 'literal': the text that must come back unchanged if the write is accepted. */
  text?: string
}

function casesFor(key: string): Case[] {
  const spec = SPECS[key]
  const out: Case[] = [
    { key, name: 'malformed JSON', body: () => ({ raw: '{"a":' }), expect: 'invalid' },
    { key, name: 'trailing garbage', body: () => ({ raw: '{}x' }), expect: 'invalid' },
  ]
  if (!spec.valid) {
    // Bodyless endpoints ignore what they are sent, but must not fall over on it.
    for (const [name, json] of [['an array', [1]], ['a string', 'x'], ['a junk object', { x: LONG, y: MARKUP[0], z: 1e308 }]] as const) {
      out.push({ key, name, body: () => ({ json }), expect: 'no-500' })
    }
    return out
  }
  const valid = spec.valid
  out.push({ key, name: 'a JSON array', body: () => ({ json: [valid()] }), expect: 'invalid' })
  out.push({ key, name: 'a JSON string', body: () => ({ json: 'hello' }), expect: 'invalid' })
  out.push({ key, name: 'a JSON number', body: () => ({ json: 42 }), expect: 'invalid' })
  out.push({ key, name: 'null', body: () => ({ raw: 'null' }), expect: spec.emptyOk ? 'no-500' : 'invalid' })
  out.push({ key, name: 'an empty object', body: () => ({ json: {} }), expect: spec.emptyOk ? 'no-500' : 'invalid' })
  out.push({ key, name: '__proto__ key', body: () => ({ raw: JSON.stringify(valid()).replace(/^\{/, '{"__proto__":{"role":"officer"},') }), expect: 'no-500' })

  for (const leaf of leaves(valid())) {
    const name = leaf.path.join('.')
    const field = String(leaf.path[0])
    for (const wrong of WRONG_TYPES) {
      if (kindOf(wrong) === kindOf(leaf.value)) continue
      out.push({ key, name: `${name} = ${JSON.stringify(wrong)}`, body: () => ({ json: withValue(valid(), leaf.path, wrong) }), expect: 'invalid', field })
    }
    if (typeof leaf.value === 'string') {
      out.push({ key, name: `${name} = 10000 chars`, body: () => ({ json: withValue(valid(), leaf.path, LONG) }), expect: 'invalid', field })
      for (const text of MARKUP) {
        out.push({ key, name: `${name} = ${text}`, body: () => ({ json: withValue(valid(), leaf.path, text) }), expect: 'literal', text })
      }
    }
    if (typeof leaf.value === 'number') {
      for (const [label, n] of HUGE_NUMBERS) {
        out.push({ key, name: `${name} = ${label}`, body: () => ({ json: withValue(valid(), leaf.path, n) }), expect: 'invalid', field })
      }
      // JSON.parse turns an out-of-range literal into Infinity.
      const raw = () => JSON.stringify(withValue(valid(), leaf.path, 424242)).replace('424242', '1e999')
      out.push({ key, name: `${name} = 1e999 (parses to Infinity)`, body: () => ({ raw: raw() }), expect: 'invalid', field })
    }
  }
  return out
}

beforeAll(async () => {
  srv = await startServer({ patentCount: 1000 })
  call = client(srv.base)
  officer = await tokenFor(call, 'officer')
  owner = await tokenFor(call, 'sme', 'bad-input-owner')

  const licence = await call('/api/licence-applications', { token: owner, body: SPECS['POST /api/licence-applications'].valid?.() })
  expect(licence.status).toBe(201)
  ids.licence = licence.body.application.id
  const reg = await call('/api/events/ev-demo-open/registrations', { token: owner, body: SPECS['POST /api/events/:id/registrations'].valid?.() })
  expect(reg.status).toBe(201)
  ids.registration = reg.body.registration.id
  const finance = await call('/api/finance/applications', { token: owner, body: SPECS['POST /api/finance/applications'].valid?.() })
  expect(finance.status).toBe(201)
  const inbox = await call('/api/me/notifications', { token: owner })
  expect(inbox.body.items.length).toBeGreaterThan(0)
  ids.notification = inbox.body.items[0].id
  const event = await call('/api/events', { token: officer, body: eventBody(Date.now()) })
  expect(event.status).toBe(201)
  ids.event = event.body.event.id
})

afterAll(() => srv.close())

test('should know how to call every write endpoint of the route table', () => {
  expect(WRITE_KEYS.length).toBeGreaterThanOrEqual(20)
  expect(WRITE_KEYS.filter((k) => !SPECS[k])).toEqual([])
})

const CASES = WRITE_KEYS.filter((k) => SPECS[k]).flatMap(casesFor)

test('should attack each endpoint with a few hundred bodies in all', () => {
  expect(CASES.length).toBeGreaterThan(300)
})

test.each(CASES.map((c) => [c.key, c.name, c] as const))('%s with %s: no 500, 400s carry fields', async (_key, _name, c) => {
  const res = await send(c.key, c.body())
  expectNoServerError(res)
  if (c.expect === 'invalid') {
    const fields = expectValidationFailed(res)
    if (c.field) expect(Object.keys(fields).map((k) => k.split(/[.[]/)[0])).toContain(c.field)
  }
  if (c.expect === 'literal' && res.status < 300) {
    // Accepted markup is plain text: if any of it is echoed, all of it is, byte for byte.
    const echoed = JSON.stringify(res.body)
    const fragment = c.text!.indexOf('alert') >= 0 ? 'alert(1)' : '🚀'
    if (echoed.indexOf(fragment) >= 0) expect(echoed).toContain(JSON.stringify(c.text).slice(1, -1))
  }
})
