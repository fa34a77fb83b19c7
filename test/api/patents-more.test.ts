/** @jest-environment node */
// What test/api/patents.test.ts leaves out: every option of every filter, facets under combined
// filters, the maxFee boundary, sorts under filters, page-size consistency and more bad values.

import { FEE_MODES, PATENT_TYPES, type PatentDetail, type PatentListResponse, type PatentSummary } from '@contract/common'
import { looksLikePatentNo, patentNoCheckDigit } from '@/rules'
import { CITY_CODE, SECTOR_INDUSTRIES } from '@mock/seed/sectors'
import { FIXED_PATENTS } from '@mock/seed'
import { client, expectError, startServer, type TestServer } from './helpers'

let srv: TestServer
let call: ReturnType<typeof client>

beforeAll(async () => {
  srv = await startServer({ patentCount: 5000 })
  call = client(srv.base)
})

afterAll(() => srv.close())

type Group = 'type' | 'industry' | 'region' | 'feeMode'

const OPTIONS: Record<Group, readonly string[]> = {
  type: PATENT_TYPES,
  industry: Array.from(new Set(Object.values(SECTOR_INDUSTRIES).flat())).sort(),
  region: Object.values(CITY_CODE).sort(),
  feeMode: FEE_MODES,
}

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

function valueOf(p: PatentSummary, group: Group): string {
  return p[group]
}

const Q_METHOD = 'q=' + encodeURIComponent('方法')

describe('filters', () => {
  test.each(Object.keys(OPTIONS) as Group[])('should count every %s option exactly as filtering by it returns', async (group) => {
    const all = await list(Q_METHOD)
    let sum = 0
    for (const option of OPTIONS[group]) {
      const body = await list(`${Q_METHOD}&${group}=${option}&pageSize=50`)
      expect(body.total).toBe(all.facets[group][option as never])
      expect(body.items.every((p) => valueOf(p, group) === option)).toBe(true)
      // The chosen option carries the whole filtered set; the others in its group drop to 0.
      for (const other of OPTIONS[group]) expect(body.facets[group][other as never]).toBe(other === option ? body.total : 0)
      sum += body.total
    }
    expect(sum).toBe(all.total)
  })

  test('should count each facet of a combined query as the query narrowed by that option', async () => {
    const base = 'type=invention&feeMode=royalty&maxFee=0'
    const body = await list(base)
    expect(body.total).toBeGreaterThan(0)
    for (const region of ['440700', '510500', '500000']) {
      const narrowed = await list(`${base}&region=${region}`)
      expect(narrowed.total).toBe(body.facets.region[region])
    }
    for (const industry of ['C38', 'C14']) {
      const narrowed = await list(`${base}&industry=${industry}`)
      expect(narrowed.total).toBe(body.facets.industry[industry])
    }
  })

  test('should include a fee equal to maxFee and exclude the next higher one', async () => {
    const cap = 1_000_000
    const capped = await list(`maxFee=${cap}`)
    const total = capped.total
    expect(total).toBeGreaterThan(0)
    // In fee_asc order the first `total` rows are exactly the ones at or under the cap.
    const pageSize = 50
    const lastIn = total - 1
    const page = Math.floor(lastIn / pageSize) + 1
    const around = [...(await list(`sort=fee_asc&pageSize=${pageSize}&page=${page}`)).items, ...(await list(`sort=fee_asc&pageSize=${pageSize}&page=${page + 1}`)).items]
    const offset = (page - 1) * pageSize
    expect(headlineFee(around[lastIn - offset])).toBeLessThanOrEqual(cap)
    expect(headlineFee(around[lastIn - offset + 1])).toBeGreaterThan(cap)

    const exact = headlineFee(around[lastIn - offset])
    const atExact = await list(`maxFee=${exact}`)
    const belowExact = await list(`maxFee=${exact - 1}`)
    expect(atExact.total).toBe(total)
    expect(belowExact.total).toBeLessThan(atExact.total)
  })

  test('should require every search word (AND), wherever each one occurs', async () => {
    const both = await list('q=' + encodeURIComponent('五邑大学 电池') + '&pageSize=50')
    const university = await list('q=' + encodeURIComponent('五邑大学'))
    expect(both.total).toBeGreaterThan(0)
    expect(both.total).toBeLessThanOrEqual(university.total)
    expect(both.items.map((p) => p.id)).toContain(FIXED_PATENTS.lithiumCathode.id)
    for (const p of both.items.slice(0, 5)) {
      expect(p.patentee).toBe('五邑大学')
      if (!p.title.includes('电池')) {
        const detail = (await call<PatentDetail>(`/api/patents/${p.id}`)).body
        expect(detail.abstract).toContain('电池')
      }
    }
  })

  test('should combine a patent number with a filter that excludes it into an empty result', async () => {
    const hit = await list('q=ZL201710601862.3&type=invention')
    expect(hit.total).toBe(1)
    const miss = await list('q=ZL201710601862.3&type=design')
    expect(miss.total).toBe(0)
    expect(miss.facets.type).toEqual({ invention: 0, utility: 0, design: 0 })
  })
})

