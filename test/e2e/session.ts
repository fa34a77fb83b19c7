import { expect, type APIRequestContext, type Page } from '@playwright/test'

// API.md → Roles: an officer login presents the mock's passcode (MOCK_OFFICER_PASSCODE, default below).
export const OFFICER_PASSCODE = process.env.MOCK_OFFICER_PASSCODE || 'huiqi-officer-demo'

/** Logs in over the API; returns the bearer header for the officer's own calls. */
export async function officerAuth(request: APIRequestContext): Promise<Record<string, string>> {
  const res = await request.post('/api/auth/login', { data: { role: 'officer', passcode: OFFICER_PASSCODE } })
  expect(res.status()).toBe(200)
  return { Authorization: `Bearer ${(await res.json()).token}` }
}

/**
 * Opens `path` as a logged-in user of `role`, with the session stored the way the app stores it
 * (Taro wraps localStorage values as `{ data }`, zustand persists `{ state, version }`). For journeys
 * whose subject is not the login screen itself.
 */
export async function openAs(page: Page, role: 'sme' | 'officer', path: string, code?: string): Promise<string> {
  const res = await page.request.post('/api/auth/login', { data: role === 'officer' ? { role, passcode: OFFICER_PASSCODE } : { role, ...(code ? { code } : {}) } })
  expect(res.status()).toBe(200)
  const { token, user } = (await res.json()) as { token: string; user: unknown }
  await page.goto('/pages/index/index')
  await page.evaluate(
    ([t, u]) => localStorage.setItem('huiqi-session', JSON.stringify({ data: JSON.stringify({ state: { token: t, user: u }, version: 0 }) })),
    [token, user] as const,
  )
  await page.goto(path)
  return token
}
