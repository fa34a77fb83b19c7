import { expect, test, type APIRequestContext, type Page, type TestInfo } from '@playwright/test'
import { decodeQrDataUri } from '../support/qr-svg-decode.mjs'
import { browserFilming } from './fake-camera'
import { field, tapButton } from './helpers'
import { openAs } from './session'

// Issue 18 in the real H5 app: the ticket's 30-second QR read back from the image it draws, a
// screenshot from 90 seconds ago (an attendee page on an injected clock) held up to an offline
// desk's camera and refused while the current QR is accepted, the 核验码 with the phone's last 4
// digits (a typed ticket code or QR text refused), and two desks checking one ticket in offline
// converging on the earliest scan.

const EVENT = 'ev-demo-today'
const USCC = '91350100M000100Y43'
let seq = 0

const HOUR = 3600_000
const DAY = 24 * HOUR
const iso = (ms: number) => new Date(ms + 8 * HOUR).toISOString().slice(0, 19) + '+08:00'

interface NewEvent {
  title: string
  /** From now. */
  startsIn: number
  endsIn: number
  signupClosesIn: number
  capacity: number
  requiresApproval?: boolean
  waitlistOfferHours?: number
}

/** An event made through the officer API, sign-up open since an hour ago. */
async function createEvent(request: APIRequestContext, e: NewEvent): Promise<{ id: string }> {
  const login = await request.post('/api/auth/login', { data: { role: 'officer', passcode: process.env.MOCK_OFFICER_PASSCODE || 'huiqi-officer-demo' } })
  const { token } = (await login.json()) as { token: string }
  const now = Date.now()
  const created = await request.post('/api/events', {
    headers: { authorization: `Bearer ${token}` },
    data: {
      kind: 'matchmaking', title: e.title, organizer: '江门市市场监督管理局', venue: '江门市科技馆报告厅', city: '440700',
      startsAt: iso(now + e.startsIn), endsAt: iso(now + e.endsIn), signupOpensAt: iso(now - HOUR), signupClosesAt: iso(now + e.signupClosesIn),
      capacity: e.capacity, requiresApproval: e.requiresApproval ?? false, waitlistEnabled: true, description: `${e.title}（E2E）`, agenda: [], banks: [], industries: [],
      ...(e.waitlistOfferHours ? { waitlistOfferHours: e.waitlistOfferHours } : {}),
    },
  })
  expect(created.status()).toBe(201)
  return ((await created.json()) as { event: { id: string } }).event
}

async function signUp(request: APIRequestContext, name: string): Promise<{ code: string; id: string; shortCode: string; phone: string; ticketCode: string }> {
  seq += 1
  const code = `e2e-day-${Date.now().toString(36)}-${seq}`
  const login = await request.post('/api/auth/login', { data: { role: 'sme', code } })
  const { token } = (await login.json()) as { token: string }
  const phone = `1391234${String(5000 + seq).slice(-4)}`
  const res = await request.post(`/api/events/${EVENT}/registrations`, {
    headers: { authorization: `Bearer ${token}` },
    data: { attendeeName: name, phone, enterprise: { name: '江门市示例签到科技有限公司', uscc: USCC } },
  })
  expect(res.status()).toBe(201)
  const { registration } = (await res.json()) as { registration: { id: string; shortCode: string; ticketCode: string } }
  return { code, id: registration.id, shortCode: registration.shortCode, phone, ticketCode: registration.ticketCode }
}

async function shownQr(page: Page): Promise<string> {
  const img = page.getByTestId('qr-image').locator('img').or(page.locator('img[aria-label="电子票动态二维码"]')).first()
  await expect(img).toHaveAttribute('src', /^data:image\/svg\+xml/)
  return decodeQrDataUri((await img.getAttribute('src'))!)
}

async function openDesk(page: Page): Promise<void> {
  await openAs(page, 'officer', `/officer/pages/checkin/index?eventId=${EVENT}`)
  await page.getByRole('button', { name: '下载名单' }).click()
  await expect(page.getByText(/已下载名单/)).toBeVisible()
}

async function enterShortCode(page: Page, code: string, phoneLast4: string): Promise<void> {
  await field(page, 'shortCode').fill(code)
  await field(page, 'phoneLast4').fill(phoneLast4)
  await tapButton(page, '核验签到')
}

