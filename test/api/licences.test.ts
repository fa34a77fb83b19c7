/** @jest-environment node */
// POST /api/licence-applications and GET /api/licence-applications/:id over real HTTP.

import type { LicenceApplication } from '@contract/trade'
import { FIXED_PATENTS } from '@mock/seed'
import { DAY_MS, toDateCst } from '@mock/core/time'
import { transition } from '@mock/domain/workflow'
import { client, expectError, loginAs, loginFresh, startServer, type TestServer } from './helpers'

let srv: TestServer
let call: ReturnType<typeof client>

beforeAll(async () => {
  srv = await startServer({ patentCount: 500 })
  call = client(srv.base)
})

afterAll(() => srv.close())

const LITHIUM = FIXED_PATENTS.lithiumCathode
const LINE = FIXED_PATENTS.lineInspection

/** A fresh SME per test, so one test's applications never block another's. */
async function newSme(): Promise<{ token: string; userId: string }> {
  return loginFresh(call, 'sme', 'licence-test')
}

async function officer(): Promise<string> {
  return (await loginAs(call, 'officer')).token
}

function daysFromToday(days: number): string {
  return toDateCst(Date.now() + days * DAY_MS)
}

function validBody(patentId: string = LITHIUM.id) {
  return {
    patentId,
    enterprise: { name: '江门市示例新能源科技有限公司', uscc: ' 91350100m000100y43 ', contactName: '张晓明', phone: '138 0013 8000' },
    intendedUse: '用于本公司储能电池产品线的正极材料量产',
    expectedStart: daysFromToday(30),
  }
}

function apply(token: string, body: unknown, key?: string) {
  return call<{ application: LicenceApplication }>('/api/licence-applications', {
    token,
    body,
    headers: key ? { 'Idempotency-Key': key } : undefined,
  })
}

async function applicationsOf(patentId: string): Promise<number> {
  return (await call(`/api/patents/${patentId}`)).body.applications
}

function rowsOf(userId: string) {
  return srv.server.mock.db.licenceApplications.filter((a) => a.userId === userId)
}

describe('POST /api/licence-applications', () => {
  test('should need a signed-in enterprise user', async () => {
    expectError(await apply('', validBody()), 401, 'UNAUTHENTICATED')
    expectError(await apply(await officer(), validBody()), 403, 'FORBIDDEN')
  })

  test('should name every missing field of an empty body', async () => {
    const { token } = await newSme()
    const error = expectError(await apply(token, {}), 400, 'VALIDATION_FAILED')
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(['enterprise', 'expectedStart', 'intendedUse', 'patentId'])
    expect(error.fields?.intendedUse).toBe('请输入实施用途')
    expect(error.fields?.expectedStart).toBe('请选择预计实施时间')
  })

  test('should check each enterprise field with the shared rules', async () => {
    const { token } = await newSme()
    const body = validBody()
    body.enterprise = { name: 'A', uscc: '91350100M000100Y44', contactName: '', phone: '12800138000' }
    const error = expectError(await apply(token, body), 400, 'VALIDATION_FAILED')
    expect(error.fields).toEqual({
      'enterprise.name': expect.stringContaining('企业名称'),
      'enterprise.uscc': expect.stringContaining('校验位错误'),
      'enterprise.contactName': '请输入联系人姓名',
      'enterprise.phone': expect.any(String),
    })
  })

  test.each([
    ['a day in the past', () => daysFromToday(-1), '预计实施时间不能早于今天'],
    ['more than three years ahead', () => daysFromToday(3 * 366 + 2), '预计实施时间应在3年以内'],
    ['an impossible day', () => '2027-02-30', '预计实施时间应为有效日期（YYYY-MM-DD）'],
    ['a timestamp', () => `${daysFromToday(5)}T09:00:00+08:00`, '预计实施时间应为有效日期（YYYY-MM-DD）'],
  ])('should refuse an expected start on %s', async (_name, date, message) => {
    const { token } = await newSme()
    const error = expectError(await apply(token, { ...validBody(), expectedStart: date() }), 400, 'VALIDATION_FAILED')
    expect(error.fields).toEqual({ expectedStart: message })
  })

  test('should accept today as the expected start and cap the intended use at 500 characters', async () => {
    const { token } = await newSme()
    const tooLong = expectError(await apply(token, { ...validBody(), intendedUse: '用'.repeat(501) }), 400, 'VALIDATION_FAILED')
    expect(tooLong.fields).toEqual({ intendedUse: '实施用途不能超过500个字' })
    const res = await apply(token, { ...validBody(), expectedStart: daysFromToday(0), intendedUse: '用'.repeat(500) })
    expect(res.status).toBe(201)
  })

  test('should answer 404 for a patent that is not listed', async () => {
    const { token, userId } = await newSme()
    expectError(await apply(token, validBody('p999999')), 404, 'NOT_FOUND')
    expect(rowsOf(userId)).toHaveLength(0)
  })

  test('should create a submitted application named after the patent and count it on the patent', async () => {
    const { token, userId } = await newSme()
    const before = await applicationsOf(LITHIUM.id)
    const res = await apply(token, validBody())
    expect(res.status).toBe(201)
    const a = res.body.application
    expect(a).toMatchObject({
      kind: 'licence',
      status: 'submitted',
      statusLabel: '已提交',
      title: LITHIUM.title,
      patentId: LITHIUM.id,
      patentNo: LITHIUM.patentNo,
      enterprise: { name: '江门市示例新能源科技有限公司', uscc: '91350100M000100Y43', contactName: '张晓明', phone: '13800138000' },
      intendedUse: '用于本公司储能电池产品线的正极材料量产',
      expectedStart: daysFromToday(30),
    })
    expect(a.id).toMatch(/^[A-Za-z0-9_-]{1,32}$/)
    expect(a.timeline).toEqual([{ status: 'submitted', statusLabel: '已提交', at: a.createdAt, note: '已提交开放许可实施通知' }])
    expect(a.filingDeadline).toBeUndefined()
    expect(rowsOf(userId)).toHaveLength(1)
    expect(await applicationsOf(LITHIUM.id)).toBe(before + 1)
  })

  test('should replay a retried submission with the same id and status and create one application', async () => {
    const { token, userId } = await newSme()
    const before = await applicationsOf(LINE.id)
    const [first, second] = await Promise.all([apply(token, validBody(LINE.id), 'intent-1'), apply(token, validBody(LINE.id), 'intent-1')])
    const third = await apply(token, validBody(LINE.id), 'intent-1')
    for (const res of [first, second, third]) expect(res.status).toBe(201)
    expect(second.body.application.id).toBe(first.body.application.id)
    expect(third.body.application.id).toBe(first.body.application.id)
    expect(third.headers.get('idempotent-replayed')).toBe('true')
    expect(rowsOf(userId)).toHaveLength(1)
    expect(await applicationsOf(LINE.id)).toBe(before + 1)
  })

  test('should refuse a second active application for the same patent with 409 until the first is final', async () => {
    const { token, userId } = await newSme()
    const first = await apply(token, validBody(), 'first')
    expect(first.status).toBe(201)
    const error = expectError(await apply(token, validBody(), 'second'), 409, 'CONFLICT')
    expect(error.message).toContain('已申请过该专利')
    // Another patent is a separate application.
    expect((await apply(token, validBody(LINE.id), 'other')).status).toBe(201)
    expect(rowsOf(userId)).toHaveLength(2)

    transition(srv.server.mock, 'licence', first.body.application.id, 'withdrawn', 'applicant')
    const again = await apply(token, validBody(), 'third')
    expect(again.status).toBe(201)
    expect(again.body.application.id).not.toBe(first.body.application.id)
  })

  test('should not let one user\'s application block another user', async () => {
    const a = await newSme()
    const b = await newSme()
    expect((await apply(a.token, validBody())).status).toBe(201)
    expect((await apply(b.token, validBody())).status).toBe(201)
  })
})

