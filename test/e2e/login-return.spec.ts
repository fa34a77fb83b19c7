import { expect, test } from '@playwright/test'
import { tapButton } from './helpers'

test('should return an attendee from a poster link to the event after signing in on 我的', async ({ page }) => {
  await page.goto('/pages/event/index?scene=ev-demo-open')
  const title = page.locator('.event__title')
  await expect(title).toContainText('供需对接会')
  const eventTitle = await title.innerText()
  await tapButton(page, '立即报名')
  await expect(page).toHaveURL(/\/pages\/me\/index/)
  await page.getByText('企业用户', { exact: true }).click()
  await expect(page).toHaveURL(/\/pages\/event\/index\?scene=ev-demo-open/)
  await expect(page.locator('.event__title')).toHaveText(eventTitle)
  await tapButton(page, '立即报名')
  await expect(page).toHaveURL(/\/packages\/events\/pages\/signup\/index\?id=ev-demo-open/)
})
