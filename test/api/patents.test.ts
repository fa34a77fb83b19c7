/** @jest-environment node */
// GET /api/patents and /api/patents/:id over real HTTP, on 5,000 seeded declarations.

import type { PatentDetail, PatentListResponse, PatentSummary } from '@contract/common'
import { isIndustry, isStrategicIndustry, ROYALTY_PROFIT_CAP, ROYALTY_SALES_CAP } from '@/rules'
import { CITY_CODE } from '@mock/seed/sectors'
import { FIXED_PATENTS } from '@mock/seed'
import { client, expectError, startServer, type TestServer } from './helpers'

let srv: TestServer
let call: ReturnType<typeof client>

beforeAll(async () => {
  srv = await startServer({ patentCount: 5000 })
  call = client(srv.base)
})

afterAll(() => srv.close())

async function list(query: string): Promise<PatentListResponse> {
  const res = await call<PatentListResponse>(`/api/patents${query ? '?' + query : ''}`)
  expect(res.status).toBe(200)
  return res.body
}

function headlineFee(p: PatentSummary): number {
  if (p.feeMode === 'lump_sum') return p.lumpSumFen!
  if (p.feeMode === 'entry_plus_royalty') return p.entryFeeFen!
  return 0
}

function sum(counts: Record<string, number>): number {
  return Object.values(counts).reduce((a, b) => a + b, 0)
}

function expectFacetsAgree(body: PatentListResponse): void {
  for (const group of ['type', 'industry', 'region', 'feeMode'] as const) {
    expect(sum(body.facets[group])).toBe(body.total)
  }
}

const LITHIUM = FIXED_PATENTS.lithiumCathode

