/** @jest-environment node */
// API.md → Tracking: GET /api/me/applications, GET /api/applications/:kind/:id and the applicant's
// POST /api/applications/:kind/:id/withdraw, over real HTTP.

import type { ApplicationDetail, ApplicationListResponse, ApplicationSummary } from '@contract/tracking'
import { STATUS_LABELS, type ApplicationKind } from '@/rules'
import { transition } from '@mock/domain/workflow'
import { DEMO_APPLICATION_IDS } from '@mock/seed/applications'
import { DEMO_USER_IDS } from '@mock/seed'
import { client, expectError, loginAs, loginFresh, startServer, type TestServer } from './helpers'
import { addFinance, addLicence, addRegistration, Clock } from './tracking-fixtures'

let srv: TestServer
let call: ReturnType<typeof client>
const clock = new Clock()
/** The seed ran when the server started, before any test moved the clock. */
const START_OF_SERVER = clock.ms

beforeAll(async () => {
  srv = await startServer({ patentCount: 50, now: clock.now })
  call = client(srv.base)
})

afterAll(() => srv.close())

async function newSme() {
  return loginFresh(call, 'sme', 'tracking-test')
}

async function listAll(token: string, query = ''): Promise<ApplicationListResponse> {
  const res = await call<ApplicationListResponse>(`/api/me/applications${query}`, { token })
  expect(res.status).toBe(200)
  return res.body
}

function labelOf(item: { kind: ApplicationKind; status: string }): string {
  return (STATUS_LABELS[item.kind] as Record<string, string>)[item.status]
}

describe('GET /api/me/applications', () => {
  test('should list a new user’s licence, registration and finance applications in one list, last changed first', async () => {
    const { token, userId } = await newSme()
    const ctx = srv.server.mock
    const licence = addLicence(ctx, userId)
    clock.advance(10)
    const finance = addFinance(ctx, userId)
    clock.advance(10)
    const registration = addRegistration(ctx, userId, 'ev-anything')
    clock.advance(10)
    // An officer's move makes the oldest application the newest change.
    transition(ctx, 'licence', licence.id, 'notified', 'officer', { note: '已书面通知专利权人' })

    const body = await listAll(token)
    expect(body).toMatchObject({ total: 3, page: 1, pageSize: 20 })
    expect(body.items.map((i) => [i.kind, i.id])).toEqual([
      ['licence', licence.id],
      ['registration', registration.id],
      ['finance', finance.id],
    ])
    expect(body.items[0]).toEqual({
      kind: 'licence',
      id: licence.id,
      title: licence.title,
      status: 'notified',
      statusLabel: '已通知专利权人',
      createdAt: licence.createdAt,
      updatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/),
    })
    expect(body.items[1].statusLabel).toBe('待审核')
    expect(body.items[2].statusLabel).toBe('已提交')
  })

  test('should give the seeded demo SME every kind, newest first, each with its Chinese status label', async () => {
    const { token, userId } = await loginAs(call, 'sme')
    expect(userId).toBe(DEMO_USER_IDS.sme)
    const body = await listAll(token, '?pageSize=50')
    const statuses = body.items.map((i) => `${i.kind}:${i.status}`)
    for (const s of [
      'licence:submitted',
      'licence:notified',
      'licence:licensed',
      'licence:filed',
      'licence:rejected',
      'registration:confirmed',
      'registration:waitlisted',
      'registration:pending_approval',
      'registration:checked_in',
      'finance:bank_accepted',
      'finance:credit_review',
      'finance:disbursed',
    ]) {
      expect(statuses).toContain(s)
    }
    const times = body.items.map((i) => Date.parse(i.updatedAt))
    expect(times).toEqual([...times].sort((a, b) => b - a))
    for (const item of body.items) expect(item.statusLabel).toBe(labelOf(item))
  })

  test('should keep the second demo SME’s list empty', async () => {
    const { token } = await loginAs(call, 'sme', 'sme-demo-2')
    expect(await listAll(token)).toEqual({ items: [], total: 0, page: 1, pageSize: 20 })
  })

  test('should narrow to one kind and page without overlap', async () => {
    const { token, userId } = await newSme()
    const ctx = srv.server.mock
    const ids: string[] = []
    for (let i = 0; i < 5; i++) {
      ids.unshift(addFinance(ctx, userId, `融资 ${i}`).id)
      clock.advance(1)
    }
    addLicence(ctx, userId)
    const finance = await listAll(token, '?kind=finance')
    expect(finance.total).toBe(5)
    expect(finance.items.every((i: ApplicationSummary) => i.kind === 'finance')).toBe(true)

    const page1 = await listAll(token, '?kind=finance&page=1&pageSize=2')
    const page2 = await listAll(token, '?kind=finance&page=2&pageSize=2')
    const page3 = await listAll(token, '?kind=finance&page=3&pageSize=2')
    expect([...page1.items, ...page2.items, ...page3.items].map((i) => i.id)).toEqual(ids)
    expect(page3).toMatchObject({ total: 5, page: 3, pageSize: 2 })
    expect((await listAll(token, '?kind=licence')).total).toBe(1)
  })

  test.each([
    ['kind=patent', 'kind'],
    ['kind=LICENCE', 'kind'],
    ['pageSize=51', 'pageSize'],
    ['page=0', 'page'],
  ])('should answer 400 naming the parameter for ?%s', async (query, field) => {
    const { token } = await newSme()
    const error = expectError(await call(`/api/me/applications?${query}`, { token }), 400, 'VALIDATION_FAILED')
    expect(Object.keys(error.fields ?? {})).toEqual([field])
  })

  test('should ask for a login', async () => {
    expectError(await call('/api/me/applications'), 401, 'UNAUTHENTICATED')
  })
})

