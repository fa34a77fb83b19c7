import { expect, test, type Page } from '@playwright/test'
import { decodeQrDataUri } from '../support/qr-svg-decode.mjs'
import { loginAs } from './helpers'

const EVENT_ID = 'ev-demo-open'
const PROFILE = { name: '江门市蓬江区示例科技有限公司', uscc: '91350100M000100Y43', contactName: '张晓明', phone: '13800138000', region: '440700', industry: 'C32' }

/** H5 logs in the seeded demo 企业用户 (no WeChat code), so an API session is the same person as the UI one. */
async function saveEnterpriseProfile(page: Page) {
  const login = await page.request.post('/api/auth/login', { data: { role: 'sme' } })
  const { token } = (await login.json()) as { token: string }
  const res = await page.request.put('/api/me/enterprise', { data: PROFILE, headers: { Authorization: `Bearer ${token}` } })
  expect(res.ok()).toBe(true)
}

/**
 * Like helpers' tapButton, but H5 keeps earlier pages of the stack in the DOM (hidden), and the event
 * page underneath can show the same button text as the page on top.
 */
async function tapButton(page: Page, text: string) {
  await page.locator('.at-button').filter({ hasText: text, visible: true }).click()
}

async function seatsLeft(page: Page): Promise<number> {
  const text = await page.getByTestId('event-seats').innerText()
  const match = /剩余 (\d+) 席/.exec(text)
  expect(match, `seats text: ${text}`).not.toBeNull()
  return Number(match?.[1])
}

test('should open an event from its H5 URL and from a mini-program ?scene=', async ({ page }) => {
  const api = await (await page.request.get(`/api/events/${EVENT_ID}`)).json()
  await page.goto(`/pages/event/index?id=${EVENT_ID}`)
  await expect(page.getByText(api.title, { exact: true })).toBeVisible()
  await expect(page.getByTestId('event-seats')).toHaveText(`剩余 ${api.seatsLeft} 席`)

  await page.goto(`/pages/event/index?scene=${encodeURIComponent(encodeURIComponent(EVENT_ID))}`)
  await expect(page.getByText(api.title, { exact: true })).toBeVisible()
  await expect(page.getByText('立即报名')).toBeVisible()
})

test.describe('on a phone set to New York time', () => {
  test.use({ timezoneId: 'America/New_York' })

  test('should still show the event time as Beijing time', async ({ page }) => {
    const api = (await (await page.request.get(`/api/events/${EVENT_ID}`)).json()) as { startsAt: string; endsAt: string }
    // The API speaks +08:00, so the Beijing wall-clock time is in the string itself.
    expect(api.startsAt).toMatch(/\+08:00$/)
    const wall = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)}`
    await page.goto(`/pages/event/index?id=${EVENT_ID}`)
    await expect(page.getByText(`${wall(api.startsAt)}–`, { exact: false }).first()).toBeVisible()
  })
})

test('should sign up, show the ticket QR, cancel, and give the seat back', async ({ page }) => {
  await loginAs(page, '企业用户')
  await saveEnterpriseProfile(page)

  await page.goto(`/pages/event/index?id=${EVENT_ID}`)
  const before = await seatsLeft(page)
  await tapButton(page, '立即报名')

  await expect(page.getByTestId('signup-enterprise')).toContainText(PROFILE.name)
  await expect(page.locator('input[name="attendeeName"], [name="attendeeName"] input').first()).toHaveValue(PROFILE.contactName)
  await tapButton(page, '提交报名')
  await expect(page.getByTestId('signup-result')).toContainText('报名成功')
  await tapButton(page, '查看电子票')

  const qr = page.locator('.taro_page_show [data-testid="qr-image"] img, .taro_page_show img[data-testid="qr-image"]').first()
  await expect(qr).toBeVisible()
  expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;charset=utf-8,%3Csvg/)
  // The QR holds code.step.mac; the code itself is shown nowhere (issue 18), only the 8-char 核验码.
  const [code, step, mac] = decodeQrDataUri((await qr.getAttribute('src'))!).split('.')
  expect(code).toMatch(/^[A-Za-z0-9_-]{16,32}$/)
  expect(step).toMatch(/^\d+$/)
  expect(mac).toMatch(/^[A-Za-z0-9_-]{12}$/)
  await expect(page.locator('.taro_page_show').getByTestId('ticket-short-code')).toHaveText(/^核验码 [0-9A-HJKMNP-TV-Z]{4} [0-9A-HJKMNP-TV-Z]{4}$/)
  expect(await page.locator('body').innerText()).not.toContain(code)
  expect(await page.content()).not.toContain(code)

  await page.goto(`/pages/event/index?id=${EVENT_ID}`)
  expect(await seatsLeft(page)).toBe(before - 1)
  await expect(page.getByTestId('my-registration')).toContainText('报名成功')
  await tapButton(page, '查看电子票')

  await tapButton(page, '取消报名')
  await expect(page.locator('.taro-modal__text')).toContainText('取消后电子票失效')
  await page.locator('.taro-model__confirm').click()
  await expect(page.getByTestId('event-seats')).toHaveText(`剩余 ${before} 席`)
  await expect(page.getByTestId('my-registration')).toHaveCount(0)
  await expect(page.getByText('立即报名')).toBeVisible()
})

test('should send a signed-out visitor to 我的 when they tap 立即报名', async ({ page }) => {
  await page.goto(`/pages/event/index?id=${EVENT_ID}`)
  await tapButton(page, '立即报名')
  await expect(page.getByText('选择演示身份')).toBeVisible()
})

test('should download a poster PNG with the event QR', async ({ page }) => {
  await page.goto(`/packages/events/pages/poster/index?id=${EVENT_ID}`)
  await expect(page.getByTestId('poster')).toBeVisible()
  const qr = page.locator('[data-testid="qr-image"] img, img[data-testid="qr-image"]').first()
  expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;charset=utf-8,%3Csvg/)
  const [download] = await Promise.all([page.waitForEvent('download'), tapButton(page, '保存海报')])
  expect(download.suggestedFilename()).toBe(`poster-${EVENT_ID}.png`)
  const png = await download.createReadStream().then(
    (stream) =>
      new Promise<Buffer>((resolve) => {
        const chunks: Buffer[] = []
        stream.on('data', (c: Buffer) => chunks.push(c))
        stream.on('end', () => resolve(Buffer.concat(chunks)))
      }),
  )
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG')
  // 375 × 620 logical px drawn at 2×.
  expect(png.readUInt32BE(16)).toBe(750)
  expect(png.readUInt32BE(20)).toBe(1240)
})
