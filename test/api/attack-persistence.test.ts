/** @jest-environment node */
// Issue 14's attacks on state and exposure, each a test: idempotency keys evicted by another user,
// a failed disk write left applied in memory, a torn or corrupt data file (printed whole, mode 644),
// rows never validated, a symlink out of STATIC_DIR, a ticket code shown after cancellation, an
// officer token for `{"role":"officer"}`, and check-in ten days early.

import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createMockContext } from '@mock/context'
import { seededRandom } from '@mock/core/random'
import { handle } from '@mock/router'
import { DEMO_APPLICATION_IDS } from '@mock/seed/applications'
import { createMockHttpServer } from '@mock/transports/http'
import { isoCst } from '@/rules/officer'
import { client, expectError, loginAs, startServer, type TestServer } from './helpers'
import { loginBody } from './login-body'
import { addAttendees, DAY, eventBody, HOUR, mutableClock, VALID_USCC } from './officer-fixtures'

const SIGNUP = { attendeeName: '陈思远', phone: '13800138000', enterprise: { name: '江门市华创新能源科技有限公司', uscc: VALID_USCC } }
const quiet = { error: () => undefined }

function tmpFile(name = 'state.journal'): string {
  return path.join(mkdtempSync(path.join(os.tmpdir(), 'huiqi-attack-')), name)
}

describe('idempotency per user (RULES.md)', () => {
  test("should keep a user's key for 24 hours however many keyed writes another user makes", async () => {
    const clock = mutableClock(Date.UTC(2026, 4, 20, 1, 0, 0))
    const ctx = createMockContext({ patentCount: 20, random: seededRandom(14), now: clock.now, logger: quiet })
    const login = async (code: string) => (JSON.parse(JSON.stringify((await handle({ method: 'POST', url: '/api/auth/login', headers: {}, body: JSON.stringify(loginBody('sme', code)) }, ctx)).body)) as { token: string }).token
    const post = (token: string, key: string) =>
      handle(
        {
          method: 'POST',
          url: '/api/needs',
          headers: { authorization: `Bearer ${token}`, 'idempotency-key': key },
          body: JSON.stringify({ title: '储能电池热管理', description: '寻找电池热管理专利', industry: 'C38', keywords: ['储能'] }),
        },
        ctx,
      )
    const alice = await login('idem-alice')
    const mallory = await login('idem-mallory')
    const first = await post(alice, 'alice-key')
    expect(first.status).toBe(201)
    for (let i = 0; i < 2100; i++) expect((await post(mallory, `flood-${i}`)).status).toBe(201)
    const retry = await post(alice, 'alice-key')
    expect(retry.status).toBe(201)
    expect(retry.headers?.['idempotent-replayed']).toBe('true')
    expect((retry.body as { need: { id: string } }).need.id).toBe((first.body as { need: { id: string } }).need.id)

    clock.advance(24 * HOUR + 1000)
    const later = await post(alice, 'alice-key')
    expect(later.headers?.['idempotent-replayed']).toBeUndefined()
    expect((later.body as { need: { id: string } }).need.id).not.toBe((first.body as { need: { id: string } }).need.id)
  })
})