describe('GET /api/patents', () => {
  test('should list 20 summaries by default with every facet option counted', async () => {
    const body = await list('')
    expect(body.total).toBe(5000)
    expect(body.page).toBe(1)
    expect(body.pageSize).toBe(20)
    expect(body.items).toHaveLength(20)
    expect(Object.keys(body.facets.type).sort()).toEqual(['design', 'invention', 'utility'])
    expect(Object.keys(body.facets.feeMode).sort()).toEqual(['entry_plus_royalty', 'lump_sum', 'royalty'])
    // Every option the list holds, named by its national code (GB/T 4754 大类, GB/T 2260 city, …).
    expect(Object.keys(body.facets.industry)).toHaveLength(16)
    expect(Object.keys(body.facets.industry).every((c) => isIndustry(c))).toBe(true)
    expect(Object.keys(body.facets.region).sort()).toEqual(Object.values(CITY_CODE).sort())
    expect(Object.keys(body.facets.strategicIndustry).every((c) => isStrategicIndustry(c))).toBe(true)
    expect(Object.keys(body.facets.ipc).every((c) => /^[A-H]\d\d$/.test(c))).toBe(true)
    expect(Object.keys(body.facets.maturity)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9'])
    expectFacetsAgree(body)
    const item = body.items[0]
    expect(item).toEqual(
      expect.objectContaining({
        id: expect.any(String),
        patentNo: expect.stringMatching(/^\d{12}\.[\dX]$/),
        title: expect.any(String),
        patentee: expect.any(String),
        declaredAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/),
        views: expect.any(Number),
        applications: expect.any(Number),
        abstractSnippet: expect.any(String),
      }),
    )
  })

  test.each([
    ['type', 'utility', (p: PatentSummary) => p.type === 'utility'],
    ['industry', 'C38', (p: PatentSummary) => p.industry === 'C38'],
    ['region', '510500', (p: PatentSummary) => p.region === '510500'],
    ['feeMode', 'royalty', (p: PatentSummary) => p.feeMode === 'royalty'],
  ] as const)('should narrow by %s and agree with the facets', async (name, value, holds) => {
    const all = await list('')
    const body = await list(`${name}=${value}&pageSize=50`)
    expect(body.total).toBeGreaterThan(0)
    expect(body.total).toBeLessThan(all.total)
    expect(body.total).toBe((all.facets as unknown as Record<string, Record<string, number>>)[name][value])
    expect(body.items.every(holds)).toBe(true)
    expectFacetsAgree(body)
  })

  test('should cap the up-front fee with maxFee (royalty-only counts as 0)', async () => {
    const body = await list('maxFee=1000000&pageSize=50&sort=fee_desc')
    expect(body.total).toBeGreaterThan(0)
    expect(body.items.every((p) => headlineFee(p) <= 1_000_000)).toBe(true)
    const zero = await list('maxFee=0')
    expect(zero.total).toBe(zero.facets.feeMode.royalty)
    expectFacetsAgree(body)
  })

  test('should combine filters', async () => {
    const body = await list('type=invention&region=440700&feeMode=lump_sum&pageSize=50')
    expect(body.total).toBeGreaterThan(0)
    expect(body.facets.type).toEqual({ invention: body.total, utility: 0, design: 0 })
    expect(body.facets.region['440700']).toBe(body.total)
    expect(body.items.every((p) => p.type === 'invention' && p.region === '440700' && p.feeMode === 'lump_sum')).toBe(true)
    expectFacetsAgree(body)
  })

  test('should search titles, abstracts and patentees', async () => {
    const body = await list('q=' + encodeURIComponent('五邑大学') + '&pageSize=50')
    expect(body.total).toBeGreaterThan(0)
    expect(body.items.every((p) => p.patentee === '五邑大学')).toBe(true)
    const battery = await list('q=' + encodeURIComponent('电池') + '&pageSize=50')
    expect(battery.total).toBeGreaterThan(0)
    for (const p of battery.items.slice(0, 10)) {
      if (p.title.includes('电池') || p.patentee.includes('电池')) continue
      const detail = (await call<PatentDetail>(`/api/patents/${p.id}`)).body
      expect(detail.abstract).toContain('电池')
    }
    // Title hits rank above abstract-only hits.
    const firstAbstractOnly = battery.items.findIndex((p) => !p.title.includes('电池'))
    if (firstAbstractOnly >= 0) expect(battery.items.slice(firstAbstractOnly).some((p) => p.title.includes('电池'))).toBe(false)
    expectFacetsAgree(battery)
    const none = await list('q=' + encodeURIComponent('量子纠缠超导隧穿'))
    expect(none.total).toBe(0)
    expect(none.items).toEqual([])
    expectFacetsAgree(none)
  })

  test.each(['ZL201710601862.3', 'CN201710601862.3', '2017106018623', '201710601862.3', 'zl 201710601862.3', '２０１７１０６０１８６２．３'])(
    'should find the patent by its number written as %s',
    async (form) => {
      const body = await list('q=' + encodeURIComponent(form))
      expect(body.total).toBe(1)
      expect(body.items[0]).toMatchObject({ id: LITHIUM.id, patentNo: '201710601862.3' })
    },
  )

  test('should accept + as a space in the query string', async () => {
    const body = await list('q=ZL+201710601862.3')
    expect(body.items[0]?.id).toBe(LITHIUM.id)
  })

  test('should order every sort correctly, ties by id', async () => {
    const check = <K>(items: PatentSummary[], key: (p: PatentSummary) => K, desc: boolean) => {
      for (let i = 1; i < items.length; i++) {
        const a = key(items[i - 1])
        const b = key(items[i])
        if (a === b) expect(items[i - 1].id < items[i].id).toBe(true)
        else expect(desc ? a > b : a < b).toBe(true)
      }
    }
    for (const page of [1, 7]) {
      check((await list(`sort=newest&pageSize=50&page=${page}`)).items, (p) => p.declaredAt, true)
      check((await list(`sort=fee_asc&pageSize=50&page=${page}`)).items, headlineFee, false)
      check((await list(`sort=fee_desc&pageSize=50&page=${page}`)).items, headlineFee, true)
    }
    const popular = (await list('sort=popular&pageSize=50')).items
    for (let i = 1; i < popular.length; i++) {
      const a = popular[i - 1]
      const b = popular[i]
      expect(a.views > b.views || (a.views === b.views && (a.applications > b.applications || (a.applications === b.applications && a.id < b.id)))).toBe(true)
    }
    // relevance without q is newest first.
    expect((await list('sort=relevance&pageSize=50')).items).toEqual((await list('sort=newest&pageSize=50')).items)
  })

  test.each(['newest', 'fee_asc', 'fee_desc', 'popular', 'relevance'])(
    'should page through %s with no duplicates or gaps',
    async (sort) => {
      const query = `sort=${sort}&region=500000&type=invention&q=${encodeURIComponent('方法')}&pageSize=50`
      const first = await list(query)
      expect(first.total).toBeGreaterThan(100)
      const seen = new Set<string>()
      const pages = Math.ceil(first.total / 50)
      for (let page = 1; page <= pages; page++) {
        const body = await list(`${query}&page=${page}`)
        expect(body.total).toBe(first.total)
        for (const p of body.items) {
          expect(seen.has(p.id)).toBe(false)
          seen.add(p.id)
        }
      }
      expect(seen.size).toBe(first.total)
      expect((await list(`${query}&page=${pages + 1}`)).items).toEqual([])
    },
  )

  test.each([
    ['type=foo', 'type'],
    ['sort=x', 'sort'],
    ['pageSize=51', 'pageSize'],
    ['pageSize=0', 'pageSize'],
    ['page=0', 'page'],
    ['page=1.5', 'page'],
    ['maxFee=abc', 'maxFee'],
    ['maxFee=-5', 'maxFee'],
    ['maxFee=1e6', 'maxFee'],
    ['industry=mining', 'industry'],
    ['region=atlantis', 'region'],
    ['feeMode=free', 'feeMode'],
    ['q=<101 chars>', 'q'],
  ])('should answer %s with 400 and fields', async (label, field) => {
    const query = label === 'q=<101 chars>' ? 'q=' + 'x'.repeat(101) : label
    const error = expectError(await call(`/api/patents?${query}`), 400, 'VALIDATION_FAILED')
    expect(error.fields).toHaveProperty(field)
  })

  test('should name every bad parameter at once, and ignore unknown parameter names', async () => {
    const error = expectError(await call('/api/patents?type=foo&sort=bar&page=0'), 400, 'VALIDATION_FAILED')
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(['page', 'sort', 'type'])
    expect((await call('/api/patents?_t=123&type=')).status).toBe(200)
  })
})

