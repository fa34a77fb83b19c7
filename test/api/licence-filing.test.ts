/** @jest-environment node */
// 备案 pre-check (RULES.md → Licence filing) from the backend's own records.

import { DEMO_PLEDGE_PATENTS } from '@mock/domain/pledge-check'
import { client, expectError, loginAs, startServer, type TestServer } from './helpers'

let srv: TestServer
let call: ReturnType<typeof client>

beforeAll(async () => {
  srv = await startServer({ patentCount: 2000 })
  call = client(srv.base)
})

afterAll(() => srv.close())

const enterprise = { name: '泸州市白酒智造科技有限公司', uscc: '91350100M000100Y43', contactName: '王强', phone: '13700137000' }

function today(): string {
  return new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10)
}

async function licensed(code: string, patentId: string, moves = ['notified', 'paid', 'licensed']) {
  const { token } = await loginAs(call, 'sme', code)
  const res = await call('/api/licence-applications', { token, body: { patentId, enterprise, intendedUse: '用于本公司产品线', expectedStart: today() } })
  expect(res.status).toBe(201)
  const officer = (await loginAs(call, 'officer')).token
  for (const to of moves) expect((await call(`/api/applications/licence/${res.body.application.id}/transition`, { token: officer, body: { to, note: to } })).status).toBe(200)
  return { token, id: res.body.application.id as string, officer }
}

test('should pass a clean licence once licensed, with its 3-month deadline and the 普通许可 note', async () => {
  const { token, id } = await licensed('filing-ok', DEMO_PLEDGE_PATENTS.ready)
  const res = await call(`/api/licence-applications/${id}/filing-check`, { token })
  expect(res.status).toBe(200)
  expect(res.body).toEqual(expect.objectContaining({ applicationId: id, status: 'licensed', ok: true, problems: [], filingDeadline: expect.any(String) }))
  expect(res.body.notes.join('')).toContain('普通许可')
})

test.each([
  [DEMO_PLEDGE_PATENTS.coOwned, 'co_owner_consent', '全体共有人'],
  [DEMO_PLEDGE_PATENTS.alreadyPledged, 'pledged', '质权人'],
  [DEMO_PLEDGE_PATENTS.expiresBeforeTerm, 'term_past_expiry', '届满日'],
  [DEMO_PLEDGE_PATENTS.annuityGrace, 'annuity_unpaid', '年费'],
  [DEMO_PLEDGE_PATENTS.courtPreservation, 'disputed', '保全'],
])('should find what would refuse the 备案 of %s: %s', async (patentId, code, words) => {
  const { token, id } = await licensed(`filing-${code}`, patentId)
  const res = await call(`/api/licence-applications/${id}/filing-check`, { token })
  expect(res.body.ok).toBe(false)
  expect(res.body.problems.map((p: { code: string }) => p.code)).toContain(code)
  expect(JSON.stringify(res.body.problems)).toContain(words)
})

test('should say a filed licence is filed, show officers any check, and hide others’', async () => {
  const { token, id, officer } = await licensed('filing-filed', DEMO_PLEDGE_PATENTS.ready2, ['notified', 'paid', 'licensed', 'filed'])
  const res = await call(`/api/licence-applications/${id}/filing-check`, { token })
  expect(res.body.problems.map((p: { code: string }) => p.code)).toEqual(['already_filed'])
  expect((await call(`/api/licence-applications/${id}/filing-check`, { token: officer })).status).toBe(200)
  const stranger = (await loginAs(call, 'sme', 'filing-stranger')).token
  expectError(await call(`/api/licence-applications/${id}/filing-check`, { token: stranger }), 404, 'NOT_FOUND')
  expectError(await call(`/api/licence-applications/${id}/filing-check`), 401, 'UNAUTHENTICATED')
})
