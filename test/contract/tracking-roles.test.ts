// API.md → Tracking (我的申请, timelines, notifications), officer transitions, and the role rules:
// an enterprise user on an officer route is 403, an officer on an enterprise form is 403, and
// another user's resource is 404.

import { expectError, request } from './client'
import { createEvent, DAY, dateCst, ENTERPRISE4, login, type Session, signUp, somePatents } from './fixtures'

let officer: Session

beforeAll(async () => {
  officer = await login('officer')
})

async function licenceFor(user: Session) {
  const [patent] = await somePatents(1)
  const res = await request('/api/licence-applications', {
    token: user.token,
    body: { patentId: patent.id, enterprise: ENTERPRISE4, intendedUse: '用于本公司产品线量产', expectedStart: dateCst(Date.now() + 30 * DAY) },
  })
  expect(res.status).toBe(201)
  return res.body.application
}

const transition = (id: string, to: string, note?: string) =>
  request(`/api/applications/licence/${id}/transition`, { token: officer.token, body: note === undefined ? { to } : { to, note } })

describe('GET /api/me/applications', () => {
  test('should list a user’s licence application and registration in one list, newest change first, and by kind', async () => {
    const user = await login('sme')
    const licence = await licenceFor(user)
    const event = await createEvent(officer)
    const reg = (await signUp(event.id, user)).body.registration

    const all = await request('/api/me/applications', { token: user.token })
    expect(all.status).toBe(200)
    expect(all.body).toEqual(expect.objectContaining({ total: 2, page: 1 }))
    expect(all.body.items.map((i: { kind: string; id: string }) => `${i.kind}:${i.id}`).sort()).toEqual([`licence:${licence.id}`, `registration:${reg.id}`].sort())
    // Newest first, as far as the times tell (both were made within the same second or two).
    const times = all.body.items.map((i: { updatedAt: string }) => Date.parse(i.updatedAt))
    expect(times).toEqual([...times].sort((a, b) => b - a))
    for (const item of all.body.items) {
      expect(item).toEqual(expect.objectContaining({ title: expect.any(String), status: expect.any(String), statusLabel: expect.stringMatching(/[\u4e00-\u9fff]/), updatedAt: expect.any(String) }))
    }

    // An officer's move shows in the list with the licence's new status and a time no older than before.
    expect((await transition(licence.id, 'notified', '已书面通知专利权人')).status).toBe(200)
    const after = await request('/api/me/applications', { token: user.token })
    const moved = after.body.items.find((i: { id: string }) => i.id === licence.id)
    expect(moved).toEqual(expect.objectContaining({ kind: 'licence', status: 'notified', statusLabel: expect.stringMatching(/[\u4e00-\u9fff]/) }))
    expect(Date.parse(moved.updatedAt)).toBe(Math.max(...after.body.items.map((i: { updatedAt: string }) => Date.parse(i.updatedAt))))

    const onlyLicences = await request('/api/me/applications?kind=licence', { token: user.token })
    expect(onlyLicences.body.items.map((i: { id: string }) => i.id)).toEqual([licence.id])
  })

  test('should answer an unknown kind with 400 and a missing login with 401', async () => {
    const user = await login('sme')
    expect(expectError(await request('/api/me/applications?kind=patent', { token: user.token }), 400, 'VALIDATION_FAILED').fields).toHaveProperty('kind')
    expectError(await request('/api/me/applications'), 401, 'UNAUTHENTICATED')
  })
})

describe('application timeline and officer transitions', () => {
  test('should move a licence application along its state machine, record who moved it and tell the applicant', async () => {
    const user = await login('sme')
    const licence = await licenceFor(user)
    const moved = await transition(licence.id, 'notified', '已书面通知专利权人')
    expect(moved.status).toBe(200)

    const detail = await request(`/api/applications/licence/${licence.id}`, { token: user.token })
    expect(detail.status).toBe(200)
    expect(detail.body).toEqual(expect.objectContaining({ kind: 'licence', id: licence.id, status: 'notified' }))
    expect(detail.body.timeline.map((t: { status: string }) => t.status)).toEqual(['submitted', 'notified'])
    expect(detail.body.timeline[1]).toEqual(expect.objectContaining({ note: '已书面通知专利权人', at: expect.any(String), by: expect.objectContaining({ userId: officer.userId }) }))

    const messages = (await request('/api/me/notifications', { token: user.token })).body.items
    expect(messages.some((m: { link?: { kind: string; id: string } }) => m.link?.kind === 'licence' && m.link.id === licence.id)).toBe(true)
  })

  test('should refuse an illegal move with 409 and leave the status as it was', async () => {
    const user = await login('sme')
    const licence = await licenceFor(user)
    expectError(await transition(licence.id, 'filed'), 409, 'CONFLICT')
    expect((await request(`/api/applications/licence/${licence.id}`, { token: user.token })).body.status).toBe('submitted')
  })

  test('should set the 备案 deadline three months after the licence takes effect', async () => {
    const user = await login('sme')
    const licence = await licenceFor(user)
    for (const to of ['notified', 'paid', 'licensed']) expect((await transition(licence.id, to, '进度更新')).status).toBe(200)
    const a = (await request(`/api/licence-applications/${licence.id}`, { token: user.token })).body.application
    expect(a.status).toBe('licensed')
    const from = new Date(a.licensedAt ?? a.timeline.at(-1).at)
    const to = new Date(a.filingDeadline)
    const months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth()
    expect(months).toBe(3)
  })

  test('should show an application to its owner and officers, and hide it (404) from other users', async () => {
    const owner = await login('sme')
    const other = await login('sme')
    const licence = await licenceFor(owner)
    expect((await request(`/api/applications/licence/${licence.id}`, { token: officer.token })).status).toBe(200)
    expectError(await request(`/api/applications/licence/${licence.id}`, { token: other.token }), 404, 'NOT_FOUND')
    expectError(await request(`/api/applications/licence/${licence.id}/withdraw`, { token: other.token, body: {} }), 404, 'NOT_FOUND')
    expectError(await request(`/api/applications/registration/${licence.id}`, { token: owner.token }), 404, 'NOT_FOUND')
  })
})

