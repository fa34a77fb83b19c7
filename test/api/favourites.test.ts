/** @jest-environment node */
// 我的收藏 over real HTTP: GET /api/me/favourites, GET|PUT|DELETE /api/me/favourites/:patentId.

import type { FavouriteListResponse, FavouriteStatus } from '@contract/favourites'
import { MAX_FAVOURITES } from '@contract/favourites'
import { FIXED_PATENTS } from '@mock/seed'
import { client, expectError, loginFresh, startServer, type TestServer } from './helpers'

let srv: TestServer
let call: ReturnType<typeof client>

beforeAll(async () => {
  srv = await startServer({ patentCount: 800 })
  call = client(srv.base)
})

afterAll(() => srv.close())

/** A fresh user per test, so tests never see each other's favourites. */
async function newUser(role: 'sme' | 'officer' = 'sme'): Promise<string> {
  return (await loginFresh(call, role, 'fav-test')).token
}

const LITHIUM = FIXED_PATENTS.lithiumCathode.id
const ROYALTY = FIXED_PATENTS.lineInspection.id

const put = (token: string, id: string) => call<FavouriteStatus>(`/api/me/favourites/${id}`, { method: 'PUT', token })
const del = (token: string, id: string) => call<FavouriteStatus>(`/api/me/favourites/${id}`, { method: 'DELETE', token })
const one = (token: string, id: string) => call<FavouriteStatus>(`/api/me/favourites/${id}`, { token })
const list = (token: string, query = '') => call<FavouriteListResponse>(`/api/me/favourites${query}`, { token })

test('should answer every favourites call without a token with 401', async () => {
  expectError(await call('/api/me/favourites'), 401, 'UNAUTHENTICATED')
  expectError(await call(`/api/me/favourites/${LITHIUM}`), 401, 'UNAUTHENTICATED')
  expectError(await call(`/api/me/favourites/${LITHIUM}`, { method: 'PUT' }), 401, 'UNAUTHENTICATED')
  expectError(await call(`/api/me/favourites/${LITHIUM}`, { method: 'DELETE' }), 401, 'UNAUTHENTICATED')
  expectError(await call('/api/me/favourites', { token: 'not-a-session' }), 401, 'UNAUTHENTICATED')
})

test('should save a favourite with PUT, list it with its patent summary, and remove it with DELETE', async () => {
  const token = await newUser()
  expect((await one(token, LITHIUM)).body).toEqual({ patentId: LITHIUM, favourited: false, createdAt: null })

  const saved = await put(token, LITHIUM)
  expect(saved.status).toBe(201)
  expect(saved.body).toEqual({ patentId: LITHIUM, favourited: true, createdAt: expect.stringMatching(/\+08:00$/) })
  expect((await one(token, LITHIUM)).body).toEqual(saved.body)

  const listed = await list(token)
  expect(listed.status).toBe(200)
  expect(listed.body).toMatchObject({ total: 1, page: 1, pageSize: 20 })
  expect(listed.body.items).toEqual([
    {
      patentId: LITHIUM,
      createdAt: saved.body.createdAt,
      patent: expect.objectContaining({ id: LITHIUM, patentNo: '201710601862.3', title: FIXED_PATENTS.lithiumCathode.title }),
    },
  ])

  const removed = await del(token, LITHIUM)
  expect(removed.status).toBe(200)
  expect(removed.body).toEqual({ patentId: LITHIUM, favourited: false, createdAt: null })
  expect((await list(token)).body).toMatchObject({ total: 0, items: [] })
})

test('should keep one favourite when PUT is repeated, and accept a repeated DELETE', async () => {
  const token = await newUser()
  const first = await put(token, ROYALTY)
  const second = await put(token, ROYALTY)
  expect(first.status).toBe(201)
  expect(second.status).toBe(200)
  expect(second.body).toEqual(first.body)
  const both = await Promise.all([put(token, ROYALTY), put(token, ROYALTY)])
  expect(both.map((r) => r.body.createdAt)).toEqual([first.body.createdAt, first.body.createdAt])
  expect((await list(token)).body.total).toBe(1)

  expect((await del(token, ROYALTY)).status).toBe(200)
  const again = await del(token, ROYALTY)
  expect(again.status).toBe(200)
  expect(again.body.favourited).toBe(false)
  expect((await list(token)).body.total).toBe(0)
})

test('should answer an unknown patent with 404 on every method and store nothing', async () => {
  const token = await newUser()
  for (const id of ['p999999', encodeURIComponent('<img src=x>')]) {
    expectError(await put(token, id), 404, 'NOT_FOUND')
    expectError(await del(token, id), 404, 'NOT_FOUND')
    expectError(await one(token, id), 404, 'NOT_FOUND')
  }
  expect((await list(token)).body.total).toBe(0)
})

test('should keep each user’s favourites to that user', async () => {
  const alice = await newUser()
  const bob = await newUser()
  await put(alice, LITHIUM)
  expect((await list(bob)).body.total).toBe(0)
  expect((await one(bob, LITHIUM)).body.favourited).toBe(false)
  // Bob removing "his" favourite must not touch Alice's.
  await del(bob, LITHIUM)
  expect((await one(alice, LITHIUM)).body.favourited).toBe(true)
})

test('should list newest first and page without duplicates or gaps', async () => {
  const token = await newUser('officer')
  const ids = Array.from({ length: 7 }, (_, i) => `p${String(100 + i).padStart(6, '0')}`)
  for (const id of ids) expect((await put(token, id)).status).toBe(201)
  // Re-saving an old favourite does not move it to the top: it was saved first.
  await put(token, ids[0])

  const pages = [await list(token, '?pageSize=3'), await list(token, '?pageSize=3&page=2'), await list(token, '?pageSize=3&page=3')]
  expect(pages.map((p) => p.body.total)).toEqual([7, 7, 7])
  expect(pages.flatMap((p) => p.body.items.map((f) => f.patentId))).toEqual([...ids].reverse())
  expect((await list(token, '?pageSize=3&page=4')).body.items).toEqual([])
})

test.each([
  ['?page=0', 'page'],
  ['?pageSize=51', 'pageSize'],
  ['?pageSize=abc', 'pageSize'],
])('should answer %s with 400 and fields', async (query, field) => {
  const token = await newUser()
  const error = expectError(await list(token, query), 400, 'VALIDATION_FAILED')
  expect(error.fields).toHaveProperty(field)
})

test(`should refuse more than ${MAX_FAVOURITES} favourites with 409, and still accept an existing one`, async () => {
  const token = await newUser()
  for (let i = 0; i < MAX_FAVOURITES; i++) {
    const res = await put(token, `p${String(i + 1).padStart(6, '0')}`)
    expect(res.status).toBe(201)
  }
  expectError(await put(token, `p${String(MAX_FAVOURITES + 1).padStart(6, '0')}`), 409, 'CONFLICT')
  expect((await put(token, LITHIUM)).status).toBe(200)
  expect((await list(token)).body.total).toBe(MAX_FAVOURITES)
  await del(token, LITHIUM)
  expect((await put(token, `p${String(MAX_FAVOURITES + 1).padStart(6, '0')}`)).status).toBe(201)
})
