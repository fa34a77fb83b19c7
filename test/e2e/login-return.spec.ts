import { expect, test } from '@playwright/test'

test('should return an attendee from a poster link to the event after signing in on 我的', async ({ page }) => {
  await page.goto('/pages/event/index?scene=ev-demo-open')
  // Taro H5 keeps pages it has hidden in the document: only the visible one is the page on screen.
  const title = page.locator('.event__title:visible')
  await expect(title).toContainText('供需对接会')
  const eventTitle = await title.innerText()
  await page.locator('.at-button:visible', { hasText: '立即报名' }).click()
  await expect(page).toHaveURL(/\/pages\/me\/index/)
  await page.getByText('企业用户', { exact: true }).click()
  await expect(page).toHaveURL(/\/pages\/event\/index\?scene=ev-demo-open/)
  await expect(page.locator('.event__title:visible')).toHaveText(eventTitle)
  await page.locator('.at-button:visible', { hasText: '立即报名' }).click()
  await expect(page).toHaveURL(/\/packages\/events\/pages\/signup\/index\?id=ev-demo-open/)
})
