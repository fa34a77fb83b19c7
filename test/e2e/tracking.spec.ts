import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { loginAs, sessionToken } from './helpers'
import { back } from './nav'
import { officerAuth } from './session'

// Patent p000006 (机器视觉摩托车零部件检测): the seed gives the demo enterprise no application for it.
const PATENT_ID = 'p000006'
const OFFICER_NOTE = '<img src=x onerror=alert(1)>已书面通知专利权人'

function todayInChina(): string {
  return new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10)
}

/** An earlier run against the same server may have left an active application for the patent: withdraw it, as the user could. */
async function applyForLicence(request: APIRequestContext, auth: Record<string, string>): Promise<{ id: string; title: string }> {
  const list = await request.get('/api/me/applications?kind=licence&pageSize=50', { headers: auth })
  expect(list.ok()).toBe(true)
  const mine = (await list.json()) as { items: { id: string; status: string }[] }
  for (const item of mine.items) {
    const detail = await (await request.get(`/api/applications/licence/${item.id}`, { headers: auth })).json()
    if (detail.patentId === PATENT_ID && ['submitted', 'notified', 'paid'].includes(item.status)) {
      expect((await request.post(`/api/applications/licence/${item.id}/withdraw`, { headers: auth, data: {} })).ok()).toBe(true)
    }
  }
  const res = await request.post('/api/licence-applications', {
    headers: { ...auth, 'Idempotency-Key': `e2e-tracking-${Date.now()}` },
    data: {
      patentId: PATENT_ID,
      enterprise: { name: '江门市蓬江区示例储能科技有限公司', uscc: '91350100M000100Y43', contactName: '张晓明', phone: '13800138000' },
      intendedUse: '用于本企业摩托车零部件产线的表面缺陷检测',
      expectedStart: todayInChina(),
    },
  })
  expect(res.status()).toBe(201)
  const { application } = (await res.json()) as { application: { id: string; title: string } }
  return application
}

function tabBadge(page: Page) {
  return page.locator('.taro-tabbar__tabbar .taro-tabbar-badge')
}

test('should show an officer’s move in 我的申请 and 消息, badge the 我的 tab, and clear the badge once read', async ({ page, request }) => {
  let alerted = false
  page.on('dialog', async (dialog) => {
    alerted = true
    await dialog.dismiss()
  })

  await loginAs(page, '企业用户')
  const auth = { Authorization: `Bearer ${await sessionToken(page)}` }
  const application = await applyForLicence(request, auth)

  // Start from a clean slate: 全部已读 empties the badge.
  await page.getByRole('link', { name: /^消息/ }).click()
  await expect(page.getByTestId('message').first()).toBeVisible()
  await page.getByText('全部已读', { exact: true }).click()
  await expect(page.getByText('没有未读消息')).toBeVisible()
  await back(page, '.messages')
  await expect(tabBadge(page)).toHaveCount(0)

  // The park's officer records the written notice to the patentee.
  const moved = await request.post(`/api/applications/licence/${application.id}/transition`, {
    headers: await officerAuth(request),
    data: { to: 'notified', note: OFFICER_NOTE },
  })
  expect(moved.ok()).toBe(true)

  // Back on 我的 the count is fetched when the page shows: the 我的 tab and the 消息 item carry it.
  await page.getByRole('link', { name: /^我的申请/ }).click()
  const row = page.getByTestId('application-row').first()
  await expect(row).toContainText(application.title)
  await expect(row.getByTestId('status-chip')).toHaveText('已通知专利权人')
  await row.click()
  const detail = page.locator('.application-detail')
  await expect(detail.getByTestId('status-chip')).toHaveText('已通知专利权人')
  await expect(detail.getByText(OFFICER_NOTE, { exact: true })).toBeVisible()
  await expect(detail.locator('img')).toHaveCount(0)

  await back(page, '.application-detail')
  await back(page, '.applications')
  await expect(tabBadge(page)).toHaveText('1')
  await expect(page.getByRole('link', { name: /^消息/ }).getByTestId('unread-badge')).toHaveText('1')

  // 消息: the officer's text appears literally, unread, first; opening it marks it read.
  await page.getByRole('link', { name: /^消息/ }).click()
  const message = page.getByTestId('message').first()
  await expect(message).toContainText('许可申请状态更新：已通知专利权人')
  await expect(message).toContainText(`「${application.title}」：${OFFICER_NOTE}`)
  await expect(message.getByTestId('unread-dot')).toBeVisible()
  await expect(page.locator('.messages img')).toHaveCount(0)
  await message.click()
  await expect(page).toHaveURL(new RegExp(`/packages/tracking/pages/application/index\\?kind=licence&id=${application.id}`))
  await expect(page.locator('.application-detail').getByText(OFFICER_NOTE, { exact: true })).toBeVisible()

  await back(page, '.application-detail')
  await expect(page.getByText('没有未读消息')).toBeVisible()
  await back(page, '.messages')
  await expect(tabBadge(page)).toHaveCount(0)
  await expect(page.getByRole('link', { name: /^消息/ }).getByTestId('unread-badge')).toHaveCount(0)
  expect(alerted).toBe(false)
})
