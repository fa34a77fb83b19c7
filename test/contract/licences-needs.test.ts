// API.md → Licence applications (开放许可实施通知) with Idempotency-Key replay and the duplicate rule,
// and Needs and matching (企业需求 → 转化清单). Patents come from GET /api/patents.

import { expectError, expectFieldError, request } from './client'
import { DAY, dateCst, ENTERPRISE4, eventBody, HOUR, isoCst, login, PROFILE, somePatents, tag, type Session, VALID_USCC, WRONG_CHECK_USCC } from './fixtures'

function licenceBody(patentId: string, patch: Record<string, unknown> = {}) {
  return {
    patentId,
    enterprise: { ...ENTERPRISE4, uscc: ` ${VALID_USCC.toLowerCase()} `, phone: '138 0013 8000' },
    intendedUse: '用于本公司储能电池产品线的正极材料量产',
    expectedStart: dateCst(Date.now() + 30 * DAY),
    ...patch,
  }
}

function apply(who: Session, body: unknown, key?: string) {
  return request('/api/licence-applications', { token: who.token, body, headers: key ? { 'Idempotency-Key': key } : undefined })
}

async function patentApplications(id: string): Promise<number> {
  return (await request(`/api/patents/${encodeURIComponent(id)}`)).body.applications
}

describe('POST /api/licence-applications', () => {
  test('should create a submitted application for a listed patent, normalised, with its timeline', async () => {
    const user = await login('sme')
    const [patent] = await somePatents(1)
    const before = await patentApplications(patent.id)
    const res = await apply(user, licenceBody(patent.id))
    expect(res.status).toBe(201)
    const a = res.body.application
    expect(a).toEqual(
      expect.objectContaining({
        id: expect.stringMatching(/^[A-Za-z0-9_-]{1,32}$/),
        status: 'submitted',
        patentId: patent.id,
        enterprise: expect.objectContaining({ ...ENTERPRISE4, uscc: VALID_USCC, phone: '13800138000' }),
        intendedUse: '用于本公司储能电池产品线的正极材料量产',
      }),
    )
    expect(a.timeline).toEqual([expect.objectContaining({ status: 'submitted', at: expect.any(String) })])
    expect(await patentApplications(patent.id)).toBe(before + 1)
    const read = await request(`/api/licence-applications/${a.id}`, { token: user.token })
    expect(read.status).toBe(200)
    expect(read.body.application).toEqual(expect.objectContaining({ id: a.id, status: 'submitted' }))
  })

  test('should replay a retry with the same Idempotency-Key: same id, same status, one application', async () => {
    const user = await login('sme')
    const [patent] = await somePatents(1, 'sort=fee_asc')
    const key = tag('licence-intent')
    const before = await patentApplications(patent.id)
    const first = await apply(user, licenceBody(patent.id), key)
    const replay = await apply(user, licenceBody(patent.id), key)
    expect([first.status, replay.status]).toEqual([201, 201])
    expect(replay.body.application.id).toBe(first.body.application.id)
    expect(replay.headers.get('idempotent-replayed')).toBe('true')
    expect(await patentApplications(patent.id)).toBe(before + 1)
    const mine = await request('/api/me/applications?kind=licence', { token: user.token })
    expect(mine.body.total).toBe(1)
  })

  test('should keep Idempotency-Keys per user: the same key from another user creates that user’s own', async () => {
    const a = await login('sme')
    const b = await login('sme')
    const [patent] = await somePatents(1)
    const key = tag('shared-key')
    const first = await apply(a, licenceBody(patent.id), key)
    const second = await apply(b, licenceBody(patent.id), key)
    expect([first.status, second.status]).toEqual([201, 201])
    expect(second.body.application.id).not.toBe(first.body.application.id)
    expect(second.headers.get('idempotent-replayed')).toBeNull()
  })

  test('should refuse a second active application for the same patent with 409, allow another patent, and allow it again once withdrawn', async () => {
    const user = await login('sme')
    const [p1, p2] = await somePatents(2)
    const first = await apply(user, licenceBody(p1.id), tag('k'))
    expect(first.status).toBe(201)
    expectError(await apply(user, licenceBody(p1.id), tag('k')), 409, 'CONFLICT')
    expect((await apply(user, licenceBody(p2.id), tag('k'))).status).toBe(201)

    const withdrawn = await request(`/api/applications/licence/${first.body.application.id}/withdraw`, { token: user.token, body: {} })
    expect(withdrawn.status).toBe(200)
    expect(withdrawn.body.status).toBe('withdrawn')
    const again = await apply(user, licenceBody(p1.id), tag('k'))
    expect(again.status).toBe(201)
    expect(again.body.application.id).not.toBe(first.body.application.id)
  })

  test('should name every missing field of an empty body', async () => {
    const user = await login('sme')
    const fields = expectError(await apply(user, {}), 400, 'VALIDATION_FAILED').fields ?? {}
    expect(Object.keys(fields)).toEqual(expect.arrayContaining(['patentId', 'intendedUse', 'expectedStart']))
    expect(Object.keys(fields).some((k) => k.startsWith('enterprise'))).toBe(true)
  })

  test('should check the enterprise with the shared rules (USCC check character, phone)', async () => {
    const user = await login('sme')
    const [patent] = await somePatents(1)
    const fields = expectError(
      await apply(user, licenceBody(patent.id, { enterprise: { ...ENTERPRISE4, uscc: WRONG_CHECK_USCC, phone: '12800138000' } })),
      400,
      'VALIDATION_FAILED',
    ).fields
    expect(fields?.['enterprise.uscc']).toContain('校验位错误')
    expect(fields).toHaveProperty(['enterprise.phone'])
  })

  test('should refuse an expected start in the past', async () => {
    const user = await login('sme')
    const [patent] = await somePatents(1)
    expectFieldError(await apply(user, licenceBody(patent.id, { expectedStart: dateCst(Date.now() - 2 * DAY) })), 'expectedStart')
  })

  test('should answer an unlisted patent with 404', async () => {
    const user = await login('sme')
    expectError(await apply(user, licenceBody('p-contract-missing-0')), 404, 'NOT_FOUND')
    expect((await request('/api/me/applications', { token: user.token })).body.total).toBe(0)
  })

  test('should hide an application from every other user (404) and need a login (401)', async () => {
    const owner = await login('sme')
    const other = await login('sme')
    const [patent] = await somePatents(1)
    const { id } = (await apply(owner, licenceBody(patent.id))).body.application
    expectError(await request(`/api/licence-applications/${id}`, { token: other.token }), 404, 'NOT_FOUND')
    expectError(await request(`/api/licence-applications/${id}`), 401, 'UNAUTHENTICATED')
    expectError(await request(`/api/applications/licence/${id}`, { token: other.token }), 404, 'NOT_FOUND')
  })
})

