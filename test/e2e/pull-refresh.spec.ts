import { expect, test, type Page } from '@playwright/test'
import { loginAs } from './helpers'
import { settled } from './nav'

// Issue 16 defect 2: on H5 a pull stayed 51 px down and sent nothing. Drive real touches (CDP), as a phone does.
async function pullDown(page: Page, distance = 320): Promise<void> {
  const cdp = await page.context().newCDPSession(page)
  const x = 195
  const y = 260
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] })
  for (let step = 1; step <= 12; step++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y + (distance * step) / 12 }] })
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
  await cdp.detach()
}

/** The pulled content sits back at the top once the refresh is done. */
async function expectSettledBack(page: Page): Promise<void> {
  const content = page.locator('.taro_page_show .rmc-pull-to-refresh-content').last()
  await expect(content).toHaveAttribute('style', /^(?!.*translate3d\(0px, ?[1-9])/)
  await expect(page.locator('.taro_page_show .rmc-pull-to-refresh-indicator')).toHaveCount(0)
}

const CASES: Array<{ name: string; path: string; ready: string; api: RegExp; login?: boolean }> = [
  { name: '专利', path: '/pages/patents/index', ready: '[data-testid="patent-card"]', api: /\/api\/patents\?(.*&)?page=1(&|$)/ },
  { name: '活动', path: '/pages/events/index', ready: '[data-testid="event-card"]', api: /\/api\/events\?/ },
  { name: '消息', path: '/packages/tracking/pages/messages/index', ready: '[data-testid="message"]', api: /\/api\/me\/notifications\?(.*&)?page=1(&|$)/, login: true },
]

for (const c of CASES) {
  test(`should refetch ${c.name} on a pull down and put the page back`, async ({ page }) => {
    if (c.login) await loginAs(page, '企业用户')
    await page.goto(c.path)
    await expect(page.locator(c.ready).first()).toBeVisible()
    await settled(page)
    const refetched = page.waitForRequest((req) => c.api.test(req.url()) && req.method() === 'GET')
    await pullDown(page)
    await refetched
    await expectSettledBack(page)
    await expect(page.locator(c.ready).first()).toBeVisible()
  })
}

test('should scroll a long list back up with a downward swipe instead of refreshing', async ({ page }) => {
  await page.goto('/pages/patents/index')
  await expect(page.getByTestId('patent-card').first()).toBeVisible()
  const scroller = page.locator('.taro_page', { has: page.locator('#patent-list') })
  await scroller.evaluate((el) => el.scrollTo(0, 1600))
  await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(1000)
  let refreshed = false
  page.on('request', (req) => {
    if (/\/api\/patents\?(.*&)?page=1(&|$)/.test(req.url())) refreshed = true
  })
  await pullDown(page, 300)
  await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBeLessThan(1600)
  await expect(page.locator('.taro_page_show .rmc-pull-to-refresh-indicator')).toHaveCount(0)
  expect(refreshed).toBe(false)
})