describe('MOCK_DATA_FILE: write-ahead journal', () => {
  test('should change nothing and answer 500 when the write cannot be made durable, and let the retry through', async () => {
    const file = tmpFile()
    const srv = await startServer({ patentCount: 50, dataFile: file })
    const call = client(srv.base)
    try {
      const { token, userId } = await loginAs(call, 'sme', 'disk-full')
      const before = (await call('/api/events/ev-demo-open')).body
      srv.server.journal!.failWrites = 1
      const failed = await call('/api/events/ev-demo-open/registrations', { token, body: SIGNUP, headers: { 'idempotency-key': 'k1' } })
      expectError(failed, 500, 'INTERNAL')
      expect(failed.body.error.message).toBe('数据未能保存，本次操作未生效，请稍后重试')
      // Nothing of it stayed: no seat, no row, no message, no remembered key.
      expect((await call('/api/events/ev-demo-open')).body).toMatchObject({ confirmedCount: before.confirmedCount, seatsLeft: before.seatsLeft })
      const db = srv.server.mock.db
      expect(db.registrations.filter((r) => r.userId === userId)).toHaveLength(0)
      expect(db.notifications.filter((n) => n.userId === userId)).toHaveLength(0)
      expect(db.idempotency.filter((r) => r.userId === userId)).toHaveLength(0)

      const retry = await call('/api/events/ev-demo-open/registrations', { token, body: SIGNUP, headers: { 'idempotency-key': 'k1' } })
      expect(retry.status).toBe(201)
      expect(retry.body.registration.status).toBe('confirmed')
    } finally {
      await srv.server.journal!.close()
      await srv.close()
    }
    // What was acknowledged is what a restart finds.
    const again = createMockHttpServer({ patentCount: 50, dataFile: file, logger: quiet })
    expect(again.mock.db.registrations.filter((r) => r.status === 'confirmed' && r.phone === SIGNUP.phone && r.eventId === 'ev-demo-open')).toHaveLength(1)
    await again.journal!.close()
  })

  test('should drop a torn last record with a one-line warning naming its offset, and keep everything before it', async () => {
    const file = tmpFile()
    const srv = await startServer({ patentCount: 50, dataFile: file })
    const call = client(srv.base)
    const { token } = await loginAs(call, 'sme', 'torn-write')
    const reg = (await call('/api/events/ev-demo-open/registrations', { token, body: SIGNUP })).body.registration
    await srv.server.journal!.close()
    await srv.close()
    const whole = statSync(file).size
    // A crash in the middle of an append: the start of a record, no newline.
    const lastLine = readFileSync(file, 'utf8').trimEnd().split('\n').pop()!
    appendFileSync(file, lastLine.slice(0, Math.floor(lastLine.length / 2)))

    const warnings: string[] = []
    const again = createMockHttpServer({ patentCount: 50, dataFile: file, logger: { error: (line: unknown) => warnings.push(String(line)) } })
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain(`偏移 ${whole}`)
    expect(warnings[0]).toContain(file)
    expect(warnings[0]).not.toContain('\n')
    expect(again.mock.db.registrations.get(reg.id)?.status).toBe('confirmed')
    await again.journal!.close()
  })

  test('should refuse to start on a corrupt record with one line naming the file and the problem, never the content', async () => {
    const file = tmpFile()
    const srv = await startServer({ patentCount: 50, dataFile: file })
    const call = client(srv.base)
    const { token } = await loginAs(call, 'sme', 'bit-rot')
    await call('/api/events/ev-demo-open/registrations', { token, body: SIGNUP })
    await call('/api/me/enterprise', { method: 'PUT', token, body: { name: '江门市华创新能源科技有限公司', uscc: VALID_USCC, contactName: '陈思远', phone: '13800138000', region: '440700', industry: 'C38' } })
    await srv.server.journal!.close()
    await srv.close()
    const lines = readFileSync(file, 'utf8').split('\n')
    // Bit rot in a record that is not the last one.
    expect(lines.length).toBeGreaterThan(3)
    lines[1] = lines[1].replace('"t":"b"', '"t":"B"')
    writeFileSync(file, lines.join('\n'))
    let message = ''
    try {
      createMockHttpServer({ patentCount: 50, dataFile: file, logger: quiet })
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toContain(file)
    expect(message).toMatch(/第 2 条记录.*校验和不符/)
    expect(message).not.toContain('\n')
    expect(message).not.toContain(token)
    expect(message).not.toContain('13800138000')
  })

  test('should refuse a truncated snapshot without printing it', () => {
    const file = tmpFile('state.json')
    const secret = 'SECRET-BEARER-TOKEN-0123456789'
    writeFileSync(file, JSON.stringify({ schema: 1, tables: { sessions: [{ id: secret, userId: 'u-sme-demo', createdAtMs: 1, expiresAtMs: 2 }] } }).slice(0, 60))
    expect(() => createMockHttpServer({ patentCount: 50, dataFile: file, logger: quiet })).toThrow(/state\.json.*不是有效的 JSON 快照/)
    try {
      createMockHttpServer({ patentCount: 50, dataFile: file, logger: quiet })
    } catch (error) {
      expect((error as Error).message).not.toContain('SECRET')
    }
  })

  test.each([
    ['a registration without its fields', { registrations: [{ id: 'r-broken', status: 'confirmed' }] }, /表 registrations 第 1 行：字段 userId/],
    ['an event with capacity "lots"', { events: [{ id: 'ev-demo-open', capacity: 'lots' }] }, /表 events 第 1 行/],
    ['a status that is an Object built-in', { licenceApplications: [{ id: 'x', status: 'constructor' }] }, /表 licenceApplications 第 1 行/],
    ['an unknown table', { admins: [] }, /未知的表/],
  ])('should stop the start-up on %s, naming table and field', (_label, tables, pattern) => {
    const file = tmpFile('state.json')
    writeFileSync(file, JSON.stringify({ schema: 1, tables, patentStats: {} }))
    expect(() => createMockHttpServer({ patentCount: 50, dataFile: file, logger: quiet })).toThrow(pattern)
  })

  test('should keep the file readable by its owner only, and let a login add a small record, not rewrite the state', async () => {
    const file = tmpFile()
    writeFileSync(file, '', { mode: 0o644 })
    const srv = await startServer({ patentCount: 50, dataFile: file })
    const call = client(srv.base)
    try {
      expect(statSync(file).mode & 0o777).toBe(0o600)
      // Some state first, so a rewrite of it would show.
      const { token } = await loginAs(call, 'sme', 'big-state')
      for (let i = 0; i < 20; i++) await call('/api/needs', { token, body: { title: `需求${i}`, description: '寻找电池热管理专利'.repeat(20), industry: 'C38', keywords: ['储能'] } })
      const before = statSync(file).size
      for (let i = 0; i < 50; i++) await loginAs(call, 'sme', `small-login-${i}`)
      const perLogin = (statSync(file).size - before) / 50
      expect(perLogin).toBeLessThan(1024)
      expect(statSync(file).size).toBeGreaterThan(before)
    } finally {
      await srv.server.journal!.close()
      await srv.close()
    }
  })

  test('should expire sessions after 30 days and prune them from the state', async () => {
    const file = tmpFile()
    const clock = mutableClock(Date.UTC(2026, 4, 20, 1, 0, 0))
    const first = createMockHttpServer({ patentCount: 50, dataFile: file, now: clock.now, logger: quiet })
    const res = await handle({ method: 'POST', url: '/api/auth/login', headers: {}, body: JSON.stringify(loginBody('sme', 'old-session')) }, first.mock)
    const token = (res.body as { token: string }).token
    await first.journal!.close()
    clock.advance(31 * DAY)
    const later = createMockHttpServer({ patentCount: 50, dataFile: file, now: clock.now, logger: quiet })
    expect(later.mock.db.sessions.get(token)).toBeUndefined()
    expect(readFileSync(file, 'utf8')).not.toContain(token)
    await later.journal!.close()
  })
})

describe('static files', () => {
  test('should refuse a symlink that leads out of STATIC_DIR and answer HEAD', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'huiqi-static-'))
    const staticDir = path.join(dir, 'h5')
    mkdirSync(staticDir)
    writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>惠企专利通</title>')
    writeFileSync(path.join(dir, 'secret.txt'), 'outside')
    symlinkSync('/etc/passwd', path.join(staticDir, 'passwd.txt'))
    symlinkSync(dir, path.join(staticDir, 'up'))
    const srv = await startServer({ patentCount: 20, staticDir })
    try {
      expect((await fetch(`${srv.base}/passwd.txt`)).status).toBe(404)
      expect((await fetch(`${srv.base}/up/secret.txt`)).status).toBe(404)
      const body = await (await fetch(`${srv.base}/up/secret.txt`)).text()
      expect(body).not.toContain('outside')
      const head = await fetch(`${srv.base}/index.html`, { method: 'HEAD' })
      expect(head.status).toBe(200)
      expect(head.headers.get('content-type')).toMatch(/text\/html/)
      expect(await head.text()).toBe('')
      const apiHead = await fetch(`${srv.base}/api/health`, { method: 'HEAD' })
      expect(apiHead.status).toBe(200)
      expect(await apiHead.text()).toBe('')
    } finally {
      await srv.close()
    }
  })
})

