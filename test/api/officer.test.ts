/** @jest-environment node */
// API.md → Officer over real HTTP: the role matrix, event create/edit with validation, the
// registration list with approve/reject, notices, and application handling.

import type { OfficerEvent } from '@contract/officer'
import { toIsoCst } from '@mock/core/time'
import type { LicenceApplicationRow } from '@mock/db'
import { officerRoutes } from '@mock/handlers/officer'
import { expectError } from './helpers'
import { addAttendees, DAY, eventBody, HOUR, newSme, officerServerForFile, VALID_USCC } from './officer-fixtures'

const START = Date.UTC(2026, 2, 2, 1, 0, 0) // 2026-03-02 09:00 China time
const env = officerServerForFile(START)
const { call, clock } = env

async function createEvent(overrides: Parameters<typeof eventBody>[1] = {}): Promise<OfficerEvent> {
  const res = await call('/api/events', { token: env.officer, body: eventBody(clock.now(), overrides) })
  expect(res.status).toBe(201)
  return res.body.event
}

describe('role matrix', () => {
  // Every route the officer module declares, with its parameters filled in: a new one is covered by itself.
  const ENDPOINTS: [method: string, path: string][] = Object.keys(officerRoutes).map((key) => {
    const [method, pattern] = key.split(' ')
    return [method, pattern.replace(/:kind/, 'licence').replace(/:(\w+)/g, (_m, name: string) => `${name}-x`)]
  })

  test('should cover the documented officer endpoints', () => {
    expect(ENDPOINTS.map(([m, p]) => `${m} ${p}`)).toEqual(
      expect.arrayContaining([
        'POST /api/events',
        'PATCH /api/events/id-x',
        'GET /api/events/id-x/registrations',
        'GET /api/events/id-x/registrations.csv',
        'POST /api/registrations/id-x/approve',
        'POST /api/registrations/id-x/reject',
        'POST /api/events/id-x/notices',
        'POST /api/checkins',
        'POST /api/checkins/undo',
        'GET /api/events/id-x/roster',
        'GET /api/officer/applications',
        'POST /api/applications/licence/id-x/transition',
      ]),
    )
  })

  test.each(ENDPOINTS)('should answer %s %s with 403 to an SME and 401 without a token', async (method, path) => {
    const body = method === 'GET' ? undefined : {}
    const forbidden = expectError(await call(path, { method, token: env.sme, body }), 403, 'FORBIDDEN')
    expect(forbidden.message).toBe('该功能仅限工作人员使用')
    expectError(await call(path, { method, body }), 401, 'UNAUTHENTICATED')
  })
})

