// docs/api-extensions.md → Patents and favourites: GET /api/me/favourites, GET|PUT|DELETE
// /api/me/favourites/:patentId, each user's own.

import { expectError, expectFieldError, request } from './client'
import { login, somePatents } from './fixtures'

const one = (token: string, id: string) => request(`/api/me/favourites/${encodeURIComponent(id)}`, { token })
const put = (token: string, id: string) => request(`/api/me/favourites/${encodeURIComponent(id)}`, { method: 'PUT', token })
const del = (token: string, id: string) => request(`/api/me/favourites/${encodeURIComponent(id)}`, { method: 'DELETE', token })
const list = (token: string, query = '') => request(`/api/me/favourites${query}`, { token })

test('should save a favourite with PUT (201), list it with its patent, and remove it with DELETE', async () => {
  const { token } = await login('sme')
  const [patent] = await somePatents(1)
  expect((await one(token, patent.id)).body).toEqual(expect.objectContaining({ patentId: patent.id, favourited: false, createdAt: null }))

  const saved = await put(token, patent.id)
  expect(saved.status).toBe(201)
  expect(saved.body).toEqual(expect.objectContaining({ patentId: patent.id, favourited: true, createdAt: expect.any(String) }))
  expect((await one(token, patent.id)).body).toEqual(saved.body)

  const listed = await list(token)
  expect(listed.body).toEqual(expect.objectContaining({ total: 1, page: 1 }))
  expect(listed.body.items).toEqual([expect.objectContaining({ patentId: patent.id, patent: expect.objectContaining({ id: patent.id, title: patent.title }) })])

  const removed = await del(token, patent.id)
  expect(removed.status).toBe(200)
  expect(removed.body.favourited).toBe(false)
  expect((await list(token)).body).toEqual(expect.objectContaining({ total: 0, items: [] }))
})

test('should keep one favourite when PUT is repeated (200 the second time)', async () => {
  const { token } = await login('sme')
  const [patent] = await somePatents(1)
  const first = await put(token, patent.id)
  const second = await put(token, patent.id)
  expect([first.status, second.status]).toEqual([201, 200])
  expect(second.body.createdAt).toBe(first.body.createdAt)
  expect((await list(token)).body.total).toBe(1)
})

test('should list favourites newest first and page them', async () => {
  const { token } = await login('sme')
  const patents = await somePatents(3, 'sort=newest')
  for (const p of patents) expect((await put(token, p.id)).status).toBe(201)
  const page1 = await list(token, '?pageSize=2')
  const page2 = await list(token, '?pageSize=2&page=2')
  expect(page1.body.total).toBe(3)
  const items: Array<{ patentId: string; createdAt: string }> = [...page1.body.items, ...page2.body.items]
  expect(items.map((f) => f.patentId).sort()).toEqual(patents.map((p) => p.id).sort())
  // Newest first, as far as the times tell (three saves within a second or two may share one).
  const times = items.map((f) => Date.parse(f.createdAt))
  expect(times).toEqual([...times].sort((a, b) => b - a))
})

test('should keep each user’s favourites to that user', async () => {
  const alice = await login('sme')
  const bob = await login('sme')
  const [patent] = await somePatents(1)
  await put(alice.token, patent.id)
  expect((await list(bob.token)).body.total).toBe(0)
  await del(bob.token, patent.id)
  expect((await one(alice.token, patent.id)).body.favourited).toBe(true)
})

test('should answer an unknown patent with 404 and store nothing', async () => {
  const { token } = await login('sme')
  expectError(await put(token, 'p-contract-missing-0'), 404, 'NOT_FOUND')
  expectError(await one(token, 'p-contract-missing-0'), 404, 'NOT_FOUND')
  expect((await list(token)).body.total).toBe(0)
})

test('should need a login, and refuse a bad page size', async () => {
  expectError(await request('/api/me/favourites'), 401, 'UNAUTHENTICATED')
  const [patent] = await somePatents(1)
  expectError(await request(`/api/me/favourites/${patent.id}`, { method: 'PUT' }), 401, 'UNAUTHENTICATED')
  const { token } = await login('sme')
  expectFieldError(await list(token, '?pageSize=51'), 'pageSize')
})
