/** @jest-environment node */
// 入园惠企 融资对接 over real HTTP: bank products, financing applications, 质押前自查.

import type { FinanceProduct, FinanceProductListResponse, PledgeCheckItem } from '@contract/finance'
import { DEMO_PLEDGE_PATENTS } from '@mock/domain/pledge-check'
import { DEMO_ENTERPRISE, DEMO_LOGIN_CODES, patentIdOf } from '@mock/seed'
import { DEMO_COMPANY } from '@mock/seed/users'
import { FIXED_PRODUCTS } from '@mock/seed/finance'
import { client, expectError, loginAs, startServer, type TestServer } from './helpers'

const DAY = 24 * 3600 * 1000
const WAN = 1_000_000
const START = Date.parse('2026-03-02T09:00:00+08:00')
const PATENTS = 2000

let clockMs = START
let srv: TestServer
let call: ReturnType<typeof client>

beforeAll(async () => {
  srv = await startServer({ patentCount: PATENTS, now: () => clockMs })
  call = client(srv.base)
})

afterAll(() => srv.close())

afterEach(() => {
  clockMs = START
})

async function login(code?: string, role: 'sme' | 'officer' = 'sme'): Promise<string> {
  return (await loginAs(call, role, code)).token
}

async function products(query = ''): Promise<FinanceProductListResponse> {
  const res = await call<FinanceProductListResponse>(`/api/finance/products?pageSize=50${query ? '&' + query : ''}`)
  expect(res.status).toBe(200)
  return res.body
}

describe('bank products', () => {
  test('should list at least 30 products from at least 10 banks, cheapest rate first', async () => {
    const body = await products()
    expect(body.total).toBeGreaterThanOrEqual(30)
    expect(body.items).toHaveLength(body.total)
    expect(new Set(body.items.map((p) => p.bank)).size).toBeGreaterThanOrEqual(10)
    const banks = await call('/api/finance/banks')
    expect(banks.body.items.length).toBeGreaterThanOrEqual(10)
    for (const p of body.items) {
      expect(p).toEqual(
        expect.objectContaining({
          id: expect.any(String),
          bank: expect.stringMatching(/银行/),
          name: expect.any(String),
          collateral: expect.stringMatching(/^(patent_pledge|ip_portfolio_pledge|patent_pledge_guarantee|credit)$/),
          description: expect.any(String),
        }),
      )
      expect(p.minAmountFen).toBeGreaterThanOrEqual(10 * WAN)
      expect(p.maxAmountFen).toBeLessThanOrEqual(5000 * WAN)
      expect(p.minAmountFen).toBeLessThan(p.maxAmountFen)
      expect(p.annualRateMin).toBeLessThanOrEqual(p.annualRateMax)
      expect(p.annualRateMax).toBeLessThan(0.1)
      expect(p.termMonths.every((t) => [6, 12, 24, 36].includes(t))).toBe(true)
      expect(p.requiredDocuments.length).toBeGreaterThan(2)
    }
    const rates = body.items.map((p) => p.annualRateMin)
    expect(rates).toEqual(rates.slice().sort((a, b) => a - b))
  })

  test.each([
    ['bank=boc', (p: FinanceProduct) => p.bankId === 'boc'],
    ['term=36', (p: FinanceProduct) => p.termMonths.includes(36)],
    ['minAmount=600000000', (p: FinanceProduct) => p.maxAmountFen >= 600_000_000],
    ['maxAmount=20000000', (p: FinanceProduct) => p.minAmountFen <= 20_000_000],
    ['minAmount=1000000000&maxAmount=2000000000', (p: FinanceProduct) => p.maxAmountFen >= 1_000_000_000 && p.minAmountFen <= 2_000_000_000],
    ['collateral=credit', (p: FinanceProduct) => p.collateral === 'credit'],
    ['bank=lzb&term=6', (p: FinanceProduct) => p.bankId === 'lzb' && p.termMonths.includes(6)],
  ])('should narrow by %s to exactly the fitting products', async (query, holds) => {
    const everything = (await products()).items
    const narrowed = (await products(query)).items
    expect(narrowed.length).toBeGreaterThan(0)
    expect(narrowed.length).toBeLessThan(everything.length)
    expect(narrowed.map((p) => p.id)).toEqual(everything.filter(holds).map((p) => p.id))
  })

  test('should answer 400 for unknown banks, terms, collaterals and bad amounts', async () => {
    const error = expectError(await call('/api/finance/products?bank=nobank&term=18&collateral=house&minAmount=1e6&maxAmount=-5'), 400, 'VALIDATION_FAILED')
    expect(Object.keys(error.fields!).sort()).toEqual(['bank', 'collateral', 'maxAmount', 'minAmount', 'term'])
    const inverted = expectError(await call('/api/finance/products?minAmount=300000000&maxAmount=100000000'), 400, 'VALIDATION_FAILED')
    expect(Object.keys(inverted.fields!)).toEqual(['minAmount'])
  })

  test('should show one product by id and 404 an unknown one', async () => {
    const res = await call(`/api/finance/products/${FIXED_PRODUCTS.bocPledge}`)
    expect(res.status).toBe(200)
    expect(res.body).toEqual(expect.objectContaining({ id: FIXED_PRODUCTS.bocPledge, bank: '中国银行', minAmountFen: 100 * WAN, maxAmountFen: 5000 * WAN }))
    expectError(await call('/api/finance/products/fp-nope'), 404, 'NOT_FOUND')
  })
})