describe('GET /api/patents/:id', () => {
  test('should return the full statutory declaration', async () => {
    const res = await call<PatentDetail>(`/api/patents/${LITHIUM.id}`)
    expect(res.status).toBe(200)
    const d = res.body
    expect(d).toEqual(
      expect.objectContaining({
        id: LITHIUM.id,
        patentNo: '201710601862.3',
        title: LITHIUM.title,
        type: 'invention',
        abstract: expect.any(String),
        ipc: expect.stringMatching(/^H01M/),
        patentee: '五邑大学',
        inventors: expect.arrayContaining([expect.any(String)]),
        applicationDate: expect.stringMatching(/^2017-\d\d-\d\d$/),
        grantDate: expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
        expiryDate: expect.stringMatching(/^2037-\d\d-\d\d$/),
        legalStatus: 'valid',
        industry: 'C38',
        region: '440700',
        feeMode: 'lump_sum',
        lumpSumFen: 30_000_000,
        licenceTermMonths: 36,
        declaredAt: expect.stringMatching(/\+08:00$/),
        updatedAt: expect.stringMatching(/\+08:00$/),
        source: expect.any(String),
        views: expect.any(Number),
        applications: expect.any(Number),
      }),
    )
    expect(d.applicationDate < d.grantDate).toBe(true)
    expect(d.grantDate < d.declaredAt.slice(0, 10)).toBe(true)
    expect(d.expiryDate).toBe(`${Number(d.applicationDate.slice(0, 4)) + 20}${d.applicationDate.slice(4)}`)
    expect(d.evaluationReport).toBeUndefined()
  })

  test('should carry the evaluation report on utility and design patents, and rates within caps', async () => {
    for (const key of ['fumigationDevice', 'liquorBottle'] as const) {
      const d = (await call<PatentDetail>(`/api/patents/${FIXED_PATENTS[key].id}`)).body
      expect(d.type).not.toBe('invention')
      expect(d.evaluationReport).toBe(true)
    }
    const royalty = (await call<PatentDetail>(`/api/patents/${FIXED_PATENTS.pitMudBacteria.id}`)).body
    expect(royalty).toMatchObject({ feeMode: 'entry_plus_royalty', entryFeeFen: 5_000_000, royaltyBasis: 'profit' })
    expect(royalty.royaltyRate!).toBeLessThanOrEqual(ROYALTY_PROFIT_CAP)
    expect(ROYALTY_SALES_CAP).toBe(0.2)
  })

  test('should count a view per visit', async () => {
    const id = FIXED_PATENTS.lineInspection.id
    const before = (await call<PatentDetail>(`/api/patents/${id}`)).body.views
    const after = (await call<PatentDetail>(`/api/patents/${id}`)).body.views
    expect(after).toBe(before + 1)
  })

  test('should 404 an unknown id', async () => {
    expectError(await call('/api/patents/p999999'), 404, 'NOT_FOUND')
    expectError(await call('/api/patents/' + encodeURIComponent('<script>')), 404, 'NOT_FOUND')
  })

  test('should also open by patent number (deep links from a certificate)', async () => {
    const res = await call<PatentDetail>('/api/patents/ZL201710601862.3')
    expect(res.body.id).toBe(LITHIUM.id)
  })
})
