import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { openTab } from './helpers'
import { back } from './nav'
import { officerAuth, openAs } from './session'
import { newEnterpriseUser, openWithToken, tapVisible, visibleField } from './ui'

// Issue 16 — journeys no test covered, driven through the H5 UI. API calls only set the scene
// (a fresh user with 企业信息) or play a third party (another attendee cancelling).

const run = Date.now().toString(36)

test('should find patents, needs, events and financing from 首页', async ({ page }) => {
  await page.goto('/')
  await expect(page.locator('.home__title')).toHaveText('惠企专利通')
  for (const entry of ['找专利', '发布需求', '对接活动', '融资产品']) await expect(page.getByText(entry, { exact: true })).toBeVisible()
  const latest = page.getByTestId('patent-card')
  await expect(latest.first()).toBeVisible()
  const title = (await latest.first().locator('.patent-card__title').innerText()).trim()
  await latest.first().click()
  await expect(page).toHaveURL(/\/pages\/patent\/index\?id=/)
  await expect(page.getByTestId('declaration')).toBeVisible()
  await expect(page.locator('.patent__title')).toHaveText(title.replace(/^(发明|实用新型|外观设计)\s*/, ''))
  await back(page, '.patent__hero')

  await page.getByText('对接活动', { exact: true }).click()
  await expect(page).toHaveURL(/\/pages\/events\/index/)
  await expect(page.getByTestId('event-card').first()).toBeVisible()
  await openTab(page, '首页')
  await page.getByText('融资产品', { exact: true }).click()
  await expect(page.getByTestId('product-card').first()).toBeVisible()
})

test('should post a need, see explained matches and open a matched patent', async ({ page, request }) => {
  const token = await newEnterpriseUser(request, `e2e-need-${run}`, { industry: 'C38' })
  await openWithToken(page, token, '/pages/index/index')
  await page.getByText('发布需求', { exact: true }).click()
  await expect(page).toHaveURL(/need-new/)
  await visibleField(page, 'title').fill('寻找锂离子电池正极材料技术')
  await visibleField(page, 'description').fill('用于储能电池产线，希望获得复合正极材料的制备工艺许可')
  await visibleField(page, 'keywords').fill('锂离子电池 正极材料')
  await tapVisible(page, '发布并匹配')
  await expect(page).toHaveURL(/need-matches\/index\?id=/)
  const match = page.getByTestId('patent-match').first()
  await expect(match).toBeVisible()
  await expect(match).toContainText(/电池|正极/)
  await match.click()
  await expect(page).toHaveURL(/\/pages\/patent\/index\?id=/)
  await expect(page.getByTestId('declaration')).toBeVisible()
})

test('should favourite a patent, find it in 我的收藏 and remove it there', async ({ page, request }) => {
  const token = await newEnterpriseUser(request, `e2e-fav-${run}`)
  await openWithToken(page, token, '/pages/patent/index?id=p000002')
  const title = (await page.locator('.patent__title').innerText()).trim()
  await page.getByRole('button', { name: '收藏' }).click()
  await expect(page.getByRole('button', { name: '取消收藏' })).toBeVisible()
  await page.goto('/packages/trade/pages/favourites/index')
  const card = page.getByTestId('favourite-card').filter({ hasText: title })
  await expect(card).toBeVisible()
  await card.getByText('取消收藏').click()
  await expect(page.getByTestId('favourite-card').filter({ hasText: title })).toHaveCount(0)
})

function ticketQr(page: Page) {
  return page.locator('.taro_page_show [data-testid="qr-image"] img, .taro_page_show img[data-testid="qr-image"]').first()
}

async function signUpThroughUi(page: Page, eventId: string): Promise<void> {
  await page.goto(`/pages/event/index?id=${eventId}`)
  await tapVisible(page, /^(立即报名|报名候补)$/)
  await expect(page).toHaveURL(/\/packages\/events\/pages\/signup\/index/)
  await expect(page.getByTestId('signup-event')).toBeVisible()
  await tapVisible(page, '提交报名')
  await expect(page.getByTestId('signup-result')).toBeVisible()
}

