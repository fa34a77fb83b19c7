import { expect, test, type Page } from '@playwright/test'
import { fillField, loginAs, openTab, sessionToken, tapButton } from './helpers'

const PATENT_NO = 'ZL201710601862.3'
const PATENT_TITLE = '一种用于锂离子电池的复合正极材料及其制备方法'

const ENTERPRISE = {
  name: '江门市蓬江区示例储能科技有限公司',
  uscc: '91350100M000100Y43',
  contactName: '张晓明',
  phone: '13800138000',
  region: '440700',
  industry: 'C38',
}

/**
 * The demo enterprise may already hold a seeded, still-active application for this patent (so
 * 我的申请 is never empty); an enterprise may hold only one active application per patent, so
 * withdraw it first, as the user would in 我的申请.
 */
async function withdrawActiveApplications(page: Page, auth: Record<string, string>): Promise<void> {
  const list = await page.request.get('/api/me/applications?kind=licence&pageSize=50', { headers: auth })
  expect(list.ok()).toBe(true)
  const { items } = (await list.json()) as { items: { id: string; title: string; status: string }[] }
  for (const item of items) {
    if (item.title === PATENT_TITLE && ['submitted', 'notified', 'paid'].includes(item.status)) {
      const res = await page.request.post(`/api/applications/licence/${item.id}/withdraw`, { headers: auth, data: {} })
      expect(res.ok()).toBe(true)
    }
  }
}

test('should find a patent, estimate the fee, apply for a licence and see the application recorded', async ({ page }) => {
  await loginAs(page, '企业用户')
  const token = await sessionToken(page)
  const auth = { Authorization: `Bearer ${token}` }
  const saved = await page.request.put('/api/me/enterprise', { headers: auth, data: ENTERPRISE })
  expect(saved.ok()).toBe(true)
  await withdrawActiveApplications(page, auth)
  // The profile changed behind the app's back (the app itself updates its cache when it saves).
  await page.reload()

  // 专利 tab → search by patent number → detail.
  await openTab(page, '专利')
  await fillField(page, 'q', PATENT_NO)
  await page.getByRole('button', { name: '搜索', exact: true }).click()
  await page.getByText(PATENT_TITLE).first().click()
  await expect(page).toHaveURL(/\/pages\/patent\/index/)

  // 许可费测算: a lump-sum declaration costs its fixed 30 万元 whatever the number of years.
  const estimator = page.getByTestId('fee-estimator')
  await expect(estimator.getByText('许可费测算', { exact: true })).toBeVisible()
  await fillField(page, 'years', '5')
  await expect(estimator.getByText('预计许可费合计')).toBeVisible()
  await expect(page.getByTestId('fee-total')).toHaveText(/^30\s*万元$/)

  // 申请许可 → prefilled form → submit.
  await tapButton(page, '申请许可')
  await expect(page).toHaveURL(/\/packages\/trade\/pages\/licence-apply\/index\?patentId=/)
  await expect(page.locator('input[name="name"], [name="name"] input').first()).toHaveValue(ENTERPRISE.name)
  await expect(page.locator('input[name="uscc"], [name="uscc"] input').first()).toHaveValue(ENTERPRISE.uscc)
  const intendedUse = page.locator('textarea[name="intendedUse"], [name="intendedUse"] textarea').first()
  await intendedUse.fill('用于本公司储能电池产品线的正极材料量产')
  await tapButton(page, '提交申请')

  // Success page: the next steps of 专利法第五十一条, and a link to the application.
  await expect(page.getByText('申请已提交')).toBeVisible()
  await expect(page).toHaveURL(/\/packages\/trade\/pages\/licence-done\/index\?id=/)
  for (const step of ['书面通知专利权人', '支付许可使用费', '许可生效', '3 个月内办理备案']) {
    await expect(page.getByText(step, { exact: true })).toBeVisible()
  }
  // The patent page underneath (kept in the DOM) now offers its own 查看申请进度: look at the page on top.
  await expect(page.locator('.at-button').filter({ hasText: '查看申请进度', visible: true })).toBeVisible()
  const id = new URL(page.url()).searchParams.get('id')!

  // The application exists on the server, for this user.
  const own = await page.request.get(`/api/licence-applications/${id}`, { headers: auth })
  expect(own.ok()).toBe(true)
  const { application } = await own.json()
  expect(application).toMatchObject({ id, status: 'submitted', patentNo: '201710601862.3', title: PATENT_TITLE })
  // 我的申请 lists it: never skipped, a failing endpoint fails the journey.
  const mine = await page.request.get('/api/me/applications?kind=licence', { headers: auth })
  expect(mine.status()).toBe(200)
  const { items } = (await mine.json()) as { items: { id: string }[] }
  expect(items.map((i) => i.id)).toContain(id)

  await page.locator('.at-button').filter({ hasText: '查看申请进度', visible: true }).click()
  await expect(page).toHaveURL(new RegExp(`/packages/tracking/pages/application/index\\?kind=licence&id=${id}`))
  const detail = page.locator('.application-detail')
  await expect(detail.getByTestId('status-chip')).toHaveText('已提交')
  await expect(detail.getByText(PATENT_TITLE).first()).toBeVisible()
})
