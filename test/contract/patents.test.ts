// API.md → Patents (开放许可供给清单): the list with its filters, facets, search and paging, and the
// statutory declaration. Expectations come from the server's own list, never from seeded ids.

import { expectError, expectFieldError, request } from './client'

type Counts = Record<string, number>
const sum = (counts: Counts) => Object.values(counts).reduce((a, b) => a + b, 0)
/** The option of a facet with the most patents, so a filter on it is sure to hold some. */
const biggest = (counts: Counts) => Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0]

async function list(query = '') {
  const res = await request(`/api/patents${query ? '?' + query : ''}`)
  expect(res.status).toBe(200)
  return res.body
}

function upFrontFee(p: { feeMode: string; lumpSumFen?: number; entryFeeFen?: number }): number {
  if (p.feeMode === 'lump_sum') return p.lumpSumFen!
  if (p.feeMode === 'entry_plus_royalty') return p.entryFeeFen!
  return 0
}

describe('GET /api/patents', () => {
  test('should list 20 summaries by default, with the list envelope and facets counted over the whole set', async () => {
    const body = await list()
    expect(body).toEqual(expect.objectContaining({ page: 1, pageSize: 20, total: expect.any(Number), items: expect.any(Array), facets: expect.any(Object) }))
    expect(body.total).toBeGreaterThan(20)
    expect(body.items).toHaveLength(20)
    for (const group of ['type', 'industry', 'region', 'feeMode']) expect(sum(body.facets[group])).toBe(body.total)
    expect(body.items[0]).toEqual(
      expect.objectContaining({
        id: expect.any(String),
        patentNo: expect.stringMatching(/^(\d{12}\.[\dX]|\d{8}\.[\dX])$/),
        title: expect.any(String),
        type: expect.stringMatching(/^(invention|utility|design)$/),
        feeMode: expect.stringMatching(/^(lump_sum|royalty|entry_plus_royalty)$/),
        declaredAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/),
      }),
    )
  })

  test.each(['type', 'industry', 'region', 'feeMode'])('should narrow by %s to exactly the count its facet gave', async (name) => {
    const all = await list()
    const value = biggest(all.facets[name])
    const body = await list(`${name}=${encodeURIComponent(value)}&pageSize=50`)
    expect(body.total).toBe(all.facets[name][value])
    expect(body.total).toBeGreaterThan(0)
    expect(body.items.every((p: Record<string, string>) => p[name] === value)).toBe(true)
    for (const group of ['type', 'industry', 'region', 'feeMode']) expect(sum(body.facets[group])).toBe(body.total)
  })

  test('should match a province filter against all its cities', async () => {
    const all = await list()
    const city = Object.keys(all.facets.region).find((code) => all.facets.region[code] > 0 && /^\d\d(?!00)\d\d00$/.test(code))!
    const province = `${city.slice(0, 2)}0000`
    const body = await list(`region=${province}&pageSize=50`)
    const citiesOfProvince = Object.entries(all.facets.region as Counts).filter(([code]) => code.startsWith(city.slice(0, 2)))
    expect(body.total).toBe(citiesOfProvince.reduce((n, [, v]) => n + v, 0))
    expect(body.items.every((p: { region: string }) => p.region.startsWith(city.slice(0, 2)))).toBe(true)
  })

  test('should cap the up-front fee with maxFee, royalty-only counting as 0', async () => {
    const body = await list('maxFee=1000000&pageSize=50&sort=fee_desc')
    expect(body.items.every((p: Parameters<typeof upFrontFee>[0]) => upFrontFee(p) <= 1_000_000)).toBe(true)
    const zero = await list('maxFee=0&pageSize=50')
    expect(zero.items.every((p: Parameters<typeof upFrontFee>[0]) => upFrontFee(p) === 0)).toBe(true)
  })

  test.each([
    ['fee_asc', false],
    ['fee_desc', true],
  ] as const)('should order sort=%s by the up-front fee', async (sort, desc) => {
    const fees = (await list(`sort=${sort}&pageSize=50`)).items.map(upFrontFee)
    expect(fees).toEqual([...fees].sort((a, b) => (desc ? b - a : a - b)))
  })

  test('should order sort=newest by declaration time, newest first', async () => {
    const times = (await list('sort=newest&pageSize=50')).items.map((p: { declaredAt: string }) => Date.parse(p.declaredAt))
    expect(times).toEqual([...times].sort((a, b) => b - a))
  })

  test('should page without duplicates: page 2 follows page 1', async () => {
    const first = await list('sort=newest&pageSize=10')
    const second = await list('sort=newest&pageSize=10&page=2')
    const both = await list('sort=newest&pageSize=20')
    expect(second.page).toBe(2)
    expect([...first.items, ...second.items].map((p: { id: string }) => p.id)).toEqual(both.items.map((p: { id: string }) => p.id))
  })

  test('should find a patent by its number with or without ZL/CN and the dot', async () => {
    const [target] = (await list('pageSize=1')).items
    const digits = target.patentNo.replace('.', '')
    for (const form of [target.patentNo, `ZL${target.patentNo}`, `CN${target.patentNo}`, digits]) {
      const body = await list(`q=${encodeURIComponent(form)}`)
      expect(body.items.map((p: { id: string }) => p.id)).toContain(target.id)
    }
  })

  test('should search titles and patentees', async () => {
    const [target] = (await list('pageSize=1&sort=newest')).items
    const byPatentee = await list(`q=${encodeURIComponent(target.patentee)}&pageSize=50`)
    expect(byPatentee.total).toBeGreaterThan(0)
    expect(byPatentee.items.some((p: { patentee: string }) => p.patentee === target.patentee)).toBe(true)
    const byTitle = await list(`q=${encodeURIComponent(target.title)}&pageSize=50`)
    expect(byTitle.items.map((p: { id: string }) => p.id)).toContain(target.id)
  })

  test('should answer a search that matches nothing with an empty list, not an error', async () => {
    const body = await list(`q=${encodeURIComponent('量子纠缠超导隧穿契约')}`)
    expect(body).toEqual(expect.objectContaining({ total: 0, items: [] }))
  })

  test.each([
    ['sort=x', 'sort'],
    ['feeMode=free', 'feeMode'],
    ['maxFee=abc', 'maxFee'],
    ['maxFee=-5', 'maxFee'],
    ['page=0', 'page'],
    ['pageSize=0', 'pageSize'],
  ])('should answer ?%s with 400 naming the parameter', async (query, field) => {
    expectFieldError(await request(`/api/patents?${query}`), field)
  })
})

