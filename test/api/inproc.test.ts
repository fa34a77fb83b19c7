/** @jest-environment node */
// The in-process transport the mini-program uses: same router, state kept in (Taro) storage.

import { createInprocTransport, DEFAULT_STORAGE_KEY, type StorageAdapter } from '@mock/transports/inproc'
import { FIXED_PATENTS } from '@mock/seed'
import type { MockRequest } from '@mock/router'

function memoryStorage(): StorageAdapter & { data: Map<string, string> } {
  const data = new Map<string, string>()
  return { data, get: (k) => data.get(k) ?? null, set: (k, v) => void data.set(k, v) }
}

function req(method: string, url: string, token?: string, body?: unknown): MockRequest {
  return {
    method,
    url,
    headers: token ? { authorization: `Bearer ${token}` } : {},
    body: body === undefined ? undefined : JSON.stringify(body),
  }
}

const profile = {
  name: '重庆测试智能装备有限公司',
  uscc: '91350100M000100Y43',
  contactName: '王芳',
  phone: '13912345678',
  region: '500000',
  industry: 'C34',
}

describe('in-process transport', () => {
  test('should keep the login and the saved enterprise across a restart', async () => {
    const storage = memoryStorage()
    const first = createInprocTransport({ patentCount: 50, storage })
    const login = await first.request(req('POST', '/api/auth/login', undefined, { role: 'sme', code: 'wx-restart' }))
    expect(login.status).toBe(200)
    const { token, user } = login.body as { token: string; user: { id: string } }
    const saved = await first.request(req('PUT', '/api/me/enterprise', token, profile))
    expect(saved.status).toBe(200)
    await first.request(req('GET', `/api/patents/${FIXED_PATENTS.lithiumCathode.id}`))
    const viewsBefore = ((await first.request(req('GET', `/api/patents/${FIXED_PATENTS.lithiumCathode.id}`))).body as { views: number }).views
    // A write persists the whole state, counters included.
    await first.request(req('PUT', '/api/me/enterprise', token, profile))
    expect(storage.data.has(DEFAULT_STORAGE_KEY)).toBe(true)

    const second = createInprocTransport({ patentCount: 50, storage })
    const me = await second.request(req('GET', '/api/me', token))
    expect(me.status).toBe(200)
    expect(me.body).toEqual({ user: expect.objectContaining({ id: user.id }), enterprise: expect.objectContaining(profile) })
    const again = await second.request(req('POST', '/api/auth/login', undefined, { role: 'sme', code: 'wx-restart' }))
    expect((again.body as { user: { id: string } }).user.id).toBe(user.id)
    const detail = await second.request(req('GET', `/api/patents/${FIXED_PATENTS.lithiumCathode.id}`))
    expect((detail.body as { views: number }).views).toBe(viewsBefore + 1)
  })

  test('should not persist reads or failed writes', async () => {
    const storage = memoryStorage()
    const t = createInprocTransport({ patentCount: 10, storage })
    await t.request(req('GET', '/api/patents'))
    await t.request(req('PUT', '/api/me/enterprise', 'bad-token', profile))
    expect(storage.data.size).toBe(0)
  })

  test('should start from the seed when the saved state is unreadable', async () => {
    const storage = memoryStorage()
    storage.data.set(DEFAULT_STORAGE_KEY, '{not json')
    const t = createInprocTransport({ patentCount: 10, storage, logger: { error: () => undefined } })
    expect((await t.request(req('GET', '/api/health'))).status).toBe(200)
    expect((await t.request(req('GET', '/api/me', 'whatever'))).status).toBe(401)
  })

  test('should hand out copies, as if they came over the wire', async () => {
    const t = createInprocTransport({ patentCount: 10 })
    const first = await t.request(req('GET', '/api/patents?pageSize=1'))
    const items = (first.body as { items: { title: string }[] }).items
    items[0].title = 'changed'
    const second = await t.request(req('GET', '/api/patents?pageSize=1'))
    expect((second.body as { items: { title: string }[] }).items[0].title).not.toBe('changed')
    // undefined fields are dropped the way JSON would drop them.
    expect(JSON.stringify(second.body)).not.toContain('undefined')
  })

  test('should default to 2,000 patents and apply failure injection', async () => {
    const t = createInprocTransport({ failRate: 1 })
    expect(t.context.db.patents.size).toBe(2000)
    expect((await t.request(req('GET', '/api/patents'))).status).toBe(500)
    expect((await t.request(req('GET', '/api/health'))).status).toBe(200)
  })
})