describe('GET /api/applications/:kind/:id', () => {
  test('should show the owner every status change with its time, label and note, oldest first', async () => {
    const { token, userId } = await newSme()
    const ctx = srv.server.mock
    clock.ms = Date.parse('2026-03-02T10:00:00+08:00')
    const licence = addLicence(ctx, userId)
    clock.advance(60)
    transition(ctx, 'licence', licence.id, 'notified', 'officer', { note: '<img src=x onerror=alert(1)>已书面通知专利权人' })
    clock.advance(60 * 24)
    transition(ctx, 'licence', licence.id, 'paid', 'officer')
    clock.advance(60)
    transition(ctx, 'licence', licence.id, 'licensed', 'officer')

    const res = await call<ApplicationDetail>(`/api/applications/licence/${licence.id}`, { token })
    expect(res.status).toBe(200)
    const detail = res.body
    expect(detail).toMatchObject({ kind: 'licence', id: licence.id, status: 'licensed', statusLabel: '许可生效', patentId: licence.patentId })
    expect(detail.timeline.map((t) => [t.status, t.statusLabel])).toEqual([
      ['submitted', '已提交'],
      ['notified', '已通知专利权人'],
      ['paid', '已付费'],
      ['licensed', '许可生效'],
    ])
    expect(detail.timeline[1].note).toBe('<img src=x onerror=alert(1)>已书面通知专利权人')
    const times = detail.timeline.map((t) => Date.parse(t.at))
    expect(times).toEqual([...times].sort((a, b) => a - b))
    expect(detail.updatedAt).toBe(detail.timeline[3].at)
    if (detail.kind !== 'licence') throw new Error('kind')
    // 备案 is due three months after the licence took effect.
    expect(detail.licensedAt).toBe(detail.timeline[3].at)
    expect(detail.licensedAt).toBe('2026-03-03T12:00:00+08:00')
    expect(detail.filingDeadline).toBe('2026-06-03T12:00:00+08:00')
  })

  test('should hide another user’s application as 404 but show it to an officer', async () => {
    const owner = await newSme()
    const other = await newSme()
    const officer = await loginAs(call, 'officer')
    const finance = addFinance(srv.server.mock, owner.userId)
    expectError(await call(`/api/applications/finance/${finance.id}`, { token: other.token }), 404, 'NOT_FOUND')
    const seen = await call<ApplicationDetail>(`/api/applications/finance/${finance.id}`, { token: officer.token })
    expect(seen.status).toBe(200)
    expect(seen.body).toMatchObject({ kind: 'finance', id: finance.id, amountFen: finance.amountFen, termMonths: 12 })
  })

  test('should answer 404 for an unknown kind, an unknown id, or a real id under the wrong kind', async () => {
    const { token, userId } = await newSme()
    const finance = addFinance(srv.server.mock, userId)
    expectError(await call(`/api/applications/patent/${finance.id}`, { token }), 404, 'NOT_FOUND')
    expectError(await call('/api/applications/finance/fa-nope', { token }), 404, 'NOT_FOUND')
    expectError(await call(`/api/applications/licence/${finance.id}`, { token }), 404, 'NOT_FOUND')
  })

  test('should give the seeded confirmed registration a ticket code of at least 16 URL-safe characters', async () => {
    const { token } = await loginAs(call, 'sme')
    const res = await call<ApplicationDetail>(`/api/applications/registration/${DEMO_APPLICATION_IDS.registrationConfirmed}`, { token })
    expect(res.status).toBe(200)
    if (res.body.kind !== 'registration') throw new Error('kind')
    expect(res.body.status).toBe('confirmed')
    expect(res.body.ticketCode).toMatch(/^[A-Za-z0-9_-]{16,32}$/)
    expect(res.body.event?.id).toBe(res.body.eventId)
  })

  test('should show the seeded licensed application with its 备案 deadline 10 days away', async () => {
    const { token } = await loginAs(call, 'sme')
    const res = await call<ApplicationDetail>(`/api/applications/licence/${DEMO_APPLICATION_IDS.licenceLicensed}`, { token })
    expect(res.status).toBe(200)
    if (res.body.kind !== 'licence') throw new Error('kind')
    expect(res.body.status).toBe('licensed')
    // The server was seeded at its start time, before this file moved the clock.
    const days = (Date.parse(res.body.filingDeadline!) - START_OF_SERVER) / 86_400_000
    expect(days).toBeCloseTo(10, 5)
    expect(res.body.timeline.map((t) => t.status)).toEqual(['submitted', 'notified', 'paid', 'licensed'])
  })
})

