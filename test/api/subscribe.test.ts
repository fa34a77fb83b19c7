/** @jest-environment node */
// WeChat subscribe messages (RULES.md): one acceptance, one send, per user × template; the in-app
// notification always; the outbox holds what WeChat would have received, cut to its field limits.

import type { OutboxMessage } from '@contract/subscribe'
import { subscribeCharacterString, subscribePhrase, subscribeThing, subscribeTime } from '@/rules/subscribe'
import { DEMO_ENTERPRISE } from '@mock/seed'
import { DEMO_COMPANY } from '@mock/seed/users'
import { DEMO_PLEDGE_PATENTS } from '@mock/domain/pledge-check'
import type { EventRow } from '@mock/db'
import { client, expectError, loginAs, startServer, type TestServer } from './helpers'
import { insertEventRow } from './officer-fixtures'

const REG = 'tmpl-registration-status'
const APP = 'tmpl-application-status'

let srv: TestServer
let call: ReturnType<typeof client>
let counter = 0

beforeAll(async () => {
  srv = await startServer({ patentCount: 2000 })
  call = client(srv.base)
})

afterAll(() => srv.close())


function addEvent(title: string): EventRow {
  counter++
  return insertEventRow(srv.server.mock, `ev-sub-${counter}`, Date.now(), { title })
}

async function signUp(eventId: string, token: string) {
  const res = await call(`/api/events/${eventId}/registrations`, {
    token,
    body: { attendeeName: '陈思远', phone: '13800138000', enterprise: { name: DEMO_ENTERPRISE.name, uscc: DEMO_ENTERPRISE.uscc } },
  })
  expect(res.status).toBe(201)
  return res.body.registration
}

async function outboxOf(userId: string): Promise<OutboxMessage[]> {
  const officer = (await loginAs(call, 'officer')).token
  const res = await call('/api/officer/subscribe-outbox?pageSize=50', { token: officer })
  expect(res.status).toBe(200)
  return res.body.items.filter((m: OutboxMessage) => m.userId === userId)
}

async function inbox(token: string): Promise<{ title: string }[]> {
  return (await call('/api/me/notifications?pageSize=50', { token })).body.items
}

test('should send exactly one message for one acceptance, and the in-app notification every time', async () => {
  const { token, userId } = await loginAs(call, 'sme', 'sub-once')
  const accepted = await call('/api/me/subscriptions', { token, body: { accepted: [{ templateId: REG, purpose: 'registration' }] } })
  expect(accepted.status).toBe(200)
  expect(accepted.body.items).toEqual([{ templateId: REG, purpose: 'registration', count: 1 }])

  const before = (await inbox(token)).length
  await signUp(addEvent('江门市新能源产业专利供需对接会').id, token)
  await signUp(addEvent('泸州市白酒产业专利供需对接会').id, token)
  expect((await inbox(token)).length).toBe(before + 2)
  const sent = await outboxOf(userId)
  expect(sent).toHaveLength(1)
  expect(sent[0]).toEqual(expect.objectContaining({ templateId: REG, purpose: 'registration', userName: expect.any(String) }))
  expect(sent[0].data.thing1.value).toBe('江门市新能源产业专利供需对接会')
  expect(sent[0].data.phrase2.value).toBe('报名成功')
  expect(sent[0].data.time3.value).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d$/)
  expect(sent[0].page).toContain('packages/tracking/pages/application/index?kind=registration')
  expect((await call('/api/me/subscriptions', { token })).body.items).toEqual([{ templateId: REG, purpose: 'registration', count: 0 }])
})

test('should write only the in-app notification for a person who refused (nothing accepted)', async () => {
  const { token, userId } = await loginAs(call, 'sme', 'sub-refused')
  const before = (await inbox(token)).length
  await signUp(addEvent('测试对接会（未订阅）').id, token)
  expect((await inbox(token)).length).toBe(before + 1)
  expect(await outboxOf(userId)).toEqual([])
})