test('should show the ticket once an officer approves a sign-up', async ({ page, request }) => {
  const token = await newEnterpriseUser(request, `e2e-approve-${run}`, { contactName: '审核测试人' })
  await openWithToken(page, token, '/pages/events/index')
  await signUpThroughUi(page, 'ev-demo-approval')
  await expect(page.getByTestId('signup-result')).toContainText('待审核')

  // The officer, on the same demo device: 活动管理 → search → 报名管理 → 通过.
  const title = ((await (await request.get('/api/events/ev-demo-approval')).json()) as { title: string }).title
  await openAs(page, 'officer', '/officer/pages/events/index')
  await page.getByLabel('搜索活动').fill(title)
  const row = page.getByTestId('officer-event').filter({ hasText: title })
  await expect(row).toHaveCount(1)
  await row.getByText('报名管理', { exact: true }).click()
  await expect(page).toHaveURL(/\/officer\/pages\/registrations\/index\?eventId=ev-demo-approval/)
  const mine = page.getByTestId('registration').filter({ hasText: '审核测试人' })
  await mine.getByText('通过', { exact: true }).click()
  await mine.locator('.at-button', { hasText: '确认通过' }).click()
  await expect(mine.locator('.o-badge')).toHaveText('报名成功')

  // Back as the attendee: the event page offers the ticket, with its rotating QR and 核验码.
  await openWithToken(page, token, '/pages/event/index?id=ev-demo-approval')
  await expect(page.getByTestId('my-registration')).toContainText('报名成功')
  await tapVisible(page, '查看电子票')
  await expect(page.getByTestId('ticket-status')).toHaveText('报名成功')
  await expect(ticketQr(page)).toBeVisible()
  await expect(page.locator('.taro_page_show').getByTestId('ticket-short-code')).toHaveText(/^核验码 [0-9A-HJKMNP-TV-Z]{4} [0-9A-HJKMNP-TV-Z]{4}$/)
  await expect(page.locator('.taro_page_show').getByTestId('qr-refresh-note')).toHaveText('二维码每 30 秒自动更新，截图无效')
})

async function createEvent(request: APIRequestContext, auth: Record<string, string>, title: string): Promise<string> {
  const now = Date.now()
  const local = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ')
  const iso = (ms: number) => `${local(ms).replace(' ', 'T')}:00+08:00`
  const res = await request.post('/api/events', {
    headers: { ...auth, 'Idempotency-Key': `e2e-ev-${run}` },
    data: {
      kind: 'matchmaking',
      title,
      organizer: '园区知识产权服务中心',
      venue: '江门市科技馆 3 楼报告厅',
      city: '440700',
      startsAt: iso(now + 3 * 86400_000),
      endsAt: iso(now + 3 * 86400_000 + 4 * 3600_000),
      signupOpensAt: iso(now - 3600_000),
      signupClosesAt: iso(now + 2 * 86400_000),
      capacity: 1,
      requiresApproval: false,
      waitlistEnabled: true,
      description: '候补递补测试活动',
      agenda: [],
      industries: ['C32'],
    },
  })
  expect(res.status(), await res.text()).toBe(201)
  return ((await res.json()) as { event: { id: string } }).event.id
}

test('should promote a waitlisted attendee when a seat is cancelled, with the ticket and a message', async ({ page, request }) => {
  const eventId = await createEvent(request, await officerAuth(request), `候补递补对接会 ${run}`)
  // Someone else takes the only seat.
  const first = await newEnterpriseUser(request, `e2e-seat-${run}`, { contactName: '先报名者' })
  const firstAuth = { Authorization: `Bearer ${first}` }
  const taken = await request.post(`/api/events/${eventId}/registrations`, {
    headers: { ...firstAuth, 'Idempotency-Key': `e2e-seat-${run}` },
    data: { attendeeName: '先报名者', phone: '13912345678', enterprise: { name: '江门市示例智能装备有限公司', uscc: '91350100M000100Y43' } },
  })
  expect(taken.status()).toBe(201)
  const seat = ((await taken.json()) as { registration: { id: string; status: string } }).registration
  expect(seat.status).toBe('confirmed')

  // The attendee signs up in the UI and is waitlisted.
  const token = await newEnterpriseUser(request, `e2e-wait-${run}`, { contactName: '候补者' })
  await openWithToken(page, token, '/pages/events/index')
  await signUpThroughUi(page, eventId)
  await expect(page.getByTestId('signup-result')).toContainText('已进入候补（第 1 位）')

  // The seat is cancelled; the attendee, coming back, has a ticket and a message saying so.
  expect((await request.post(`/api/registrations/${seat.id}/cancel`, { headers: firstAuth, data: {} })).ok()).toBe(true)
  await page.goto(`/pages/event/index?id=${eventId}`)
  await expect(page.getByTestId('my-registration')).toContainText('报名成功')
  await tapVisible(page, '查看电子票')
  await expect(ticketQr(page)).toBeVisible()
  await page.goto('/packages/tracking/pages/messages/index')
  const message = page.getByTestId('message').first()
  await expect(message).toContainText(/候补|递补/)
  await expect(message.getByTestId('unread-dot')).toBeVisible()
})