describe('financing applications', () => {
  // The demo enterprise pledging its own patent with nothing against it.
  const enterprise = { ...DEMO_COMPANY }
  const valid = { enterprise, amountFen: 300 * WAN, termMonths: 12, purpose: '购置锂电正极材料中试线设备', productId: FIXED_PRODUCTS.bocPledge, patentIds: [DEMO_PLEDGE_PATENTS.ready] }

  test('should create a submitted application the owner can read back, with its product and timeline', async () => {
    const token = await login('finance-applicant')
    const res = await call('/api/finance/applications', { token, body: valid })
    expect(res.status).toBe(201)
    const app = res.body.application
    expect(app).toEqual(
      expect.objectContaining({
        status: 'submitted',
        statusLabel: '已提交',
        amountFen: 300 * WAN,
        termMonths: 12,
        productId: FIXED_PRODUCTS.bocPledge,
        product: { id: FIXED_PRODUCTS.bocPledge, bank: '中国银行', name: '中银知贷通' },
        patentIds: [DEMO_PLEDGE_PATENTS.ready],
        title: '中国银行·中银知贷通',
      }),
    )
    expect(app.timeline).toEqual([expect.objectContaining({ status: 'submitted' })])
    expect((await call(`/api/finance/applications/${app.id}`, { token })).body.application).toEqual(app)
    expectError(await call(`/api/finance/applications/${app.id}`, { token: await login('finance-snoop') }), 404, 'NOT_FOUND')
    expectError(await call(`/api/finance/applications/${app.id}`), 401, 'UNAUTHENTICATED')
    expect(srv.server.mock.db.notifications.find((n) => n.link?.id === app.id)).toBeDefined()
  })

  test('should refuse amounts below 10 万元 and name every bad field', async () => {
    const token = await login('finance-bad')
    const below = expectError(await call('/api/finance/applications', { token, body: { ...valid, productId: undefined, amountFen: 99_999_00 } }), 400, 'VALIDATION_FAILED')
    expect(Object.keys(below.fields!)).toEqual(['amountFen'])
    expect(below.fields!.amountFen).toContain('10万元')

    const everything = expectError(
      await call('/api/finance/applications', {
        token,
        body: { enterprise: { name: '', uscc: '123', contactName: 'A', phone: '123' }, amountFen: '300万', termMonths: 18, purpose: '', patentIds: [] },
      }),
      400,
      'VALIDATION_FAILED',
    )
    expect(Object.keys(everything.fields!).sort()).toEqual(
      ['amountFen', 'enterprise.contactName', 'enterprise.name', 'enterprise.phone', 'enterprise.uscc', 'patentIds', 'purpose', 'termMonths'].sort(),
    )
  })

  test('should require amount and term to fit the chosen product, and the product to exist', async () => {
    const token = await login('finance-fit')
    const tooSmall = expectError(await call('/api/finance/applications', { token, body: { ...valid, amountFen: 50 * WAN } }), 400, 'VALIDATION_FAILED')
    expect(tooSmall.fields).toEqual({ amountFen: expect.stringContaining('100万元') })
    const badTerm = expectError(await call('/api/finance/applications', { token, body: { ...valid, termMonths: 6 } }), 400, 'VALIDATION_FAILED')
    expect(badTerm.fields).toEqual({ termMonths: expect.stringContaining('12') })
    const missing = expectError(await call('/api/finance/applications', { token, body: { ...valid, productId: 'fp-nope' } }), 400, 'VALIDATION_FAILED')
    expect(Object.keys(missing.fields!)).toEqual(['productId'])
    const unknownPatent = expectError(await call('/api/finance/applications', { token, body: { ...valid, patentIds: ['p999999'] } }), 400, 'VALIDATION_FAILED')
    expect(unknownPatent.fields!.patentIds).toContain('p999999')
    // A credit product needs no pledged patents.
    const credit = await call('/api/finance/applications', { token, body: { ...valid, productId: FIXED_PRODUCTS.jmrcbCredit, amountFen: 100 * WAN, patentIds: [] } })
    expect(credit.status).toBe(201)
  })

  test('should replay an Idempotency-Key and keep officers out', async () => {
    const token = await login('finance-idem')
    const headers = { 'Idempotency-Key': 'finance-intent-1' }
    const before = srv.server.mock.db.financeApplications.size
    const first = await call('/api/finance/applications', { token, body: valid, headers })
    const replay = await call('/api/finance/applications', { token, body: valid, headers })
    expect(first.status).toBe(201)
    expect(replay.status).toBe(201)
    expect(replay.body.application.id).toBe(first.body.application.id)
    expect(srv.server.mock.db.financeApplications.size).toBe(before + 1)
    expectError(await call('/api/finance/applications', { token: await login(undefined, 'officer'), body: valid }), 403, 'FORBIDDEN')
  })
})

