/** @jest-environment node */
// GET /api/catalog and the national codes every region/industry field and filter takes (API.md → Catalogues).

import type { CatalogResponse } from '@contract/catalog'
import { client, expectError, loginAs, startServer, type TestServer } from './helpers'

let srv: TestServer
let call: ReturnType<typeof client>

beforeAll(async () => {
  srv = await startServer({ patentCount: 2000 })
  call = client(srv.base)
})

afterAll(() => srv.close())

test('should serve the four catalogues publicly, each a tree of { code, name, children? }', async () => {
  const res = await call<CatalogResponse>('/api/catalog')
  expect(res.status).toBe(200)
  const { regions, industries, strategicIndustries, ipcSections } = res.body
  expect(regions).toHaveLength(34)
  const guangdong = regions.find((r) => r.code === '440000')!
  expect(guangdong.name).toBe('广东省')
  expect(guangdong.children).toContainEqual({ code: '440700', name: '江门市' })
  expect(regions.find((r) => r.code === '500000')).toEqual({ code: '500000', name: '重庆市' })
  expect(industries.find((i) => i.code === 'C')!.children).toContainEqual({ code: 'C38', name: '电气机械和器材制造业' })
  expect(strategicIndustries.find((s) => s.code === '6')!.children!.map((c) => c.code)).toEqual(['6.1', '6.2', '6.3', '6.4', '6.5'])
  expect(ipcSections.find((s) => s.code === 'H')!.children).toContainEqual({ code: 'H01', name: '基本电气元件' })
})

test('should take national codes in filters: a province matches its cities, a 门类 its 大类', async () => {
  const jm = (await call('/api/patents?region=440700&pageSize=50')).body
  expect(jm.total).toBeGreaterThan(0)
  expect(jm.items.every((p: { region: string }) => p.region === '440700')).toBe(true)
  const gd = (await call('/api/patents?region=440000&pageSize=1')).body
  expect(gd.total).toBe(jm.total + gd.facets.region['440100'] + gd.facets.region['440300'])
  const c = (await call('/api/patents?industry=C&pageSize=1')).body
  expect(c.total).toBe(Object.entries(c.facets.industry).filter(([k]) => k.startsWith('C')).reduce((n, [, v]) => n + (v as number), 0))
  const cq = (await call('/api/events?city=500000')).body
  expect(cq.items.length).toBeGreaterThan(0)
  expect(cq.items.every((e: { city: string; cityLabel: string }) => e.city === '500000' && e.cityLabel === '重庆市')).toBe(true)
  for (const bad of ['region=jiangmen', 'industry=new_energy', 'industry=C99', 'strategicIndustry=6.9', 'ipc=Z01', 'maturityMin=10']) {
    expectError(await call(`/api/patents?${bad}`), 400, 'VALIDATION_FAILED')
  }
  expectError(await call('/api/events?city=jiangmen'), 400, 'VALIDATION_FAILED')
})

test('should filter the new declaration fields and count them in facets', async () => {
  const s = (await call('/api/patents?strategicIndustry=6&pageSize=50')).body
  expect(s.total).toBeGreaterThan(0)
  expect(s.items.every((p: { strategicIndustry: string }) => p.strategicIndustry.startsWith('6.'))).toBe(true)
  const ipc = (await call('/api/patents?ipc=H01M&pageSize=50')).body
  expect(ipc.total).toBeGreaterThan(0)
  expect(ipc.facets.ipc.H01).toBe(ipc.total)
  const mature = (await call('/api/patents?maturityMin=8&pageSize=50')).body
  expect(mature.items.every((p: { maturity: number }) => p.maturity >= 8)).toBe(true)
  expect(mature.total).toBe(mature.facets.maturity['8'] + mature.facets.maturity['9'])
  const d = (await call('/api/patents/p000001')).body
  expect(d).toEqual(
    expect.objectContaining({
      industry: 'C38',
      region: '440700',
      strategicIndustry: expect.stringMatching(/^\d\.\d$/),
      maturity: expect.any(Number),
      valueGrade: expect.stringMatching(/^(high|medium|general)$/),
      advantages: expect.stringMatching(/[\u4e00-\u9fff]/),
      metrics: expect.stringMatching(/[\u4e00-\u9fff]/),
      contact: expect.objectContaining({ name: expect.any(String), phone: expect.stringMatching(/^1\d{10}$/) }),
    }),
  )
  expect(d.products.length).toBeGreaterThan(0)
  expect(d.cooperationCities[0]).toBe('440700')
})

test('should hold an event in any city and an enterprise in any city, and refuse a province or a slug', async () => {
  const officer = (await loginAs(call, 'officer')).token
  const sme = (await loginAs(call, 'sme', 'catalog-sme')).token
  const profile = { name: '佛山市顺德示例科技有限公司', uscc: '91350100M000100Y43', contactName: '王强', phone: '13700137000', industry: 'C38' }
  expect((await call('/api/me/enterprise', { method: 'PUT', token: sme, body: { ...profile, region: '440600' } })).status).toBe(200)
  for (const region of ['440000', 'foshan', '449900']) {
    const bad = expectError(await call('/api/me/enterprise', { method: 'PUT', token: sme, body: { ...profile, region } }), 400, 'VALIDATION_FAILED')
    expect(Object.keys(bad.fields!)).toEqual(['region'])
  }
  const start = Date.now() + 10 * 24 * 3600 * 1000
  const iso = (ms: number) => new Date(ms + 8 * 3600 * 1000).toISOString().slice(0, 19) + '+08:00'
  const event = {
    kind: 'matchmaking',
    title: '佛山市水暖卫浴产业专利路演',
    organizer: '佛山市市场监督管理局',
    venue: '顺德区创新中心',
    city: '440600',
    startsAt: iso(start),
    endsAt: iso(start + 3 * 3600 * 1000),
    signupOpensAt: iso(Date.now() - 3600 * 1000),
    signupClosesAt: iso(start - 24 * 3600 * 1000),
    capacity: 50,
    industries: ['C33'],
    description: '水暖卫浴企业专利对接',
    agenda: [],
  }
  const created = await call('/api/events', { token: officer, body: event })
  expect(created.status).toBe(201)
  expect((await call(`/api/events/${created.body.event?.id ?? created.body.id}`)).body.cityLabel ?? '佛山市').toBe('佛山市')
  expectError(await call('/api/events', { token: officer, body: { ...event, city: 'foshan' } }), 400, 'VALIDATION_FAILED')
})