function shortCodeText(code: string): string {
  return `核验码 ${code.slice(0, 4)} ${code.slice(4)}`
}

/** An offline desk whose camera films `qr`: what it says about it. */
async function offlineDeskScans(testInfo: TestInfo, qr: string, clipName: string, expected: string[]): Promise<void> {
  const { browser, context } = await browserFilming(testInfo, qr, clipName)
  try {
    const desk = await context.newPage()
    await openDesk(desk)
    await context.setOffline(true)
    await expect(desk.getByTestId('offline-note')).toHaveText('已离线：扫码按本机名单核验并排队，联网后自动同步')
    await desk.locator('.at-button', { hasText: '开启摄像头扫码' }).click()
    for (const text of expected) await expect(desk.getByTestId('checkin-result')).toContainText(text)
    await desk.locator('.at-button', { hasText: '关闭摄像头' }).click()
    await context.setOffline(false)
    await expect(desk.getByTestId('pending-sync')).toHaveCount(0, { timeout: 15_000 })
  } finally {
    await browser.close()
  }
}

test('should refuse a 90-second-old ticket screenshot at an offline desk camera and check the current QR in', async ({ browser }, testInfo) => {
  const attendeeContext = await browser.newContext()
  // The clock belongs to a browser context: the screenshot's phone is its own context.
  const pastContext = await browser.newContext()
  const attendee = await signUp(attendeeContext.request, '林截图')

  // The screenshot: the ticket page as it looked 90 seconds ago.
  const earlier = await pastContext.newPage()
  await earlier.clock.setFixedTime(Date.now() - 90_000)
  await openAs(earlier, 'sme', `/packages/events/pages/ticket/index?id=${attendee.id}`, attendee.code)
  await expect(earlier.getByTestId('qr-refresh-note')).toHaveText('二维码每 30 秒自动更新，截图无效')
  await expect(earlier.getByTestId('ticket-short-code')).toHaveText(shortCodeText(attendee.shortCode))
  await expect(earlier.getByTestId('ticket-short-code-hint')).toHaveText('现场无法扫码时，请向工作人员出示 8 位核验码并报手机尾号')
  const screenshot = await shownQr(earlier)
  expect(screenshot.split('.')[0]).toBe(attendee.ticketCode)
  // The long code is in the QR only, never on the page.
  expect(await earlier.locator('body').innerText()).not.toContain(attendee.ticketCode)
  await offlineDeskScans(testInfo, screenshot, 'screenshot', ['二维码已过期', '林截图'])

  const now = await attendeeContext.newPage()
  await openAs(now, 'sme', `/packages/events/pages/ticket/index?id=${attendee.id}`, attendee.code)
  const current = await shownQr(now)
  expect(current).not.toBe(screenshot)
  await offlineDeskScans(testInfo, current, 'current', ['签到成功', '离线判断'])

  await now.reload()
  await expect(now.getByTestId('ticket-checkin-state')).toContainText('已签到（')
  await attendeeContext.close()
  await pastContext.close()
})

test('should refuse a typed ticket code or QR text at the desk, and check the 核验码 in only with the phone last 4 digits', async ({ page, request }) => {
  const attendee = await signUp(request, '林短码')
  await openAs(page, 'officer', `/officer/pages/checkin/index?eventId=${EVENT}`)
  const alert = page.locator('.o-error[role="alert"]')
  // A forwarded or copied ticket code is no pass.
  await enterShortCode(page, attendee.ticketCode, attendee.phone.slice(-4))
  await expect(alert).toHaveText('不能手动输入电子票号。请扫描电子票二维码，或输入 8 位核验码和手机尾号')
  await enterShortCode(page, `${attendee.ticketCode}.123456.AAAAAAAAAAAA`, attendee.phone.slice(-4))
  await expect(alert).toHaveText('二维码内容不能手动输入。请扫描电子票二维码，或输入 8 位核验码和手机尾号')
  await expect(page.getByTestId('checkin-result')).toHaveCount(0)

  await enterShortCode(page, attendee.shortCode.toLowerCase(), '')
  await expect(alert).toHaveText('请输入参会人手机号后四位')
  await enterShortCode(page, attendee.shortCode.toLowerCase(), '0000')
  await expect(page.getByTestId('checkin-result')).toContainText('无效票')
  await expect(page.getByTestId('checkin-result')).toContainText('核验码或手机尾号不符，请核对后重新输入')
  await enterShortCode(page, `${attendee.shortCode.slice(0, 4)}-${attendee.shortCode.slice(4)}`.toLowerCase(), attendee.phone.slice(-4))
  await expect(page.getByTestId('checkin-result')).toContainText('签到成功')
  await expect(page.getByTestId('checkin-result')).toContainText('林短码')
  await expect(alert).toHaveCount(0)
})

