import { expect, test } from '@playwright/test'
import { field, fillField, openTab, tapButton } from './helpers'

const VALID_USCC = '91350100M000100Y43'
const WRONG_CHECK_CHAR = '91350100M000100Y44'

test('should explain a wrong USCC check character, save the fixed profile and keep it after a reload', async ({ page }) => {
  await page.goto('/')
  await openTab(page, '我的')
  await page.getByText('企业用户', { exact: true }).click()
  await page.getByRole('link', { name: /^企业信息/ }).click()

  await fillField(page, 'name', '江门市蓬江区示例科技有限公司')
  await fillField(page, 'uscc', WRONG_CHECK_CHAR)
  await expect(page.getByTestId('uscc-error')).toContainText('校验位错误')

  await fillField(page, 'uscc', VALID_USCC.toLowerCase())
  await expect(page.getByTestId('uscc-error')).toHaveCount(0)
  await fillField(page, 'contactName', '张晓明')
  await fillField(page, 'phone', '13800138000')
  await page.getByRole('radio', { name: '江门' }).click()
  await page.getByRole('radio', { name: '电气机械和器材制造业' }).click()
  await tapButton(page, '保存')
  await expect(page.getByText('保存成功')).toBeVisible()
  // Saved, it goes back to 我的, where 企业信息 was opened from.
  await expect(page).toHaveURL(/\/pages\/me\/index/)

  await page.reload()
  await page.getByRole('link', { name: /^企业信息/ }).click()
  await expect(field(page, 'name')).toHaveValue('江门市蓬江区示例科技有限公司')
  await expect(field(page, 'uscc')).toHaveValue(VALID_USCC)
  await expect(field(page, 'contactName')).toHaveValue('张晓明')
  await expect(field(page, 'phone')).toHaveValue('13800138000')
  await expect(page.getByRole('radio', { name: '江门' })).toHaveAttribute('aria-checked', 'true')
  await expect(page.getByRole('radio', { name: '电气机械和器材制造业' })).toHaveAttribute('aria-checked', 'true')
})

test('should keep an unsaved draft when the app is closed mid-edit', async ({ page }) => {
  await page.goto('/pages/me/index')
  await page.getByText('企业用户', { exact: true }).click()
  await page.goto('/pages/enterprise/index')
  await fillField(page, 'contactName', '李草稿')
  await page.reload()
  await expect(field(page, 'contactName')).toHaveValue('李草稿')
  await expect(page.getByText('已恢复上次未保存的内容')).toBeVisible()
})
