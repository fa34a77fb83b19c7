import { expect, test, type Page } from '@playwright/test'
import { field } from './helpers'

const LITHIUM_TITLE = '一种用于锂离子电池的复合正极材料及其制备方法'

async function search(page: Page, text: string) {
  const input = field(page, 'q')
  await input.click()
  await input.fill(text)
  await input.press('Enter')
}

async function apiTotal(page: Page, query: string): Promise<number> {
  const res = await page.request.get(`/api/patents?${query}&pageSize=1`)
  return (await res.json()).total as number
}

function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/** The declaration row whose label is `label`. */
function declarationValue(page: Page, label: string) {
  return page.locator('.declaration__field', { has: page.locator('.declaration__label', { hasText: new RegExp(`^${label}$`) }) }).locator('.declaration__value')
}

test('should find the seeded patent by ZL number, open its declaration and estimate the fee', async ({ page }) => {
  await page.goto('/pages/patents/index')
  await expect(page.getByTestId('patents-total')).toContainText('共 50,000 件开放许可专利')
  await search(page, 'ZL201710601862.3')
  await expect(page.getByTestId('patents-total')).toHaveText('共 1 件开放许可专利')
  const card = page.getByTestId('patent-card')
  await expect(card).toHaveCount(1)
  await expect(card).toContainText(LITHIUM_TITLE)
  await card.click()

  await expect(page).toHaveURL(/\/pages\/patent\/index\?id=p000001/)
  const declaration = page.getByTestId('declaration')
  await expect(declaration).toBeVisible()
  await expect(declarationValue(page, '专利号')).toHaveText('ZL201710601862.3')
  await expect(declarationValue(page, '专利名称')).toHaveText(LITHIUM_TITLE)
  await expect(declarationValue(page, '专利类型')).toHaveText('发明')
  await expect(declarationValue(page, '专利权人')).toHaveText('五邑大学')
  await expect(declarationValue(page, '申请日')).toHaveText(/^2017-\d\d-\d\d$/)
  await expect(declarationValue(page, '届满日')).toHaveText(/^2037-\d\d-\d\d$/)
  await expect(declarationValue(page, '法律状态')).toHaveText('有效')
  await expect(declarationValue(page, 'IPC 分类号')).toHaveText(/^H01M/)
  await expect(declarationValue(page, '许可费支付方式')).toHaveText('一次性支付')
  await expect(declarationValue(page, '许可期限')).toHaveText('36 个月')
  for (const label of ['发明人', '授权公告日', '许可费标准', '声明日期', '更新日期', '来源']) {
    await expect(declarationValue(page, label)).not.toBeEmpty()
  }

  const calculator = page.getByTestId('fee-estimator')
  await calculator.scrollIntoViewIfNeeded()
  await expect(calculator.getByText('许可费测算')).toBeVisible()
  await expect(calculator.getByTestId('fee-total')).toHaveText('30 万元')
  await expect(calculator.getByTestId('fee-formula')).toContainText('一次性支付许可费 30 万元')
  await expect(page.locator('.at-button', { hasText: '申请许可' })).toBeVisible()
})

test('should keep an applied filter across a reload and back navigation', async ({ page }) => {
  await page.goto('/pages/patents/index')
  await expect(page.getByTestId('patents-total')).toContainText('共 50,000 件')
  const inventions = await apiTotal(page, 'type=invention')
  const inventionsInLuzhou = await apiTotal(page, 'type=invention&region=510500')

  await page.getByTestId('filter-type').click()
  const sheet = page.getByRole('dialog', { name: '专利类型' })
  await sheet.getByRole('radio', { name: `发明 (${formatCount(inventions)})` }).click()
  await expect(page.getByTestId('patents-total')).toHaveText(`共 ${formatCount(inventions)} 件开放许可专利`)
  await expect(page).toHaveURL(/\?type=invention$/)

  await page.getByTestId('filter-region').click()
  await page.getByRole('dialog', { name: '地区' }).getByRole('radio', { name: new RegExp(`^泸州市 \\(${formatCount(inventionsInLuzhou)}\\)$`) }).click()
  await expect(page.getByTestId('patents-total')).toHaveText(`共 ${formatCount(inventionsInLuzhou)} 件开放许可专利`)
  await expect(page).toHaveURL(/\?type=invention&region=510500$/)

  await page.reload()
  await expect(page.getByTestId('patents-total')).toHaveText(`共 ${formatCount(inventionsInLuzhou)} 件开放许可专利`)
  await expect(page.getByTestId('filter-type')).toHaveText('发明')
  await expect(page.getByTestId('filter-region')).toHaveText('泸州市')

  const first = page.getByTestId('patent-card').first()
  await expect(first).toContainText('发明')
  await first.click()
  await expect(page).toHaveURL(/\/pages\/patent\/index\?id=/)
  await expect(page.getByTestId('declaration')).toBeVisible()
  await page.goBack()
  await expect(page).toHaveURL(/\/pages\/patents\/index\?type=invention&region=510500$/)
  await expect(page.getByTestId('patents-total')).toHaveText(`共 ${formatCount(inventionsInLuzhou)} 件开放许可专利`)
  await expect(page.getByTestId('filter-type')).toHaveText('发明')
})

test('should keep the number of rendered cards bounded however far the list is scrolled', async ({ page }) => {
  await page.goto('/pages/patents/index')
  await expect(page.getByTestId('patent-card').first()).toBeVisible()
  const scroller = page.locator('.taro_page', { has: page.locator('#patent-list') })
  const cards = page.getByTestId('patent-card')

  // About 250 cards' worth, in flicks; after each, count once the browser has painted the result.
  let maxRendered = 0
  for (let step = 0; step < 45; step++) {
    await scroller.evaluate((el) => {
      el.scrollBy(0, 800)
      return new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())))
    })
    maxRendered = Math.max(maxRendered, await cards.count())
  }
  // Let the last pages arrive, then look at the window around the current position.
  await expect
    .poll(async () => Number(await page.locator('.virtual-list__row').last().getAttribute('data-index')), { timeout: 15_000 })
    .toBeGreaterThan(200)
  const rendered = await cards.count()
  expect(rendered).toBeGreaterThan(0)
  expect(rendered).toBeLessThanOrEqual(40)
  expect(maxRendered).toBeLessThanOrEqual(40)

  // The rows on screen are the ones for this scroll position, and they are visible.
  const firstIndex = Number(await page.locator('.virtual-list__row').first().getAttribute('data-index'))
  expect(firstIndex).toBeGreaterThan(150)
  await expect(cards.nth(Math.min(6, rendered - 1))).toBeInViewport()

  // Back to the top, the first patents are there again.
  await scroller.evaluate((el) => el.scrollTo(0, 0))
  await expect(page.locator('.virtual-list__row').first()).toHaveAttribute('data-index', '0')
  await expect(cards.first()).toBeInViewport()
})