describe('POST /api/applications/:kind/:id/withdraw', () => {
  test('should withdraw a submitted licence application with the applicant’s note and tell them', async () => {
    const { token, userId } = await newSme()
    const licence = addLicence(srv.server.mock, userId)
    clock.advance(5)
    const res = await call<ApplicationDetail>(`/api/applications/licence/${licence.id}/withdraw`, { token, body: { note: '  企业调整产品方向  ' } })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ status: 'withdrawn', statusLabel: '已撤回' })
    expect(res.body.timeline.at(-1)).toMatchObject({ status: 'withdrawn', note: '企业调整产品方向' })

    const list = await listAll(token)
    expect(list.items[0]).toMatchObject({ id: licence.id, status: 'withdrawn', statusLabel: '已撤回' })
    const messages = await call(`/api/me/notifications`, { token })
    expect(messages.body.items[0]).toMatchObject({ link: { kind: 'licence', id: licence.id }, readAt: null })
    expect(messages.body.items[0].title).toContain('已撤回')
  })

  test('should refuse a second withdrawal with 409 and the Chinese reason', async () => {
    const { token, userId } = await newSme()
    const finance = addFinance(srv.server.mock, userId)
    expect((await call(`/api/applications/finance/${finance.id}/withdraw`, { token, body: {} })).status).toBe(200)
    const error = expectError(await call(`/api/applications/finance/${finance.id}/withdraw`, { token, body: {} }), 409, 'CONFLICT')
    expect(error.message).toBe('当前状态为「已撤回」，不能变更为「已撤回」')
  })

  test('should refuse to withdraw once the licence is in force', async () => {
    const { token, userId } = await newSme()
    const ctx = srv.server.mock
    const licence = addLicence(ctx, userId)
    for (const to of ['notified', 'paid', 'licensed'] as const) transition(ctx, 'licence', licence.id, to, 'officer')
    const error = expectError(await call(`/api/applications/licence/${licence.id}/withdraw`, { token, method: 'POST' }), 409, 'CONFLICT')
    expect(error.message).toBe('当前状态为「许可生效」，不能变更为「已撤回」')
    const detail = await call<ApplicationDetail>(`/api/applications/licence/${licence.id}`, { token })
    expect(detail.body.status).toBe('licensed')
  })

  test('should not let another user or an officer withdraw someone’s application', async () => {
    const owner = await newSme()
    const other = await newSme()
    const officer = await loginAs(call, 'officer')
    const licence = addLicence(srv.server.mock, owner.userId)
    expectError(await call(`/api/applications/licence/${licence.id}/withdraw`, { token: other.token, body: {} }), 404, 'NOT_FOUND')
    expectError(await call(`/api/applications/licence/${licence.id}/withdraw`, { token: officer.token, body: {} }), 403, 'FORBIDDEN')
    expect(srv.server.mock.db.licenceApplications.get(licence.id)?.status).toBe('submitted')
  })

  test('should cancel a registration through the events feature and show it in 我的申请', async () => {
    const { token } = await newSme()
    const signup = await call(`/api/events/ev-demo-open/registrations`, {
      token,
      body: { attendeeName: '王芳', phone: '13900001234', enterprise: { name: '泸州市示例新材料有限公司', uscc: '91350100M000100Y43' } },
    })
    expect(signup.status).toBe(201)
    const id = signup.body.registration.id as string
    expect((await listAll(token)).items[0]).toMatchObject({ kind: 'registration', id, status: 'confirmed', statusLabel: '报名成功' })

    clock.advance(1)
    const res = await call<ApplicationDetail>(`/api/applications/registration/${id}/withdraw`, { token, body: {} })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ kind: 'registration', status: 'cancelled', statusLabel: '已取消' })
    expect((await listAll(token, '?kind=registration')).items[0]).toMatchObject({ id, statusLabel: '已取消' })
    expectError(await call(`/api/applications/registration/${id}/withdraw`, { token, body: {} }), 409, 'CONFLICT')
  })

  test('should refuse to cancel a registration once the event has started', async () => {
    const { token } = await loginAs(call, 'sme')
    const id = DEMO_APPLICATION_IDS.registrationCheckedIn
    if (!srv.server.mock.db.registrations.has(id)) throw new Error('the seed should check the demo SME in at a past event')
    const error = expectError(await call(`/api/applications/registration/${id}/withdraw`, { token, body: {} }), 409, 'CONFLICT')
    expect(error.message).toMatch(/活动已开始|不能变更/)
  })

  test('should reject a note over 200 characters', async () => {
    const { token, userId } = await newSme()
    const licence = addLicence(srv.server.mock, userId)
    const error = expectError(await call(`/api/applications/licence/${licence.id}/withdraw`, { token, body: { note: '字'.repeat(201) } }), 400, 'VALIDATION_FAILED')
    expect(error.fields).toEqual({ note: expect.stringContaining('200') })
    expect(srv.server.mock.db.licenceApplications.get(licence.id)?.status).toBe('submitted')
  })
})