describe('notifications', () => {
  async function userWithTwoMessages() {
    const user = await login('sme')
    const licence = await licenceFor(user)
    expect((await transition(licence.id, 'notified', '已通知')).status).toBe(200)
    expect((await transition(licence.id, 'paid', '已付费')).status).toBe(200)
    return user
  }

  test('should count unread messages, mark one read, and mark the rest read at once', async () => {
    const user = await userWithTwoMessages()
    const list = await request('/api/me/notifications', { token: user.token })
    expect(list.status).toBe(200)
    const unreadBefore = list.body.items.filter((m: { readAt: string | null }) => m.readAt === null).length
    expect(unreadBefore).toBeGreaterThanOrEqual(2)
    expect((await request('/api/me/notifications/unread-count', { token: user.token })).body.count).toBe(unreadBefore)

    const [first] = list.body.items
    expect(first).toEqual(expect.objectContaining({ id: expect.any(String), title: expect.any(String), body: expect.any(String), createdAt: expect.any(String), readAt: null }))
    const read = await request(`/api/me/notifications/${first.id}/read`, { method: 'POST', token: user.token })
    expect(read.status).toBe(200)
    expect((await request('/api/me/notifications/unread-count', { token: user.token })).body.count).toBe(unreadBefore - 1)

    expect((await request('/api/me/notifications/read-all', { method: 'POST', token: user.token })).status).toBe(200)
    expect((await request('/api/me/notifications/unread-count', { token: user.token })).body.count).toBe(0)
  })

  test('should keep one user’s messages from another', async () => {
    const owner = await userWithTwoMessages()
    const other = await login('sme')
    const [message] = (await request('/api/me/notifications', { token: owner.token })).body.items
    expectError(await request(`/api/me/notifications/${message.id}/read`, { method: 'POST', token: other.token }), 404, 'NOT_FOUND')
    expect((await request('/api/me/notifications', { token: other.token })).body.items).toEqual([])
    expectError(await request('/api/me/notifications'), 401, 'UNAUTHENTICATED')
  })
})

describe('roles', () => {
  // The officer routes of API.md, with ids that need not exist: the role is checked before the id.
  const OFFICER_ROUTES: Array<[string, string]> = [
    ['POST', '/api/events'],
    ['PATCH', '/api/events/ev-contract-x'],
    ['GET', '/api/events/ev-contract-x/registrations'],
    ['GET', '/api/events/ev-contract-x/registrations.csv'],
    ['POST', '/api/registrations/r-contract-x/approve'],
    ['POST', '/api/registrations/r-contract-x/reject'],
    ['POST', '/api/events/ev-contract-x/notices'],
    ['POST', '/api/checkins'],
    ['POST', '/api/applications/licence/la-contract-x/transition'],
  ]

  test.each(OFFICER_ROUTES)('should answer %s %s with 403 to an enterprise user and 401 without a token', async (method, path) => {
    const sme = await login('sme')
    const body = method === 'GET' ? undefined : {}
    expectError(await request(path, { method, token: sme.token, body }), 403, 'FORBIDDEN')
    expectError(await request(path, { method, body }), 401, 'UNAUTHENTICATED')
  })

  test('should answer an officer on the enterprise forms with 403', async () => {
    const [patent] = await somePatents(1)
    expectError(await request('/api/licence-applications', { token: officer.token, body: { patentId: patent.id } }), 403, 'FORBIDDEN')
    expectError(await request('/api/needs', { token: officer.token, body: {} }), 403, 'FORBIDDEN')
  })

  test('should keep the public reads public: patents, events, catalogue, finance products', async () => {
    for (const path of ['/api/patents?pageSize=1', '/api/events?pageSize=1', '/api/catalog', '/api/finance/products']) {
      expect((await request(path)).status).toBe(200)
    }
  })
})