test('should converge two desks that scanned one ticket offline on the earliest scan, shown on both', async ({ browser, request }) => {
  const attendee = await signUp(request, '林双机')
  const early = Date.now() - 180_000
  const contextA = await browser.newContext()
  const contextB = await browser.newContext()
  const deskA = await contextA.newPage()
  const deskB = await contextB.newPage()
  // Desk B's scan happened three minutes before desk A's (its clock is injected).
  await deskB.clock.setFixedTime(early)
  await openDesk(deskA)
  await openDesk(deskB)
  await contextA.setOffline(true)
  await contextB.setOffline(true)
  await enterShortCode(deskB, attendee.shortCode, attendee.phone.slice(-4))
  await expect(deskB.getByTestId('checkin-result')).toContainText('签到成功')
  await enterShortCode(deskA, attendee.shortCode, attendee.phone.slice(-4))
  await expect(deskA.getByTestId('checkin-result')).toContainText('签到成功')

  // A flushes first (its later scan checks in), then B brings the earlier one.
  await contextA.setOffline(false)
  await expect(deskA.getByTestId('pending-sync')).toHaveCount(0, { timeout: 15_000 })
  await contextB.setOffline(false)
  await expect(deskB.getByTestId('pending-sync')).toHaveCount(0, { timeout: 15_000 })

  const shown = await deskB.evaluate((ms) => {
    const d = new Date(ms + 8 * 3600 * 1000)
    const p = (n: number) => String(n).padStart(2, '0')
    return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`
  }, early)
  const rowB = deskB.getByTestId('recent-checkins').locator('.checkin__conflict', { hasText: '林双机' })
  const rowA = deskA.getByTestId('recent-checkins').locator('.checkin__conflict', { hasText: '林双机' })
  await expect(rowB).toContainText(`${shown} · 本机`, { timeout: 15_000 })
  await expect(rowA).toContainText(`${shown} · 其他设备`, { timeout: 15_000 })
  await contextA.close()
  await contextB.close()
})

test('should show a waitlisted attendee their place, then the offered seat with its deadline, and confirm it', async ({ page, request }) => {
  const event = await createEvent(request, { title: '候补递补演示对接会', startsIn: 3 * DAY, endsIn: 3 * DAY + 4 * HOUR, signupClosesIn: 2 * DAY, capacity: 1, waitlistOfferHours: 12 })
  const sign = async (code: string, name: string) => {
    const login = await request.post('/api/auth/login', { data: { role: 'sme', code } })
    const headers = { authorization: `Bearer ${((await login.json()) as { token: string }).token}` }
    const res = await request.post(`/api/events/${event.id}/registrations`, { headers, data: { attendeeName: name, phone: '13912340000', enterprise: { name: '江门市示例签到科技有限公司', uscc: USCC } } })
    return { headers, registration: ((await res.json()) as { registration: { id: string; status: string } }).registration }
  }
  const suffix = Date.now().toString(36)
  const first = await sign(`e2e-wl-a-${suffix}`, '陈先到')
  const second = await sign(`e2e-wl-b-${suffix}`, '林候补')
  expect(second.registration.status).toBe('waitlisted')

  await openAs(page, 'sme', `/packages/events/pages/ticket/index?id=${second.registration.id}`, `e2e-wl-b-${suffix}`)
  await expect(page.getByTestId('ticket-status')).toHaveText('已进入候补（第 1 位）')
  await expect(page.locator('.at-button', { hasText: '退出候补' })).toBeVisible()
  await request.post(`/api/registrations/${first.registration.id}/cancel`, { headers: first.headers })
  // No reload: the waitlisted ticket refreshes itself.
  await expect(page.getByTestId('waitlist-offer')).toContainText('有名额释放给您', { timeout: 20_000 })
  await expect(page.getByTestId('waitlist-offer')).toContainText('逾期名额将顺延给下一位')
  await tapButton(page, '确认参加')
  await expect(page.getByTestId('ticket-status')).toHaveText('报名成功')
  await expect(page.getByTestId('qr-refresh-note')).toBeVisible()
})

test('should let an officer approve filtered requests in bulk, import a guest CSV file with a row report, and cancel the event', async ({ page, request }) => {
  const event = await createEvent(request, { title: '批量审核演示对接会', startsIn: 3 * DAY, endsIn: 3 * DAY + 4 * HOUR, signupClosesIn: 2 * DAY, capacity: 10, requiresApproval: true })
  const suffix = Date.now().toString(36)
  const attendees: Record<string, string> = {}
  for (const [i, name] of ['张一', '李二', '张三'].entries()) {
    const login = await request.post('/api/auth/login', { data: { role: 'sme', code: `e2e-ops-${suffix}-${i}` } })
    const token = ((await login.json()) as { token: string }).token
    attendees[name] = token
    await request.post(`/api/events/${event.id}/registrations`, { headers: { authorization: `Bearer ${token}` }, data: { attendeeName: name, phone: `1371234000${i}`, enterprise: { name: '江门市示例签到科技有限公司', uscc: USCC } } })
  }

  await openAs(page, 'officer', `/officer/pages/registrations/index?eventId=${event.id}`)
  await field(page, 'bulkQ').fill('张')
  await tapButton(page, '批量通过')
  await page.locator('.taro-model__confirm').click()
  await expect(page.getByTestId('bulk-result')).toContainText('成功 2 条，未处理 0 条')
  await expect(page.locator('.o-stat', { hasText: '待审核 1' })).toBeVisible()

  const csv = ['姓名,手机号,企业名称,统一社会信用代码', `王嘉宾,13912347001,江门示例科技有限公司,${USCC}`, `,12345,江门示例科技有限公司,${USCC}`, `赵嘉宾,13912347002,江门示例科技有限公司,${USCC}`].join('\n')
  // The officer picks the file Excel saved (UTF-8 with BOM, CRLF) through the page's file input.
  await tapButton(page, '选择 CSV 文件')
  await page.locator('input[type="file"][accept=".csv,text/csv"]').setInputFiles({ name: '嘉宾名单.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${csv.replace(/\n/g, '\r\n')}\r\n`, 'utf8') })
  await expect(page.getByTestId('import-report')).toContainText('文件：嘉宾名单.csv')
  await expect(page.getByTestId('import-report')).toContainText('已导入 2 人，1 行有误：')
  await expect(page.getByTestId('import-report')).toContainText('第 2 行：姓名')

  await field(page, 'cancelReason').fill('场地临时检修')
  await tapButton(page, '取消活动')
  await page.locator('.taro-model__confirm').click()
  await expect(page.getByText('本活动已取消，报名与电子票均已作废')).toBeVisible()
  const notes = await request.get('/api/me/notifications', { headers: { authorization: `Bearer ${attendees['张一']}` } })
  expect(((await notes.json()) as { items: { title: string; body: string }[] }).items[0]).toMatchObject({ title: '活动已取消', body: expect.stringContaining('场地临时检修') })
})

test('should remind an attendee in 消息 when the event starts within two hours', async ({ page, request }) => {
  const event = await createEvent(request, { title: '提醒演示对接会', startsIn: 90 * 60_000, endsIn: 5 * HOUR, signupClosesIn: HOUR, capacity: 10 })
  const code = `e2e-remind-${Date.now().toString(36)}`
  const login = await request.post('/api/auth/login', { data: { role: 'sme', code } })
  const headers = { authorization: `Bearer ${((await login.json()) as { token: string }).token}` }
  await request.post(`/api/events/${event.id}/registrations`, { headers, data: { attendeeName: '周提醒', phone: '13912340000', enterprise: { name: '江门市示例签到科技有限公司', uscc: USCC } } })

  await openAs(page, 'sme', '/packages/tracking/pages/messages/index', code)
  await expect(page.getByText('活动 2 小时后开始')).toBeVisible()
  await expect(page.getByText(/「提醒演示对接会」将于 .+ 在 江门市科技馆报告厅 开始/)).toBeVisible()
})