const NEED = {
  title: '寻找储能电池正极材料技术',
  description: '公司计划建设储能电池生产线，需要高循环寿命的正极材料技术。',
  industry: 'C38',
  budgetFen: 50 * 1_000_000,
  keywords: ['储能', '电池'],
}

describe('needs and matches', () => {
  const post = (who: Session, body: unknown, key?: string) => request('/api/needs', { token: who.token, body, headers: key ? { 'Idempotency-Key': key } : undefined })

  test('should create a need (201) and show it to its owner only', async () => {
    const owner = await login('sme')
    const other = await login('sme')
    const res = await post(owner, { ...NEED, title: `储能技术需求${tag('n').slice(-6)}` })
    expect(res.status).toBe(201)
    const need = res.body.need
    expect(need).toEqual(expect.objectContaining({ id: expect.any(String), industry: 'C38', keywords: ['储能', '电池'] }))
    expect((await request(`/api/needs/${need.id}`, { token: owner.token })).body.need).toEqual(need)
    expectError(await request(`/api/needs/${need.id}`, { token: other.token }), 404, 'NOT_FOUND')
    expectError(await request(`/api/needs/${need.id}/matches`, { token: other.token }), 404, 'NOT_FOUND')
  })

  test('should name every missing field and leave the budget optional', async () => {
    const user = await login('sme')
    const fields = expectError(await post(user, {}), 400, 'VALIDATION_FAILED').fields ?? {}
    expect(Object.keys(fields).sort()).toEqual(['description', 'industry', 'keywords', 'title'])
    const { budgetFen: _omit, ...noBudget } = NEED
    expect((await post(user, noBudget)).status).toBe(201)
  })

  test.each([
    ['a negative budget', { budgetFen: -1 }, 'budgetFen'],
    ['a budget as text', { budgetFen: '1e9' }, 'budgetFen'],
    ['a 51-character title', { title: '题'.repeat(51) }, 'title'],
    ['an unknown industry', { industry: 'mining' }, 'industry'],
    ['keywords as one string', { keywords: '储能 电池' }, 'keywords'],
  ])('should refuse %s naming that field', async (_name, patch, field) => {
    const user = await login('sme')
    const fields = expectError(await post(user, { ...NEED, ...patch }), 400, 'VALIDATION_FAILED').fields ?? {}
    expect(Object.keys(fields)).toEqual([field])
  })

  test('should replay a retried need with the same Idempotency-Key', async () => {
    const user = await login('sme')
    const key = tag('need-intent')
    const a = await post(user, NEED, key)
    const b = await post(user, NEED, key)
    expect([a.status, b.status]).toEqual([201, 201])
    expect(b.body.need.id).toBe(a.body.need.id)
    expect(b.headers.get('idempotent-replayed')).toBe('true')
  })

  test('should rank matching patents best first with reasons naming the keyword', async () => {
    const user = await login('sme')
    const need = (await post(user, NEED)).body.need
    const res = await request(`/api/needs/${need.id}/matches`, { token: user.token })
    expect(res.status).toBe(200)
    expect(res.body).toEqual(expect.objectContaining({ patents: expect.any(Array), events: expect.any(Array) }))
    const { patents } = res.body
    expect(patents.length).toBeGreaterThan(0)
    for (let i = 1; i < patents.length; i++) expect(patents[i - 1].score).toBeGreaterThanOrEqual(patents[i].score)
    for (const m of patents) {
      expect(m.patent).toEqual(expect.objectContaining({ id: expect.any(String), title: expect.any(String) }))
      expect(m.reasons.some((r: string) => /^关键词: (储能|电池)$/.test(r))).toBe(true)
      if (m.reasons.includes('同一行业')) expect(m.patent.industry).toBe('C38')
    }
  })

  test('should add 同一地区 once the enterprise profile names a matched patent’s city', async () => {
    const user = await login('sme')
    const need = (await post(user, NEED)).body.need
    const before = (await request(`/api/needs/${need.id}/matches`, { token: user.token })).body.patents
    expect(before.flatMap((m: { reasons: string[] }) => m.reasons)).not.toContain('同一地区')
    const target = before[0].patent
    expect((await request('/api/me/enterprise', { method: 'PUT', token: user.token, body: { ...PROFILE, region: target.region } })).status).toBe(200)
    const after = (await request(`/api/needs/${need.id}/matches`, { token: user.token })).body.patents
    expect(after.find((m: { patent: { id: string } }) => m.patent.id === target.id)?.reasons).toContain('同一地区')
    for (const m of after.filter((x: { reasons: string[] }) => x.reasons.includes('同一地区'))) expect(m.patent.region).toBe(target.region)
  })

  test('should answer keywords found nowhere with no patents, not an error', async () => {
    const user = await login('sme')
    const need = (await post(user, { ...NEED, keywords: ['量子引力波契约'] })).body.need
    const res = await request(`/api/needs/${need.id}/matches`, { token: user.token })
    expect(res.status).toBe(200)
    expect(res.body.patents).toEqual([])
  })

  test('should suggest an officer’s upcoming matchmaking event of the need’s industry', async () => {
    // Suggestions are the soonest few; this event starts sooner than any an earlier run left open
    // (their sign-up closed after 20 minutes), in an industry the other tests leave alone.
    const now = Date.now()
    const officer = await login('officer')
    const event = await request('/api/events', {
      token: officer.token,
      body: eventBody({ industries: ['A01'], startsAt: isoCst(now + 30 * 60_000), endsAt: isoCst(now + 3 * HOUR), signupClosesAt: isoCst(now + 20 * 60_000) }),
    })
    expect(event.status).toBe(201)
    const user = await login('sme')
    const need = (await post(user, { ...NEED, industry: 'A01' })).body.need
    const res = await request(`/api/needs/${need.id}/matches`, { token: user.token })
    const suggested = res.body.events.find((e: { event: { id: string } }) => e.event.id === event.body.event.id)
    expect(suggested?.reasons).toContain('同一行业')
    for (const e of res.body.events) expect(e.event.industries).toContain('A01')
  })
})
