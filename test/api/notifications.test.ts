/** @jest-environment node */
// API.md → Tracking: the message centre — GET /api/me/notifications (unread first, then newest),
// POST …/:id/read, POST …/read-all, GET …/unread-count, over real HTTP.

import type { NotificationListResponse } from '@contract/tracking'
import { transition } from '@mock/domain/workflow'
import { client, expectError, loginAs, loginFresh, startServer, type TestServer } from './helpers'
import { addFinance, addLicence, Clock } from './tracking-fixtures'

let srv: TestServer
let call: ReturnType<typeof client>
const clock = new Clock()

beforeAll(async () => {
  srv = await startServer({ patentCount: 50, now: clock.now })
  call = client(srv.base)
})

afterAll(() => srv.close())

async function newSme() {
  return loginFresh(call, 'sme', 'notifications-test')
}

async function messages(token: string, query = ''): Promise<NotificationListResponse> {
  const res = await call<NotificationListResponse>(`/api/me/notifications${query}`, { token })
  expect(res.status).toBe(200)
  return res.body
}

async function unread(token: string): Promise<number> {
  const res = await call<{ count: number }>('/api/me/notifications/unread-count', { token })
  expect(res.status).toBe(200)
  return res.body.count
}

/** Three status messages for a fresh user, a minute apart: 受理 (oldest), 通知, 审查 (newest). */
async function userWithThreeMessages() {
  const user = await newSme()
  const ctx = srv.server.mock
  const finance = addFinance(ctx, user.userId, '知识产权质押贷')
  const licence = addLicence(ctx, user.userId)
  transition(ctx, 'finance', finance.id, 'bank_accepted', 'officer', { note: '银行已受理' })
  clock.advance(1)
  transition(ctx, 'licence', licence.id, 'notified', 'officer', { note: '<img src=x onerror=alert(1)>已书面通知专利权人' })
  clock.advance(1)
  transition(ctx, 'finance', finance.id, 'credit_review', 'officer', { note: '进入授信审查' })
  clock.advance(1)
  return { ...user, finance, licence }
}

test('should list a user’s messages newest first with links to their applications and count them unread', async () => {
  const { token, finance, licence } = await userWithThreeMessages()
  const body = await messages(token)
  expect(body).toMatchObject({ total: 3, page: 1, pageSize: 20, unreadCount: 3 })
  expect(body.items.map((m) => m.body)).toEqual([
    '「知识产权质押贷」：进入授信审查',
    `「${licence.title}」：<img src=x onerror=alert(1)>已书面通知专利权人`,
    '「知识产权质押贷」：银行已受理',
  ])
  expect(body.items[1]).toEqual({
    id: expect.any(String),
    type: 'status',
    title: '许可申请状态更新：已通知专利权人',
    body: expect.any(String),
    createdAt: expect.stringMatching(/\+08:00$/),
    readAt: null,
    link: { kind: 'licence', id: licence.id },
  })
  expect(body.items[0].link).toEqual({ kind: 'finance', id: finance.id })
  expect(await unread(token)).toBe(3)
})

test('should mark one message read, count it no longer, and list it after the unread ones', async () => {
  const { token } = await userWithThreeMessages()
  const before = await messages(token)
  const newest = before.items[0]
  const res = await call(`/api/me/notifications/${newest.id}/read`, { token, method: 'POST' })
  expect(res.status).toBe(200)
  expect(res.body).toEqual({ notification: { ...newest, readAt: expect.stringMatching(/\+08:00$/) }, unreadCount: 2 })
  expect(await unread(token)).toBe(2)

  const after = await messages(token)
  expect(after.unreadCount).toBe(2)
  expect(after.items.map((m) => m.id)).toEqual([before.items[1].id, before.items[2].id, newest.id])
  expect(after.items.map((m) => m.readAt === null)).toEqual([true, true, false])

  // Reading again changes nothing, not even the time it was read.
  clock.advance(5)
  const again = await call(`/api/me/notifications/${newest.id}/read`, { token, method: 'POST' })
  expect(again.body.notification.readAt).toBe(res.body.notification.readAt)
  expect(again.body.unreadCount).toBe(2)
})

test('should mark every message read at once', async () => {
  const { token } = await userWithThreeMessages()
  const res = await call('/api/me/notifications/read-all', { token, method: 'POST' })
  expect(res.status).toBe(200)
  expect(res.body).toEqual({ updated: 3, unreadCount: 0 })
  expect(await unread(token)).toBe(0)
  const body = await messages(token)
  expect(body.items.every((m) => m.readAt !== null)).toBe(true)
  // Newest first once nothing is unread.
  const times = body.items.map((m) => Date.parse(m.createdAt))
  expect(times).toEqual([...times].sort((a, b) => b - a))
  expect((await call('/api/me/notifications/read-all', { token, method: 'POST' })).body).toEqual({ updated: 0, unreadCount: 0 })
})

test('should keep one user’s messages away from another', async () => {
  const owner = await userWithThreeMessages()
  const other = await newSme()
  const target = (await messages(owner.token)).items[0]
  expectError(await call(`/api/me/notifications/${target.id}/read`, { token: other.token, method: 'POST' }), 404, 'NOT_FOUND')
  expect(await messages(other.token)).toMatchObject({ items: [], total: 0, unreadCount: 0 })
  await call('/api/me/notifications/read-all', { token: other.token, method: 'POST' })
  expect(await unread(owner.token)).toBe(3)
  expectError(await call('/api/me/notifications/n-missing/read', { token: owner.token, method: 'POST' }), 404, 'NOT_FOUND')
})

test('should page through messages without overlap', async () => {
  const { token } = await userWithThreeMessages()
  const p1 = await messages(token, '?page=1&pageSize=2')
  const p2 = await messages(token, '?page=2&pageSize=2')
  expect(p1.items).toHaveLength(2)
  expect(p2.items).toHaveLength(1)
  expect(new Set([...p1.items, ...p2.items].map((m) => m.id)).size).toBe(3)
  expectError(await call('/api/me/notifications?pageSize=500', { token }), 400, 'VALIDATION_FAILED')
})

test('should greet the seeded demo SME with some unread messages, listed first', async () => {
  const { token } = await loginAs(call, 'sme')
  const body = await messages(token, '?pageSize=50')
  expect(body.unreadCount).toBeGreaterThan(0)
  expect(body.unreadCount).toBeLessThan(body.total)
  expect(await unread(token)).toBe(body.unreadCount)
  const flags = body.items.map((m) => m.readAt === null)
  expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)))
  expect(body.items.every((m) => m.link !== undefined)).toBe(true)
})

test('should ask for a login', async () => {
  expectError(await call('/api/me/notifications'), 401, 'UNAUTHENTICATED')
  expectError(await call('/api/me/notifications/unread-count'), 401, 'UNAUTHENTICATED')
  expectError(await call('/api/me/notifications/read-all', { method: 'POST' }), 401, 'UNAUTHENTICATED')
})