describe('GET /api/patents/:id', () => {
  test('should return the statutory open-licence declaration of a listed patent', async () => {
    const [summary] = (await list('pageSize=1&type=invention')).items
    const res = await request(`/api/patents/${encodeURIComponent(summary.id)}`)
    expect(res.status).toBe(200)
    const d = res.body
    expect(d).toEqual(
      expect.objectContaining({
        id: summary.id,
        patentNo: summary.patentNo,
        title: summary.title,
        type: 'invention',
        abstract: expect.any(String),
        ipc: expect.any(String),
        patentee: expect.any(String),
        inventors: expect.any(Array),
        applicationDate: expect.stringMatching(/^\d{4}-\d\d-\d\d/),
        grantDate: expect.stringMatching(/^\d{4}-\d\d-\d\d/),
        expiryDate: expect.stringMatching(/^\d{4}-\d\d-\d\d/),
        legalStatus: 'valid',
        industry: expect.any(String),
        region: expect.any(String),
        feeMode: summary.feeMode,
        licenceTermMonths: expect.any(Number),
        declaredAt: expect.any(String),
        updatedAt: expect.any(String),
        source: expect.any(String),
        views: expect.any(Number),
        applications: expect.any(Number),
      }),
    )
    expect(d.applicationDate < d.grantDate).toBe(true)
  })

  test('should carry the evaluation report on utility-model and design patents', async () => {
    for (const type of ['utility', 'design']) {
      const [summary] = (await list(`pageSize=1&type=${type}`)).items
      expect((await request(`/api/patents/${encodeURIComponent(summary.id)}`)).body.evaluationReport).toBe(true)
    }
  })

  test('should also open a declaration by its patent number', async () => {
    const [summary] = (await list('pageSize=1')).items
    const res = await request(`/api/patents/${encodeURIComponent('ZL' + summary.patentNo)}`)
    expect(res.status).toBe(200)
    expect(res.body.id).toBe(summary.id)
  })

  test('should answer an unknown patent with 404 NOT_FOUND', async () => {
    expectError(await request('/api/patents/p-contract-missing-0'), 404, 'NOT_FOUND')
    expectError(await request(`/api/patents/${encodeURIComponent('<script>')}`), 404, 'NOT_FOUND')
  })
})