describe('events', () => {
  test('should create an event with a URL-safe id and list it with its counts', async () => {
    const event = await createEvent({ title: '一月一链·新能源专利路演', capacity: 80 })
    expect(event.id).toMatch(/^[A-Za-z0-9_-]{1,32}$/)
    expect(event).toMatchObject({
      title: '一月一链·新能源专利路演',
      capacity: 80,
      confirmedCount: 0,
      waitlistCount: 0,
      checkedInCount: 0,
      activeCount: 0,
      startsAt: toIsoCst(START + DAY),
      status: 'open',
    })

    const publicView = await call(`/api/officer/events/${event.id}`, { token: env.officer })
    expect(publicView.body.event.title).toBe('一月一链·新能源专利路演')

    addAttendees(env.srv.server.mock, event.id, 3)
    const list = await call('/api/officer/events?pageSize=50', { token: env.officer })
    expect(list.status).toBe(200)
    const row = list.body.items.find((e: OfficerEvent) => e.id === event.id)
    expect(row).toMatchObject({ confirmedCount: 3, checkedInCount: 0, activeCount: 3 })
  })

  test('should replay a create with the same Idempotency-Key instead of creating a second event', async () => {
    const headers = { 'Idempotency-Key': 'create-event-once' }
    const body = eventBody(clock.now(), { title: '幂等创建测试' })
    const first = await call('/api/events', { token: env.officer, body, headers })
    const again = await call('/api/events', { token: env.officer, body, headers })
    expect(first.status).toBe(201)
    expect(again.status).toBe(201)
    expect(again.body.event.id).toBe(first.body.event.id)
    expect(env.srv.server.mock.db.events.filter((e) => e.title === '幂等创建测试')).toHaveLength(1)
  })

  test('should refuse invalid events with a Chinese message per field', async () => {
    const now = clock.now()
    const res = await call('/api/events', {
      token: env.officer,
      body: {
        ...eventBody(now),
        title: '长'.repeat(51),
        city: 'atlantis',
        startsAt: toIsoCst(now + 2 * DAY),
        endsAt: toIsoCst(now + 2 * DAY - HOUR),
        signupClosesAt: toIsoCst(now + 3 * DAY),
        capacity: 0,
        industries: ['rockets'],
        agenda: [{ time: '9点', title: '开场' }],
      },
    })
    const error = expectError(res, 400, 'VALIDATION_FAILED')
    expect(error.fields).toEqual({
      title: '活动名称不能超过50个字',
      city: '请从列表中选择城市',
      endsAt: '结束时间应晚于开始时间',
      signupClosesAt: '报名截止时间不能晚于活动开始时间',
      capacity: '名额至少为 1 人',
      industries: '请从列表中选择服务行业',
      agenda: '第 1 项议程的时间应为 09:00 或 09:00-10:30',
    })
  })

  test.each([
    ['signupOpensAt after signupClosesAt', { signupOpensAt: '2026-03-02 20:00', signupClosesAt: '2026-03-02 19:00' }, 'signupOpensAt', '报名开始时间应早于报名截止时间'],
    ['an impossible date', { startsAt: '2026-02-30 09:00' }, 'startsAt', '开始时间格式应为 2026-03-01 09:00'],
    ['a fractional capacity', { capacity: 12.5 }, 'capacity', '名额应为整数'],
    ['a missing title', { title: '  ' }, 'title', '请输入活动名称'],
    ['an unknown kind', { kind: 'party' }, 'kind', '不支持的活动类型'],
  ] as const)('should refuse %s', async (_name, overrides, field, message) => {
    const res = await call('/api/events', { token: env.officer, body: { ...eventBody(clock.now()), ...overrides } })
    expect(expectError(res, 400, 'VALIDATION_FAILED').fields).toEqual({ [field]: message })
  })

  test('should accept times typed as China time and store them with +08:00', async () => {
    const event = await createEvent({ startsAt: '2026-03-10 09:30', endsAt: '2026-03-10 17:00', signupClosesAt: '2026-03-09 18:00' })
    expect(event.startsAt).toBe('2026-03-10T09:30:00+08:00')
    expect(event.signupClosesAt).toBe('2026-03-09T18:00:00+08:00')
  })

  test('should edit an event, keep the capacity above the seats taken and promote the waitlist when it grows', async () => {
    const event = await createEvent({ capacity: 2 })
    const regs = addAttendees(env.srv.server.mock, event.id, 4)
    expect(regs.map((r) => r.status)).toEqual(['confirmed', 'confirmed', 'waitlisted', 'waitlisted'])

    const tooSmall = await call(`/api/events/${event.id}`, { method: 'PATCH', token: env.officer, body: { capacity: 1 } })
    expect(expectError(tooSmall, 400, 'VALIDATION_FAILED').fields).toEqual({ capacity: '已有 2 人获得名额，名额不能少于 2' })

    const renamed = await call(`/api/events/${event.id}`, { method: 'PATCH', token: env.officer, body: { title: '改名后的对接会', capacity: 3 } })
    expect(renamed.status).toBe(200)
    expect(renamed.body.event).toMatchObject({ id: event.id, title: '改名后的对接会', capacity: 3, confirmedCount: 3, waitlistCount: 1 })
    expect(env.srv.server.mock.db.registrations.get(regs[2].id)?.status).toBe('confirmed')

    const badTimes = await call(`/api/events/${event.id}`, { method: 'PATCH', token: env.officer, body: { endsAt: event.startsAt } })
    expect(expectError(badTimes, 400, 'VALIDATION_FAILED').fields).toEqual({ endsAt: '结束时间应晚于开始时间' })
    expectError(await call('/api/events/ev-missing', { method: 'PATCH', token: env.officer, body: { title: 'x' } }), 404, 'NOT_FOUND')
  })

  test("should list only events under way on a given day, for the workbench's 今日活动", async () => {
    const today = await createEvent({ title: '今天的活动', startsAt: toIsoCst(clock.now() + HOUR), endsAt: toIsoCst(clock.now() + 3 * HOUR), signupClosesAt: toIsoCst(clock.now() + HOUR) })
    const res = await call('/api/officer/events?day=2026-03-02&pageSize=50', { token: env.officer })
    expect(res.status).toBe(200)
    const ids = res.body.items.map((e: OfficerEvent) => e.id)
    expect(ids).toContain(today.id)
    for (const e of res.body.items as OfficerEvent[]) expect(e.startsAt < '2026-03-03T00:00:00+08:00' && e.endsAt > '2026-03-02T00:00:00+08:00').toBe(true)
    expect(expectError(await call('/api/officer/events?day=2026-02-30', { token: env.officer }), 400, 'VALIDATION_FAILED').fields).toHaveProperty('day')
  })
})