test('should send an expired session back to log in, and return to the page afterwards', async ({ page, request }) => {
  const token = await newEnterpriseUser(request, `e2e-expire-${run}`)
  await openWithToken(page, token, '/packages/tracking/pages/applications/index')
  await expect(page.locator('.applications')).toBeVisible()
  // The session ends on the server (as when it times out).
  expect((await request.post('/api/auth/logout', { headers: { Authorization: `Bearer ${token}` } })).ok()).toBe(true)
  await page.goto('/packages/tracking/pages/messages/index')
  await expect(page.getByText('请先登录')).toBeVisible()
  await page.getByText('去登录', { exact: true }).click()
  await expect(page).toHaveURL(/\/pages\/me\/index/)
  await page.getByText('企业用户', { exact: true }).click()
  await expect(page).toHaveURL(/\/packages\/tracking\/pages\/messages\/index/)
  await expect(page.getByTestId('message').first()).toBeVisible()
})

/** A patent the new enterprise may pledge: it is the patentee and the 质押前自查 finds nothing blocking. */
async function pledgeablePatent(request: APIRequestContext, code: string): Promise<{ token: string; patentNo: string }> {
  const list = (await (await request.get('/api/patents?pageSize=50&sort=newest')).json()) as { items: { id: string; patentNo: string; patentee: string }[] }
  for (const [i, p] of list.items.filter((x) => /公司/.test(x.patentee)).entries()) {
    const token = await newEnterpriseUser(request, `${code}-${i}`, { name: p.patentee })
    const check = await request.get(`/api/finance/pledge-check?patentIds=${p.id}&termMonths=12`, { headers: { Authorization: `Bearer ${token}` } })
    expect(check.status()).toBe(200)
    const { items } = (await check.json()) as { items: { problems: unknown[] }[] }
    if (items[0]?.problems.length === 0) return { token, patentNo: p.patentNo }
  }
  throw new Error('no pledgeable patent among the newest 50')
}

test('should apply for financing after the 质押前自查 and see each step the officer takes up to 已放款', async ({ page, request }) => {
  const { token, patentNo } = await pledgeablePatent(request, `e2e-fin-${run}`)
  await openWithToken(page, token, '/packages/finance/pages/products/index')
  await page.getByTestId('product-card').first().click()
  await tapVisible(page, '申请融资')
  await visibleField(page, 'amount').fill('200')
  await page.locator('.taro_page_show').getByRole('radio', { name: '12 个月' }).click()
  await visibleField(page, 'purpose').fill('购置自动化检测设备')
  await visibleField(page, 'patentSearch').fill(patentNo)
  await page.locator('.taro_page_show .patent-picker').getByText('搜索', { exact: true }).click()
  await page.getByRole('button', { name: `选择 ${patentNo}` }).click()
  await expect(page.getByTestId('picked-patent')).toContainText(patentNo)
  await expect(page.locator('.pledge-check')).toContainText(/未发现|通过|可以/)
  await tapVisible(page, '提交申请')
  await expect(page.getByText('融资申请已提交')).toBeVisible()
  await tapVisible(page, '查看申请进度')
  await expect(page.locator('.application-detail').getByTestId('status-chip')).toHaveText('已提交')
  const url = page.url()

  // The officer moves it along in 申请处理, one step at a time.
  await openAs(page, 'officer', '/officer/pages/applications/index')
  await page.getByRole('tab', { name: '融资申请' }).click()
  for (const next of ['银行已受理', '授信审查中', '已审批', '已放款']) {
    const row = page.getByTestId('officer-application').filter({ hasText: '购置自动化检测设备' }).first()
    await row.getByText('处理', { exact: true }).click()
    await row.locator('textarea').first().fill(`已办理：${next}`)
    await row.locator('.at-button', { hasText: `变更为「${next}」` }).click()
    await expect(row.locator('.o-badge')).toHaveText(next)
  }

  // The applicant sees every step on the timeline.
  await openWithToken(page, token, new URL(url).pathname + new URL(url).search)
  const detail = page.locator('.application-detail')
  await expect(detail.getByTestId('status-chip')).toHaveText('已放款')
  for (const step of ['已提交', '银行已受理', '授信审查中', '已审批', '已放款']) {
    await expect(detail.locator('.timeline__status', { hasText: step }).first()).toBeVisible()
  }
  await expect(detail.getByTestId('pledged-patents')).toContainText(patentNo)
})
