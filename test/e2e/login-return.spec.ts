import { expect, test, type Page } from '@playwright/test'
import { settled } from './nav'

/** The page on screen: Taro H5 keeps the pages it has hidden in the document. */
const current = (page: Page) => page.locator('.taro_router > .taro_page.taro_page_show').last()

test('should return an attendee from a poster link to the event after signing in on 我的', async ({ page }) => {
  await page.goto('/pages/event/index?scene=ev-demo-open')
  await settled(page)
  const title = current(page).locator('.event__title')
  await expect(title).toContainText('供需对接会')
  const eventTitle = await title.innerText()
  await current(page).locator('.at-button', { hasText: '立即报名' }).click()
  await expect(page).toHaveURL(/\/pages\/me\/index/)
  await page.getByText('企业用户', { exact: true }).click()
  await expect(page).toHaveURL(/\/pages\/event\/index\?scene=ev-demo-open/)
  await settled(page)
  await expect(current(page).locator('.event__title')).toHaveText(eventTitle)
  await current(page).locator('.at-button', { hasText: '立即报名' }).click()
  await expect(page).toHaveURL(/\/packages\/events\/pages\/signup\/index\?id=ev-demo-open/)
})