test('should cut a long event title at 20 characters with …, and count per template', async () => {
  const { token, userId } = await loginAs(call, 'sme', 'sub-long')
  await call('/api/me/subscriptions', { token, body: { accepted: [{ templateId: REG, purpose: 'registration' }] } })
  await call('/api/me/subscriptions', { token, body: { accepted: [{ templateId: APP, purpose: 'application' }] } })
  const title = '二〇二六年江门市新能源与高端装备制造产业专利开放许可供需对接暨签约仪式'
  await signUp(addEvent(title).id, token)
  const [sent] = await outboxOf(userId)
  expect(Array.from(sent.data.thing1.value)).toHaveLength(20)
  expect(sent.data.thing1.value).toBe(title.slice(0, 19) + '…')
  // The application template is still unused: a registration never spends it.
  const counts = (await call('/api/me/subscriptions', { token })).body.items
  expect(counts).toEqual([
    { templateId: APP, purpose: 'application', count: 1 },
    { templateId: REG, purpose: 'registration', count: 0 },
  ])
})

test('should send the application template when a financing application moves', async () => {
  const { token, userId } = await loginAs(call, 'sme', 'sub-finance')
  await call('/api/me/enterprise', { method: 'PUT', token, body: { ...DEMO_COMPANY, region: '440700', industry: 'C38' } })
  await call('/api/me/subscriptions', { token, body: { accepted: [{ templateId: APP, purpose: 'application' }] } })
  await call('/api/me/subscriptions', { token, body: { accepted: [{ templateId: APP, purpose: 'application' }] } })
  const created = await call('/api/finance/applications', {
    token,
    body: { enterprise: { ...DEMO_COMPANY }, amountFen: 100_000_000, termMonths: 12, purpose: '购置检测设备', patentIds: [DEMO_PLEDGE_PATENTS.ready] },
  })
  expect(created.status).toBe(201)
  const officer = (await loginAs(call, 'officer')).token
  await call(`/api/applications/finance/${created.body.application.id}/transition`, { token: officer, body: { to: 'bank_accepted', note: '已受理' } })
  await call(`/api/applications/finance/${created.body.application.id}/transition`, { token: officer, body: { to: 'credit_review', note: '审查中' } })
  const sent = await outboxOf(userId)
  // Two acceptances, three notifications (submitted, accepted, under review): two sends.
  expect(sent).toHaveLength(2)
  expect(sent.map((m) => m.data.phrase2.value).sort()).toEqual(['已提交', '银行已受理'].sort())
  expect(sent.every((m) => m.data.character_string3.value === created.body.application.id)).toBe(true)
})

test('should refuse bad acceptances and keep the outbox to officers', async () => {
  const { token } = await loginAs(call, 'sme', 'sub-bad')
  for (const body of [{}, { accepted: [] }, { accepted: [{ templateId: 'a b', purpose: 'registration' }] }, { accepted: [{ templateId: REG, purpose: 'toString' }] }, { accepted: [1, 2, 3, 4] }]) {
    expectError(await call('/api/me/subscriptions', { token, body }), 400, 'VALIDATION_FAILED')
  }
  expectError(await call('/api/me/subscriptions', { body: { accepted: [] } }), 401, 'UNAUTHENTICATED')
  expectError(await call('/api/officer/subscribe-outbox', { token }), 403, 'FORBIDDEN')
})

test.each([
  [subscribeThing('一二三四五六七八九十一二三四五六七八九十'), '一二三四五六七八九十一二三四五六七八九十'],
  [subscribeThing('一二三四五六七八九十一二三四五六七八九十一'), '一二三四五六七八九十一二三四五六七八九…'],
  [subscribePhrase('银行已受理'), '银行已受理'],
  [subscribePhrase('已提交 OK'), '已提交'],
  [subscribePhrase('授信审查进行中'), '授信审查进'],
  [subscribeCharacterString('f-20260301-0001'), 'f-20260301-0001'],
  [subscribeCharacterString('申请f-1'), 'f-1'],
  [subscribeTime('2026-03-01T09:05:00+08:00'), '2026-03-01 09:05'],
])('should cut template values to WeChat limits (%#)', (actual, expected) => {
  expect(actual).toBe(expected)
})
