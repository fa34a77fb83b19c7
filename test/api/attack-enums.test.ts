/** @jest-environment node */
// Issue 14, attack 3: `constructor`, `toString`, `__proto__`, `hasOwnProperty`… passed as status and
// enum values (`value in LABELS`) slipped through: a transition to `constructor` answered 409 with
// 「function Object() { [native code] }」 and list filters answered 200 empty. Every Object built-in
// name, in every enum position of every endpoint, must be a 400 with `fields`.

import { DEMO_APPLICATION_IDS } from '@mock/seed/applications'
import { client, expectError, loginAs, startServer, type TestServer } from './helpers'
import { eventBody, VALID_USCC } from './officer-fixtures'

const NAMES = Object.getOwnPropertyNames(Object.prototype)

let srv: TestServer
let call: ReturnType<typeof client>
let sme: string
let officer: string

beforeAll(async () => {
  srv = await startServer({ patentCount: 50 })
  call = client(srv.base)
  sme = (await loginAs(call, 'sme', 'attack-enums')).token
  officer = (await loginAs(call, 'officer')).token
})

afterAll(() => srv.close())

const PROFILE = { name: '江门市华创新能源科技有限公司', uscc: VALID_USCC, contactName: '陈思远', phone: '13800138000', region: '440700', industry: 'C38' }
const FINANCING_NEED = { amountFen: 50_000_000, termMonths: 12, purpose: '购置设备', patentIds: [] }

type Who = 'public' | 'sme' | 'officer'
interface Position {
  name: string
  who: Who
  request: (value: string) => { path: string; method?: string; body?: unknown }
}

const query = (path: string, param: string, who: Who = 'public'): Position => ({
  name: `${path}?${param}=`,
  who,
  request: (v) => ({ path: `${path}${path.includes('?') ? '&' : '?'}${param}=${encodeURIComponent(v)}` }),
})

const body = (name: string, who: Who, method: string, path: string, make: (v: string) => unknown): Position => ({
  name,
  who,
  request: (v) => ({ path, method, body: make(v) }),
})

const POSITIONS: Position[] = [
  ...['type', 'industry', 'region', 'feeMode', 'sort'].map((p) => query('/api/patents', p)),
  ...['kind', 'status', 'city', 'industry', 'when'].map((p) => query('/api/events', p)),
  ...['bank', 'collateral', 'term'].map((p) => query('/api/finance/products', p)),
  query('/api/me/applications', 'kind', 'sme'),
  query('/api/officer/applications', 'kind', 'officer'),
  query('/api/officer/applications', 'status', 'officer'),
  query('/api/officer/applications?kind=finance', 'status', 'officer'),
  query('/api/events/ev-demo-open/registrations', 'status', 'officer'),
  body('login role', 'public', 'POST', '/api/auth/login', (v) => ({ role: v })),
  body('enterprise region', 'sme', 'PUT', '/api/me/enterprise', (v) => ({ ...PROFILE, region: v })),
  body('enterprise industry', 'sme', 'PUT', '/api/me/enterprise', (v) => ({ ...PROFILE, industry: v })),
  body('need industry', 'sme', 'POST', '/api/needs', (v) => ({ title: '储能电池热管理', description: '寻找电池热管理专利', industry: v, keywords: ['储能'] })),
  body('event kind', 'officer', 'POST', '/api/events', (v) => ({ ...eventBody(Date.now()), kind: v })),
  body('event city', 'officer', 'POST', '/api/events', (v) => ({ ...eventBody(Date.now()), city: v })),
  body('event industries[]', 'officer', 'POST', '/api/events', (v) => ({ ...eventBody(Date.now()), industries: [v] })),
  body('event edit kind', 'officer', 'PATCH', '/api/events/ev-demo-open', (v) => ({ kind: v })),
  body('event edit city', 'officer', 'PATCH', '/api/events/ev-demo-open', (v) => ({ city: v })),
  body('licence transition to', 'officer', 'POST', `/api/applications/licence/${DEMO_APPLICATION_IDS.licenceSubmitted}/transition`, (v) => ({ to: v, note: '处理意见' })),
  body('finance transition to', 'officer', 'POST', `/api/applications/finance/${DEMO_APPLICATION_IDS.financeBankAccepted}/transition`, (v) => ({ to: v, note: '处理意见' })),
  body('registration transition to', 'officer', 'POST', `/api/applications/registration/${DEMO_APPLICATION_IDS.registrationPending}/transition`, (v) => ({ to: v, note: '处理意见' })),
  body('finance termMonths', 'sme', 'POST', '/api/finance/applications', (v) => ({
    enterprise: { name: PROFILE.name, uscc: VALID_USCC, contactName: '陈思远', phone: '13800138000' },
    amountFen: 50_000_000,
    termMonths: v,
    purpose: '购置设备',
    patentIds: [],
  })),
  body('financing sign-up termMonths', 'sme', 'POST', '/api/events/ev-demo-finance/registrations', (v) => ({
    attendeeName: '陈思远',
    phone: '13800138000',
    enterprise: { name: PROFILE.name, uscc: VALID_USCC },
    financingNeed: { ...FINANCING_NEED, termMonths: v },
  })),
]

describe.each(POSITIONS)('$name', (position) => {
  test.each(NAMES)('should refuse %s with 400 and fields', async (name) => {
    const { path, method, body: payload } = position.request(name)
    const token = position.who === 'sme' ? sme : position.who === 'officer' ? officer : undefined
    const res = await call(path, { method: method ?? 'GET', token, body: payload })
    const error = expectError(res, 400, 'VALIDATION_FAILED')
    expect(Object.keys(error.fields ?? {}).length).toBeGreaterThan(0)
    expect(JSON.stringify(res.body)).not.toMatch(/native code|function /)
  })
})

test('should list every Object built-in name the attack uses', () => {
  expect(NAMES).toEqual(expect.arrayContaining(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf']))
})
