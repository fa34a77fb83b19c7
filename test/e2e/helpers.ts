import { expect, type Page } from '@playwright/test'

/** Taro's H5 <Input> may wrap the native input in an element carrying the name; tests type into the native one. */
export function field(page: Page, name: string) {
  return page.locator(`input[name="${name}"], [name="${name}"] input`).first()
}

export async function fillField(page: Page, name: string, value: string) {
  const input = field(page, name)
  await input.click()
  await input.fill(value)
}

export async function openTab(page: Page, label: '首页' | '专利' | '活动' | '我的') {
  await page.locator('.taro-tabbar__tabbar').getByText(label, { exact: true }).click()
}

export async function loginAs(page: Page, identity: '企业用户' | '工作人员') {
  await page.goto('/pages/me/index')
  await page.getByText(identity, { exact: true }).click()
  await expect(page.getByText('退出登录')).toBeVisible()
}

/** taro-ui's AtButton lays a transparent native button over its label; a tap lands on the AtButton. */
export async function tapButton(page: Page, text: string) {
  await page.locator('.at-button', { hasText: text }).click()
}

/** The bearer token the app keeps in localStorage (Taro wraps values as `{ data }`, zustand as `{ state }`). */
export async function sessionToken(page: Page): Promise<string> {
  const raw = await page.evaluate(() => localStorage.getItem('huiqi-session'))
  expect(raw).toBeTruthy()
  let value: unknown = JSON.parse(raw!)
  if (value && typeof value === 'object' && 'data' in value) value = (value as { data: unknown }).data
  if (typeof value === 'string') value = JSON.parse(value)
  const token = (value as { state?: { token?: string } }).state?.token
  expect(token).toBeTruthy()
  return token!
}
