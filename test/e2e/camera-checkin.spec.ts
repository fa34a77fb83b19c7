import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { chromium, expect, test } from '@playwright/test'
import { writeQrY4m } from './fake-camera'
import { officerAuth, openAs } from './session'

// Issue 16 journey: H5 camera check-in. Chromium plays a clip of the ticket's QR code as the camera
// (--use-fake-device-for-media-stream + --use-file-for-fake-video-capture); the page decodes it with jsQR.

test('should check a ticket in from the camera and say who it is', async ({ request }, testInfo) => {
  const auth = await officerAuth(request)
  const roster = await request.get('/api/events/ev-demo-today/roster', { headers: auth })
  expect(roster.ok()).toBe(true)
  const { tickets } = (await roster.json()) as { tickets: { ticketCode: string; status: string; attendeeName: string; checkedInAt?: string }[] }
  const ticket = [...tickets].reverse().find((t) => t.status === 'confirmed' && !t.checkedInAt)
  expect(ticket).toBeDefined()

  const clip = path.join(testInfo.outputDir, 'ticket-qr.y4m')
  mkdirSync(testInfo.outputDir, { recursive: true })
  writeQrY4m(clip, ticket!.ticketCode)

  const use = testInfo.project.use
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [...(use.launchOptions?.args ?? []), '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${clip}`],
  })
  try {
    const context = await browser.newContext({
      baseURL: use.baseURL,
      viewport: use.viewport ?? undefined,
      deviceScaleFactor: use.deviceScaleFactor,
      isMobile: use.isMobile,
      hasTouch: use.hasTouch,
      locale: use.locale,
      timezoneId: use.timezoneId,
      permissions: ['camera'],
    })
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
