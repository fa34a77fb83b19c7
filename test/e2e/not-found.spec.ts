import { expect, test } from '@playwright/test'

test('should bring a link to a page that does not exist back to 首页 and say so', async ({ page }) => {
  await page.goto('/pages/no-such-page/index?id=1')
  await expect(page).toHaveURL(/\/pages\/index\/index/)
  // Taro's H5 toast stays in the page once shown (hidden after 1.5 s): it was said.
  await expect(page.getByText('页面不存在，已返回首页')).toBeAttached()
  await expect(page.getByText('最新开放许可')).toBeVisible()
})