describe('sorts under filters', () => {
  test('should order fee_asc and fee_desc inside a filtered, capped set', async () => {
    for (const sort of ['fee_asc', 'fee_desc'] as const) {
      const items = (await list(`sort=${sort}&type=design&maxFee=2000000&pageSize=50`)).items
      expect(items.length).toBeGreaterThan(1)
      for (let i = 1; i < items.length; i++) {
        const a = headlineFee(items[i - 1])
        const b = headlineFee(items[i])
        expect(items[i].type).toBe('design')
        expect(b).toBeLessThanOrEqual(2_000_000)
        if (a === b) expect(items[i - 1].id < items[i].id).toBe(true)
        else expect(sort === 'fee_asc' ? a < b : a > b).toBe(true)
      }
    }
  })

  test('should order newest and popular inside a region', async () => {
    const newest = (await list('sort=newest&region=510500&pageSize=50&page=2')).items
    for (let i = 1; i < newest.length; i++) expect(newest[i - 1].declaredAt >= newest[i].declaredAt).toBe(true)
    const popular = (await list('sort=popular&region=510500&pageSize=50')).items
    expect(popular.every((p) => p.region === '510500')).toBe(true)
    for (let i = 1; i < popular.length; i++) {
      const a = popular[i - 1]
      const b = popular[i]
      expect(a.views > b.views || (a.views === b.views && a.applications >= b.applications)).toBe(true)
    }
  })

  test('should put a title that starts with the search word first under relevance', async () => {
    const items = (await list('q=' + encodeURIComponent('一种便携式') + '&sort=relevance&pageSize=50')).items
    expect(items.length).toBeGreaterThan(0)
    const firstNonStart = items.findIndex((p) => !p.title.startsWith('一种便携式'))
    if (firstNonStart >= 0) expect(items.slice(firstNonStart).some((p) => p.title.startsWith('一种便携式'))).toBe(false)
  })
})

describe('pagination', () => {
  test('should give the same sequence whatever the page size', async () => {
    const query = 'sort=popular&industry=C39'
    const by50 = [...(await list(`${query}&pageSize=50&page=1`)).items, ...(await list(`${query}&pageSize=50&page=2`)).items]
    const by20: PatentSummary[] = []
    for (let page = 1; page <= 5; page++) by20.push(...(await list(`${query}&pageSize=20&page=${page}`)).items)
    expect(by20.map((p) => p.id)).toEqual(by50.map((p) => p.id))
  })

  test('should end with a partial last page and then an empty one, keeping total and facets', async () => {
    const query = 'region=340100&type=utility'
    const first = await list(`${query}&pageSize=7`)
    const pages = Math.ceil(first.total / 7)
    const last = await list(`${query}&pageSize=7&page=${pages}`)
    expect(last.items).toHaveLength(first.total - (pages - 1) * 7)
    const beyond = await list(`${query}&pageSize=7&page=${pages + 1}`)
    expect(beyond).toMatchObject({ items: [], total: first.total, page: pages + 1, pageSize: 7 })
    expect(beyond.facets).toEqual(first.facets)
  })
})

describe('bad values', () => {
  test.each([
    ['type=INVENTION', 'type'],
    ['sort=RELEVANCE', 'sort'],
    ['feeMode=lump-sum', 'feeMode'],
    ['industry=' + encodeURIComponent('新能源'), 'industry'],
    ['region=' + encodeURIComponent('江门'), 'region'],
    ['page=abc', 'page'],
    ['page=-1', 'page'],
    ['pageSize=-1', 'pageSize'],
    ['pageSize=20.5', 'pageSize'],
    ['maxFee=10000000001', 'maxFee'],
    ['maxFee=' + encodeURIComponent('１０'), 'maxFee'],
    ['maxFee=0x10', 'maxFee'],
  ])('should answer %s with 400 naming %s', async (query, field) => {
    const error = expectError(await call(`/api/patents?${query}`), 400, 'VALIDATION_FAILED')
    expect(Object.keys(error.fields ?? {})).toEqual([field])
  })

  test('should answer a broken percent-encoding with 400, not 500', async () => {
    expectError(await call('/api/patents?q=%E6%B1'), 400, 'VALIDATION_FAILED')
  })

  test('should treat empty parameters as absent (cleared filters)', async () => {
    const all = await list('')
    const cleared = await list('q=&type=&industry=&region=&feeMode=&maxFee=&sort=')
    expect(cleared.total).toBe(all.total)
    expect(cleared.items.map((p) => p.id)).toEqual(all.items.map((p) => p.id))
  })
})

describe('GET /api/patents/:id by number', () => {
  test.each(['CN201710601862.3', '2017106018623', 'zl201710601862.3'])('should open the seeded patent by %s', async (form) => {
    const res = await call<PatentDetail>(`/api/patents/${encodeURIComponent(form)}`)
    expect(res.status).toBe(200)
    expect(res.body.id).toBe(FIXED_PATENTS.lithiumCathode.id)
  })

  test('should 404 a well-formed number that is not listed, and one with a wrong check digit', async () => {
    expectError(await call('/api/patents/ZL201710601862.4'), 404, 'NOT_FOUND')
    const unlisted = '202110000001'
    expect(looksLikePatentNo(unlisted)).not.toBeNull()
    expectError(await call(`/api/patents/ZL${unlisted}.${patentNoCheckDigit(unlisted)}`), 404, 'NOT_FOUND')
  })
})
