import { expect, test } from '@playwright/test'
import { deriveTicketSecret, dynamicQrText } from '../../src/utils/ticket-qr'
import { browserFilming } from './fake-camera'
import { officerAuth, openAs } from './session'

// Issue 16 journey: H5 camera check-in. Chromium plays a clip of the ticket's QR code as the camera
// (--use-fake-device-for-media-stream + --use-file-for-fake-video-capture); the page decodes it with jsQR.
// The QR is the ticket page's own (issue 18): `code.step.mac` for now, from the ticket's secret.

test('should check a ticket in from the camera and say who it is', async ({ request }, testInfo) => {
  const auth = await officerAuth(request)
  const roster = await request.get('/api/events/ev-demo-today/roster', { headers: auth })
  expect(roster.ok()).toBe(true)
  const { tickets, ticketKey } = (await roster.json()) as { ticketKey: string; tickets: { ticketCode: string; status: string; attendeeName: string; checkedInAt?: string }[] }
  const ticket = [...tickets].reverse().find((t) => t.status === 'confirmed' && !t.checkedInAt)
  expect(ticket).toBeDefined()

  const shown = dynamicQrText(deriveTicketSecret(ticketKey, ticket!.ticketCode), ticket!.ticketCode, Date.now())
  const { browser, context } = await browserFilming(testInfo, shown, 'ticket-qr')
  try {
    const page = await context.newPage()
    await openAs(page, 'officer', '/officer/pages/checkin/index?eventId=ev-demo-today')
    await page.locator('.at-button', { hasText: '开启摄像头扫码' }).click()
    const result = page.getByTestId('checkin-result')
    await expect(result).toContainText('签到成功')
    await expect(result).toContainText(ticket!.attendeeName)
    await page.locator('.at-button', { hasText: '关闭摄像头' }).click()

    const after = (await (await request.get('/api/events/ev-demo-today/roster', { headers: auth })).json()) as { tickets: { ticketCode: string; checkedInAt?: string }[] }
    expect(after.tickets.find((t) => t.ticketCode === ticket!.ticketCode)?.checkedInAt).toBeTruthy()
    await context.close()
  } finally {
    await browser.close()
  }
})