describe('registrations', () => {
  test('should list registrations by status and let an officer approve or reject with the applicant notified', async () => {
    const event = await createEvent({ capacity: 1, requiresApproval: true })
    const [a, b, c] = addAttendees(env.srv.server.mock, event.id, 3)
    expect(a.status).toBe('pending_approval')

    const pending = await call(`/api/events/${event.id}/registrations?status=pending_approval`, { token: env.officer })
    expect(pending.status).toBe(200)
    expect(pending.body.total).toBe(3)
    expect(pending.body.counts).toMatchObject({ pending_approval: 3, confirmed: 0 })

    const approved = await call(`/api/registrations/${a.id}/approve`, { token: env.officer, body: { note: '欢迎参加' } })
    expect(approved.status).toBe(200)
    expect(approved.body.registration).toMatchObject({ id: a.id, status: 'confirmed', ticketCode: expect.stringMatching(/^[A-Za-z0-9_-]{16,32}$/) })

    // One seat: the second approval would overbook.
    expectError(await call(`/api/registrations/${b.id}/approve`, { token: env.officer, body: {} }), 409, 'EVENT_FULL')

    const rejected = await call(`/api/registrations/${c.id}/reject`, { token: env.officer, body: { note: '名额已满，欢迎参加下期' } })
    expect(rejected.body.registration.status).toBe('rejected')
    const again = expectError(await call(`/api/registrations/${c.id}/reject`, { method: 'POST', token: env.officer }), 409, 'CONFLICT')
    expect(again.message).toBe('当前状态为「未通过」，不能变更为「未通过」')

    const notes = env.srv.server.mock.db.notifications.filter((n) => n.userId === c.userId)
    expect(notes[notes.length - 1]).toMatchObject({ body: expect.stringContaining('名额已满，欢迎参加下期'), link: { kind: 'registration', id: c.id } })

    const confirmed = await call(`/api/events/${event.id}/registrations?status=confirmed`, { token: env.officer })
    expect(confirmed.body.items.map((r: { id: string }) => r.id)).toEqual([a.id])
    expectError(await call(`/api/events/${event.id}/registrations?status=maybe`, { token: env.officer }), 400, 'VALIDATION_FAILED')
    expectError(await call('/api/events/ev-missing/registrations', { token: env.officer }), 404, 'NOT_FOUND')
  })

  test('should search registrations by name, phone or enterprise', async () => {
    const event = await createEvent()
    addAttendees(env.srv.server.mock, event.id, 3, '搜索')
    const res = await call(`/api/events/${event.id}/registrations?q=${encodeURIComponent('搜索2')}`, { token: env.officer })
    expect(res.body.items.map((r: { attendeeName: string }) => r.attendeeName)).toEqual(['搜索2'])
  })
})

describe('notices', () => {
  test('should deliver a plain-text notice to every active registrant, idempotently', async () => {
    const event = await createEvent({ capacity: 2 })
    const regs = addAttendees(env.srv.server.mock, event.id, 4)
    const ctx = env.srv.server.mock
    // A cancelled registration is no longer active and hears nothing.
    ctx.db.registrations.update(regs[3].id, { status: 'cancelled' })

    const body = { title: '会场变更', body: '会场改为三楼 301。\n<b>请准时</b>' }
    const headers = { 'Idempotency-Key': 'notice-1' }
    const res = await call(`/api/events/${event.id}/notices`, { token: env.officer, body, headers })
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ delivered: 3 })
    const replay = await call(`/api/events/${event.id}/notices`, { token: env.officer, body, headers })
    expect(replay.body).toEqual({ delivered: 3 })

    for (const reg of regs.slice(0, 3)) {
      const mine = ctx.db.notifications.filter((n) => n.userId === reg.userId && n.type === 'notice')
      expect(mine).toHaveLength(1)
      expect(mine[0]).toMatchObject({ title: '会场变更', body: '会场改为三楼 301。\n<b>请准时</b>', link: { kind: 'registration', id: reg.id } })
    }
    expect(ctx.db.notifications.filter((n) => n.userId === regs[3].userId && n.type === 'notice')).toHaveLength(0)
  })

  test('should refuse a notice with a too-long title or body', async () => {
    const event = await createEvent()
    const res = await call(`/api/events/${event.id}/notices`, { token: env.officer, body: { title: '题'.repeat(51), body: '文'.repeat(2001) } })
    expect(expectError(res, 400, 'VALIDATION_FAILED').fields).toEqual({ title: '通知标题不能超过50个字', body: '通知正文不能超过2000个字' })
    expectError(await call(`/api/events/${event.id}/notices`, { token: env.officer, body: { title: '', body: '正文' } }), 400, 'VALIDATION_FAILED')
  })
})