describe('tickets, officers and check-in', () => {
  const clock = mutableClock(Date.UTC(2026, 4, 20, 1, 0, 0))
  let srv: TestServer
  let call: ReturnType<typeof client>
  beforeAll(async () => {
    srv = await startServer({ patentCount: 50, now: clock.now })
    call = client(srv.base)
  })
  afterAll(() => srv.close())

  test('should never show the ticket code of a cancelled registration, on any endpoint', async () => {
    const { token } = await loginAs(call, 'sme', 'ticket-cancel')
    const officer = (await loginAs(call, 'officer')).token
    const first = await call('/api/events/ev-demo-open/registrations', { token, body: SIGNUP, headers: { 'idempotency-key': 'ticket-1' } })
    const reg = first.body.registration
    expect(reg.ticketCode).toBeTruthy()
    expect((await call(`/api/registrations/${reg.id}/cancel`, { method: 'POST', token })).status).toBe(200)
    const code: string = reg.ticketCode
    const views = [
      await call(`/api/registrations/${reg.id}`, { token }),
      await call(`/api/applications/registration/${reg.id}`, { token }),
      await call(`/api/applications/registration/${reg.id}`, { token: officer }),
      await call('/api/events/ev-demo-open/registrations?pageSize=50&status=cancelled', { token: officer }),
      await call('/api/events/ev-demo-open/roster', { token: officer }),
      await call('/api/events/ev-demo-open', { token }),
      await call('/api/events/ev-demo-open/registrations', { token, body: SIGNUP, headers: { 'idempotency-key': 'ticket-1' } }),
    ]
    for (const view of views) {
      expect(view.status).toBeLessThan(300)
      expect(JSON.stringify(view.body)).not.toContain(code)
    }
    const csv = await fetch(`${srv.base}/api/events/ev-demo-open/registrations.csv`, { headers: { authorization: `Bearer ${officer}` } })
    expect(await csv.text()).not.toContain(code)
  })

  test('should give no officer token without the passcode', async () => {
    expectError(await call('/api/auth/login', { body: { role: 'officer' } }), 401, 'UNAUTHENTICATED')
    expectError(await call('/api/auth/login', { body: { role: 'officer', passcode: 'guess' } }), 401, 'UNAUTHENTICATED')
    expectError(await call('/api/auth/login', { body: { role: 'officer', passcode: 'huiqi-officer-demo ' } }), 401, 'UNAUTHENTICATED')
    expectError(await call('/api/auth/login', { body: { role: 'officer', code: 'wx-officer', passcode: 42 } }), 401, 'UNAUTHENTICATED')
  })

  test('should name each officer and record who approved, rejected, moved, noticed and checked in', async () => {
    const a = await call('/api/auth/login', { body: loginBody('officer', 'wx-officer-a') })
    const b = await call('/api/auth/login', { body: loginBody('officer', 'wx-officer-b') })
    const demo = await call('/api/auth/login', { body: loginBody('officer') })
    expect(a.body.user.id).not.toBe(b.body.user.id)
    expect(demo.body.user).toMatchObject({ id: 'u-officer-demo', name: '演示工作人员' })
    expect(a.body.user.name).toMatch(/^工作人员/)
    const byA = { userId: a.body.user.id, name: a.body.user.name }
    const byB = { userId: b.body.user.id, name: b.body.user.name }

    const moved = await call(`/api/applications/licence/${DEMO_APPLICATION_IDS.licenceSubmitted}/transition`, { token: a.body.token, body: { to: 'notified', note: '已书面通知' } })
    expect(moved.status).toBe(200)
    expect(moved.body.application.lastBy).toEqual(byA)
    const detail = await call(`/api/applications/licence/${DEMO_APPLICATION_IDS.licenceSubmitted}`, { token: b.body.token })
    expect(detail.body.timeline.at(-1)).toMatchObject({ status: 'notified', by: byA })
    expect(detail.body.timeline[0].by).toBeUndefined()

    const approved = await call(`/api/registrations/${DEMO_APPLICATION_IDS.registrationPending}/approve`, { token: b.body.token, body: {} })
    expect(approved.body.registration.timeline.at(-1)).toMatchObject({ status: 'confirmed', by: byB })
    const list = await call('/api/events/ev-demo-approval/registrations?pageSize=50', { token: a.body.token })
    const row = list.body.items.find((r: { id: string }) => r.id === DEMO_APPLICATION_IDS.registrationPending)
    if (row) expect(row.timeline.at(-1).by).toEqual(byB)

    const event = (await call('/api/events', { token: a.body.token, body: eventBody(clock.now(), { startsAt: isoCst(clock.now() + HOUR), endsAt: isoCst(clock.now() + 5 * HOUR), signupClosesAt: isoCst(clock.now() + HOUR / 2) }) })).body.event
    const [reg] = addAttendees(srv.server.mock, event.id, 1)
    await call(`/api/events/${event.id}/notices`, { token: b.body.token, body: { title: '会场调整', body: '请到二楼' } })
    const [result] = (await call('/api/checkins', { token: a.body.token, body: { items: [{ ticketCode: reg.ticketCode, eventId: event.id, scannedAt: isoCst(clock.now()), deviceId: 'gate-1' }] } })).body.results
    expect(result.result).toBe('ok')
    const timeline = srv.server.mock.db.registrations.get(reg.id)!.timeline
    expect(timeline.map((t) => t.by)).toEqual([undefined, byB, byA])
    const notice = srv.server.mock.db.notifications.find((n) => n.userId === reg.userId && n.type === 'notice')
    expect(notice?.by).toEqual(byB)
  })

  test('should refuse check-in earlier than 2 hours before the start or after the end (outside_window)', async () => {
    const officer = (await loginAs(call, 'officer')).token
    const now = clock.now()
    const far = (await call('/api/events', { token: officer, body: eventBody(now, { startsAt: isoCst(now + 10 * DAY), endsAt: isoCst(now + 10 * DAY + 4 * HOUR), signupClosesAt: isoCst(now + 9 * DAY) }) })).body.event
    const soon = (await call('/api/events', { token: officer, body: eventBody(now, { startsAt: isoCst(now + 2 * HOUR), endsAt: isoCst(now + 4 * HOUR), signupClosesAt: isoCst(now + HOUR) }) })).body.event
    const later = (await call('/api/events', { token: officer, body: eventBody(now, { startsAt: isoCst(now + 2 * HOUR + 60_000), endsAt: isoCst(now + 4 * HOUR), signupClosesAt: isoCst(now + HOUR) }) })).body.event
    const [farReg] = addAttendees(srv.server.mock, far.id, 1)
    const [soonReg] = addAttendees(srv.server.mock, soon.id, 1)
    const [laterReg] = addAttendees(srv.server.mock, later.id, 1)
    const scan = (reg: { ticketCode?: string }, eventId: string) => ({ ticketCode: reg.ticketCode!, eventId, scannedAt: isoCst(clock.now()), deviceId: 'gate-w' })
    const results = (await call('/api/checkins', { token: officer, body: { items: [scan(farReg, far.id), scan(soonReg, soon.id), scan(laterReg, later.id)] } })).body.results
    expect(results.map((r: { result: string }) => r.result)).toEqual(['outside_window', 'ok', 'outside_window'])
    expect(srv.server.mock.db.registrations.get(farReg.id)!.status).toBe('confirmed')

    // After the end: too late, whatever the ticket.
    clock.advance(4 * HOUR + 60_000)
    const [late] = (await call('/api/checkins', { token: officer, body: { items: [scan(laterReg, later.id)] } })).body.results
    expect(late.result).toBe('outside_window')
  })

  test('should seed ev-demo-today inside its check-in window', async () => {
    const fresh = await startServer({ patentCount: 20 })
    try {
      const c = client(fresh.base)
      const officer = (await loginAs(c, 'officer')).token
      const event = (await c('/api/events/ev-demo-today')).body
      const now = Date.now()
      expect(Date.parse(event.startsAt) - 2 * HOUR).toBeLessThanOrEqual(now)
      expect(Date.parse(event.endsAt)).toBeGreaterThan(now)
      const ticket = (await c('/api/events/ev-demo-today/roster', { token: officer })).body.tickets.find((t: { status: string }) => t.status === 'confirmed')
      const [result] = (await c('/api/checkins', { token: officer, body: { items: [{ ticketCode: ticket.ticketCode, eventId: 'ev-demo-today', scannedAt: isoCst(now), deviceId: 'gate-today' }] } })).body.results
      expect(result.result).toBe('ok')
    } finally {
      await fresh.close()
    }
  })
})