describe('pledge readiness', () => {
  async function check(token: string, query: string): Promise<PledgeCheckItem[]> {
    const res = await call(`/api/finance/pledge-check?${query}`, { token })
    expect(res.status).toBe(200)
    return res.body.items
  }

  async function asPatentee(name: string): Promise<string> {
    const token = await login(`patentee-${name}`)
    const uscc = DEMO_ENTERPRISE.uscc
    const res = await call('/api/me/enterprise', { method: 'PUT', token, body: { ...DEMO_ENTERPRISE, name, uscc } })
    expect(res.status).toBe(200)
    return token
  }

  function codes(item: PledgeCheckItem): string[] {
    return item.problems.map((p) => p.code)
  }

  async function asDemoEnterprise(code: string): Promise<string> {
    const token = await login(code)
    const res = await call('/api/me/enterprise', { method: 'PUT', token, body: { ...DEMO_COMPANY, region: '440700', industry: 'C38' } })
    expect(res.status).toBe(200)
    return token
  }

  test('should pass a clean patent checked by its own patentee', async () => {
    const token = await asPatentee('五邑大学')
    const [item] = await check(token, 'patentIds=p000001&termMonths=36')
    expect(item).toEqual(expect.objectContaining({ patentId: 'p000001', patentNo: '201710601862.3', patentee: '五邑大学', ok: true, problems: [] }))
  })

  test.each([
    ['ready', [], ''],
    ['ready2', [], ''],
    ['alreadyPledged', ['already_pledged'], '质押注销'],
    ['annuityGrace', ['annuity_unpaid'], '补缴年费'],
    ['coOwned', ['co_owner_consent'], '全体共有人'],
    ['expiresBeforeTerm', ['term_past_expiry'], '缩短贷款期限'],
    ['invalidationPending', ['invalidation_pending'], '无效宣告'],
    ['disputeSuspended', ['disputed'], '权属纠纷'],
    ['courtPreservation', ['disputed'], '保全'],
    ['sameDayPair', ['same_day_pair'], '放弃实用新型'],
  ] as const)('should find the demo enterprise’s %s patent with %j from its own records', async (key, expected, action) => {
    const token = await asDemoEnterprise(`pledge-${key}`)
    const [item] = await check(token, `patentIds=${DEMO_PLEDGE_PATENTS[key]}&termMonths=36`)
    expect(item.patentee).toBe(DEMO_COMPANY.name)
    expect(codes(item)).toEqual(expected)
    expect(item.ok).toBe(expected.length === 0)
    for (const p of item.problems) {
      expect(p.message).toMatch(/[\u4e00-\u9fff]/)
      expect(p.ground).toContain('第十二条')
    }
    if (action) expect(item.problems[0].action).toContain(action)
  })

  test('should list the enterprise’s own patents with their readiness at GET /api/me/patents', async () => {
    const token = await asDemoEnterprise('my-patents')
    const res = await call('/api/me/patents?termMonths=36', { token })
    expect(res.status).toBe(200)
    expect(res.body.total).toBe(10)
    expect(res.body.items.map((i: { patent: { id: string } }) => i.patent.id).sort()).toEqual(Object.values(DEMO_PLEDGE_PATENTS).sort())
    const ready = res.body.items.filter((i: { check: PledgeCheckItem }) => i.check.ok).map((i: { patent: { id: string } }) => i.patent.id)
    expect(ready.sort()).toEqual([DEMO_PLEDGE_PATENTS.ready, DEMO_PLEDGE_PATENTS.ready2])
    // No 企业信息 → nothing to offer; another enterprise owns none of these.
    expect((await call('/api/me/patents', { token: await login('my-patents-none') })).body).toEqual({ items: [], total: 0, enterprise: null })
    const stranger = await asPatentee('某某无专利科技有限公司')
    expect((await call('/api/me/patents', { token: stranger })).body.total).toBe(0)
    expectError(await call('/api/me/patents'), 401, 'UNAUTHENTICATED')
    expectError(await call('/api/me/patents', { token: await login(undefined, 'officer') }), 403, 'FORBIDDEN')
  })

  test('should refuse an application pledging a blocked patent with 409 PLEDGE_BLOCKED and its problems', async () => {
    const token = await asDemoEnterprise('pledge-blocked')
    const body = { enterprise: { ...DEMO_COMPANY }, amountFen: 300 * WAN, termMonths: 36, purpose: '扩大产能', productId: FIXED_PRODUCTS.bocPledge }
    const before = srv.server.mock.db.financeApplications.size
    for (const [id, code] of [
      [DEMO_PLEDGE_PATENTS.alreadyPledged, 'already_pledged'],
      [DEMO_PLEDGE_PATENTS.expiresBeforeTerm, 'term_past_expiry'],
      ['p000001', 'not_patentee'],
    ]) {
      const res = await call('/api/finance/applications', { token, body: { ...body, patentIds: [DEMO_PLEDGE_PATENTS.ready, id] } })
      expect(res.status).toBe(409)
      expect(res.body.error.code).toBe('PLEDGE_BLOCKED')
      expect(res.body.error.message).toMatch(/不能办理质押登记/)
      expect(res.body.error.problems).toEqual([expect.objectContaining({ patentId: id, problems: [expect.objectContaining({ code })] })])
    }
    expect(srv.server.mock.db.financeApplications.size).toBe(before)
    const ok = await call('/api/finance/applications', { token, body: { ...body, patentIds: [DEMO_PLEDGE_PATENTS.ready, DEMO_PLEDGE_PATENTS.ready2] } })
    expect(ok.status).toBe(201)
    expect(ok.body.application.pledgeCheck.map((c: PledgeCheckItem) => c.ok)).toEqual([true, true])
  })

  test('should make a disbursed loan’s patents already_pledged, and show officer and applicant the pledged patents and their check', async () => {
    const token = await asDemoEnterprise('pledge-disbursed')
    const officer = await login(undefined, 'officer')
    const body = { enterprise: { ...DEMO_COMPANY }, amountFen: 200 * WAN, termMonths: 12, purpose: '流动资金周转', patentIds: [DEMO_PLEDGE_PATENTS.ready2] }
    const created = await call('/api/finance/applications', { token, body })
    expect(created.status).toBe(201)
    const id = created.body.application.id
    for (const to of ['bank_accepted', 'credit_review', 'approved', 'disbursed']) {
      const moved = await call(`/api/applications/finance/${id}/transition`, { token: officer, body: { to, note: `办理：${to}` } })
      expect(moved.status).toBe(200)
    }
    const [after] = await check(token, `patentIds=${DEMO_PLEDGE_PATENTS.ready2}`)
    expect(codes(after)).toEqual(['already_pledged'])
    const again = await call('/api/finance/applications', { token, body: { ...body, purpose: '第二笔贷款' } })
    expect(again.status).toBe(409)
    expect(again.body.error.code).toBe('PLEDGE_BLOCKED')

    // Its own pledge is not held against the application itself.
    const detail = (await call(`/api/applications/finance/${id}`, { token })).body
    expect(detail.patents).toEqual([expect.objectContaining({ id: DEMO_PLEDGE_PATENTS.ready2, patentee: DEMO_COMPANY.name })])
    expect(detail.pledgeCheck).toEqual([expect.objectContaining({ patentId: DEMO_PLEDGE_PATENTS.ready2, ok: true })])
    const list = (await call('/api/officer/applications?kind=finance&status=disbursed&pageSize=50', { token: officer })).body.items
    const row = list.find((a: { id: string }) => a.id === id)
    expect(row.patents[0].patentNo).toMatch(/^\d{12}\.\d$/)
    expect(row.pledgeCheck[0].ok).toBe(true)
  })

  test('should flag an applicant who is not the patentee, or who has no enterprise profile yet', async () => {
    const other = await login(undefined) // u-sme-demo: empty profile
    const [noProfile] = await check(other, 'patentIds=p000001')
    expect(codes(noProfile)).toEqual(['not_patentee'])
    expect(noProfile.problems[0].action).toContain('企业信息')

    const demo2 = await login(DEMO_LOGIN_CODES.sme2)
    const [wrong] = await check(demo2, 'patentIds=p000001')
    expect(codes(wrong)).toEqual(['not_patentee'])
    expect(wrong.problems[0].message).toContain(DEMO_ENTERPRISE.name)
    // An explicit applicant (an officer checking for an enterprise) overrides the profile.
    const [explicit] = await check(demo2, `patentIds=p000001&applicant=${encodeURIComponent('五邑大学')}`)
    expect(explicit.ok).toBe(true)
  })

  test('should flag a patent past its expiry', async () => {
    const [fresh] = await check(await asPatentee('五邑大学'), 'patentIds=p000001')
    clockMs = Date.parse(`${fresh.expiryDate}T00:00:00+08:00`) + DAY
    const token = await asPatentee('五邑大学')
    const [expired] = await check(token, 'patentIds=p000001&termMonths=6')
    expect(codes(expired)).toEqual(['not_valid'])
    expect(expired.problems[0].message).toContain('届满')
  })

  test('should check several patents at once, in the order asked, without duplicates', async () => {
    const token = await asPatentee('四川轻化工大学')
    const items = await check(token, 'patentIds=p000005,p000004,p000005&patentIds=p000002')
    expect(items.map((i) => i.patentId)).toEqual(['p000005', 'p000004', 'p000002'])
  })

  test('should answer 400 for missing, unknown or too many ids and bad terms, and 401 without a token', async () => {
    const token = await login('pledge-400')
    expect(Object.keys(expectError(await call('/api/finance/pledge-check', { token }), 400, 'VALIDATION_FAILED').fields!)).toEqual(['patentIds'])
    const unknown = expectError(await call('/api/finance/pledge-check?patentIds=p000001,p999999', { token }), 400, 'VALIDATION_FAILED')
    expect(unknown.fields!.patentIds).toContain('p999999')
    const eleven = Array.from({ length: 11 }, (_, i) => patentIdOf(i)).join(',')
    expectError(await call(`/api/finance/pledge-check?patentIds=${eleven}`, { token }), 400, 'VALIDATION_FAILED')
    const term = expectError(await call('/api/finance/pledge-check?patentIds=p000001&termMonths=18', { token }), 400, 'VALIDATION_FAILED')
    expect(Object.keys(term.fields!)).toEqual(['termMonths'])
    expectError(await call('/api/finance/pledge-check?patentIds=p000001'), 401, 'UNAUTHENTICATED')
  })
})
