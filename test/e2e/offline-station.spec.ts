import { expect, test } from '@playwright/test'
import { field, tapButton } from './helpers'
import { officerAuth, openAs } from './session'

// The check-in desk must keep working through a dead network, reloads included: the service worker
// keeps the app shell, localStorage keeps the roster and the queue of scans.
test('should reopen the offline check-in station after a reload without network and sync its queue once back online', async ({ page, context, request }) => {
  const headers = await officerAuth(request)
  const roster = (await (await request.get('/api/events/ev-demo-today/roster', { headers })).json()) as { tickets: { ticketCode: string; status: string; shortCode: string; phoneLast4: string }[] }
  const tickets = roster.tickets.filter((t) => t.status === 'confirmed').slice(0, 2)
  const codes = tickets.map((t) => t.ticketCode)
  expect(codes).toHaveLength(2)

  await openAs(page, 'officer', '/officer/pages/checkin/index?eventId=ev-demo-today')
  await page.evaluate(() => navigator.serviceWorker.ready)
  await page.getByRole('button', { name: '下载名单' }).click()
  await expect(page.getByText(/已下载名单/)).toBeVisible()
  // A second navigation goes through the now-active worker, which keeps this page's files.
  await page.reload()
  await expect(page.getByText(/已下载名单/)).toBeVisible()

  await context.setOffline(true)
  // Typed at the desk: the 8-char 核验码 with the phone's last 4 digits, checked against the roster.
  for (const t of tickets) {
    await field(page, 'shortCode').fill(t.shortCode)
    await field(page, 'phoneLast4').fill(t.phoneLast4)
    await tapButton(page, '核验签到')
    await expect(page.getByTestId('checkin-result')).toContainText('离线')
  }
  await expect(page.getByTestId('pending-sync')).toHaveText('待同步 2')

  await page.reload()
  await expect(page.getByTestId('pending-sync')).toHaveText('待同步 2')
  await expect(page.getByText('离线', { exact: true })).toBeVisible()

  await context.setOffline(false)
  await expect(page.getByTestId('pending-sync')).toHaveCount(0, { timeout: 15_000 })
  const after = (await (await request.get('/api/events/ev-demo-today/registrations?pageSize=50', { headers })).json()) as { items: { ticketCode: string; status: string }[] }
  for (const code of codes) expect(after.items.find((r) => r.ticketCode === code)?.status).toBe('checked_in')
})