describe('applications', () => {
  function seedLicence(status: LicenceApplicationRow['status'] = 'submitted'): LicenceApplicationRow {
    const ctx = env.srv.server.mock
    const user = newSme(ctx)
    const at = toIsoCst(clock.now())
    return ctx.db.licenceApplications.insert({
      id: `l-test-${Math.random().toString(36).slice(2, 10)}`,
      userId: user.id,
      title: '一种用于锂离子电池的复合正极材料及其制备方法',
      createdAt: at,
      updatedAt: at,
      timeline: [{ status, at, note: '已提交' }],
      status,
      patentId: 'p000001',
      patentNo: '201710601862.3',
      enterprise: { name: '示例科技有限公司', uscc: VALID_USCC, contactName: '张三', phone: '13800138000' },
      intendedUse: '用于动力电池正极材料生产',
      expectedStart: '2026-04-01',
    })
  }

  test('should list licence applications with the moves an officer may make', async () => {
    const row = seedLicence()
    const res = await call('/api/officer/applications?kind=licence&status=submitted&pageSize=50', { token: env.officer })
    expect(res.status).toBe(200)
    const item = res.body.items.find((a: { id: string }) => a.id === row.id)
    expect(item).toMatchObject({
      kind: 'licence',
      status: 'submitted',
      statusLabel: '已提交',
      patentNo: '201710601862.3',
      enterprise: { name: '示例科技有限公司' },
      nextStatuses: [
        { status: 'notified', label: '已通知专利权人' },
        { status: 'rejected', label: '已驳回' },
      ],
    })
    expect(res.body.counts.submitted).toBeGreaterThanOrEqual(1)
    expect(expectError(await call('/api/officer/applications?kind=patent', { token: env.officer }), 400, 'VALIDATION_FAILED').fields).toHaveProperty('kind')
    expect(expectError(await call('/api/officer/applications?kind=finance&status=notified', { token: env.officer }), 400, 'VALIDATION_FAILED').fields).toHaveProperty('status')
  })

  test('should move an application along its state machine, notify the applicant and refuse illegal moves with 409', async () => {
    const row = seedLicence()
    const moved = await call(`/api/applications/licence/${row.id}/transition`, { token: env.officer, body: { to: 'notified', note: '已书面通知专利权人' } })
    expect(moved.status).toBe(200)
    expect(moved.body.application).toMatchObject({ id: row.id, status: 'notified', lastNote: '已书面通知专利权人' })
    const stored = env.srv.server.mock.db.licenceApplications.get(row.id)!
    expect(stored.timeline.map((t) => t.status)).toEqual(['submitted', 'notified'])
    const notes = env.srv.server.mock.db.notifications.filter((n) => n.userId === row.userId)
    expect(notes[notes.length - 1]).toMatchObject({ type: 'status', link: { kind: 'licence', id: row.id } })

    const illegal = expectError(await call(`/api/applications/licence/${row.id}/transition`, { token: env.officer, body: { to: 'filed' } }), 409, 'CONFLICT')
    expect(illegal.message).toBe('当前状态为「已通知专利权人」，不能变更为「已备案」')
    // Withdrawing is the applicant's move, not the officer's.
    expectError(await call(`/api/applications/licence/${row.id}/transition`, { token: env.officer, body: { to: 'withdrawn' } }), 409, 'CONFLICT')

    const noReason = await call(`/api/applications/licence/${row.id}/transition`, { token: env.officer, body: { to: 'rejected' } })
    expect(expectError(noReason, 400, 'VALIDATION_FAILED').fields).toEqual({ note: '驳回时请填写原因' })
    expect(expectError(await call(`/api/applications/licence/${row.id}/transition`, { token: env.officer, body: { to: 'approved' } }), 400, 'VALIDATION_FAILED').fields).toHaveProperty('to')
    expectError(await call('/api/applications/licence/l-missing/transition', { token: env.officer, body: { to: 'notified' } }), 404, 'NOT_FOUND')
    expectError(await call(`/api/applications/patent/${row.id}/transition`, { token: env.officer, body: { to: 'notified' } }), 404, 'NOT_FOUND')
  })
})
