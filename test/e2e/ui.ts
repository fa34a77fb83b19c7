import { expect, type APIRequestContext, type Page } from '@playwright/test'

/** H5 keeps earlier pages of the stack in the DOM (hidden): tap the visible AtButton with this text. */
export async function tapVisible(page: Page, text: string | RegExp): Promise<void> {
  await page.locator('.at-button').filter({ hasText: text, visible: true }).first().click()
}

/** The native input (or textarea) behind a Taro field named `name`, on the page showing now. */
export function visibleField(page: Page, name: string) {
  return page.locator(`.taro_page_show input[name="${name}"], .taro_page_show [name="${name}"] input, .taro_page_show textarea[name="${name}"], .taro_page_show [name="${name}"] textarea`).last()
}

export const VALID_USCC = '91350100M000100Y43'

/** A new WeChat user (own `code`) with 企业信息 filled in; returns its bearer token. */
export async function newEnterpriseUser(request: APIRequestContext, code: string, enterprise: Partial<Record<string, string>> = {}): Promise<string> {
  const login = await request.post('/api/auth/login', { data: { role: 'sme', code } })
  expect(login.status()).toBe(200)
  const { token } = (await login.json()) as { token: string }
  const profile = { name: '江门市示例智能装备有限公司', uscc: VALID_USCC, contactName: '李文静', phone: '13912345678', region: '440700', industry: 'C32', ...enterprise }
  const saved = await request.put('/api/me/enterprise', { headers: { Authorization: `Bearer ${token}` }, data: profile })
  expect(saved.ok()).toBe(true)
  return token
}

/** Opens `path` as the user behind `token` (stored as the app stores its session). */
export async function openWithToken(page: Page, token: string, path: string): Promise<void> {
  const me = await page.request.get('/api/me', { headers: { Authorization: `Bearer ${token}` } })
  expect(me.ok()).toBe(true)
  const { user } = (await me.json()) as { user: unknown }
  await page.goto('/pages/index/index')
  await page.evaluate(
    ([t, u]) => localStorage.setItem('huiqi-session', JSON.stringify({ data: JSON.stringify({ state: { token: t, user: u }, version: 0 }) })),
    [token, user] as const,
  )
  await page.goto(path)
}