describe('GET /api/licence-applications/:id', () => {
  test('should show the applicant their application and hide it from everyone else', async () => {
    const owner = await newSme()
    const other = await newSme()
    const { id } = (await apply(owner.token, validBody())).body.application

    const res = await call<{ application: LicenceApplication }>(`/api/licence-applications/${id}`, { token: owner.token })
    expect(res.status).toBe(200)
    expect(res.body.application).toMatchObject({ id, status: 'submitted', title: LITHIUM.title })

    expectError(await call(`/api/licence-applications/${id}`), 401, 'UNAUTHENTICATED')
    expectError(await call(`/api/licence-applications/${id}`, { token: other.token }), 404, 'NOT_FOUND')
    expectError(await call(`/api/licence-applications/${id}`, { token: await officer() }), 404, 'NOT_FOUND')
    expectError(await call('/api/licence-applications/la-missing', { token: owner.token }), 404, 'NOT_FOUND')
  })

  test('should carry the 备案 deadline three months after the licence takes effect', async () => {
    const { token } = await newSme()
    const { id } = (await apply(token, validBody())).body.application
    for (const to of ['notified', 'paid', 'licensed'] as const) transition(srv.server.mock, 'licence', id, to, 'officer')

    const a = (await call<{ application: LicenceApplication }>(`/api/licence-applications/${id}`, { token })).body.application
    expect(a.status).toBe('licensed')
    expect(a.timeline.map((t) => t.status)).toEqual(['submitted', 'notified', 'paid', 'licensed'])
    expect(a.licensedAt).toBeDefined()
    const licensed = new Date(a.licensedAt!.slice(0, 10) + 'T00:00:00Z')
    const deadline = new Date(a.filingDeadline!.slice(0, 10) + 'T00:00:00Z')
    const months = (deadline.getUTCFullYear() - licensed.getUTCFullYear()) * 12 + deadline.getUTCMonth() - licensed.getUTCMonth()
    expect(months).toBe(3)
    // A licensed (not yet filed) application is still active.
    expectError(await apply(token, validBody()), 409, 'CONFLICT')
  })
})
