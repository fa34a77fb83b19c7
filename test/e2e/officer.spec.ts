import { readFile } from 'node:fs/promises'
import { expect, test, type APIRequestContext } from '@playwright/test'
import { fillField, loginAs, sessionToken, tapButton } from './helpers'

const VALID_USCC = '91350100M000100Y43'

/** An SME signs up through the public API and reads its ticket code, as the attendee's phone would. */
async function attendeeTicket(request: APIRequestContext, eventId: string): Promise<{ token: string; ticketCode: string; shortCode: string }> {
  const login = await request.post('/api/auth/login', { data: { role: 'sme', code: 'e2e-officer-attendee' } })
  expect(login.status()).toBe(200)
  const { token } = (await login.json()) as { token: string }
  const headers = { authorization: `Bearer ${token}` }
  const signup = await request.post(`/api/events/${eventId}/registrations`, {
    headers,
    data: { attendeeName: '陈签到', phone: '13800138000', enterprise: { name: '江门市示例签到科技有限公司', uscc: VALID_USCC } },
  })
  expect(signup.status()).toBe(201)
  const { registration } = (await signup.json()) as { registration: { id: string } }
  const detail = await request.get(`/api/registrations/${registration.id}`, { headers })
  const body = (await detail.json()) as { registration?: { ticketCode?: string; shortCode?: string }; ticketCode?: string }
  const ticketCode = body.registration?.ticketCode ?? body.ticketCode
  expect(ticketCode).toMatch(/^[A-Za-z0-9_-]{16,32}$/)
  expect(body.registration?.shortCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/)
  return { token, ticketCode: ticketCode!, shortCode: body.registration!.shortCode! }
}

test('should let an officer create an event, publish a notice and check a ticket in by its code', async ({ page, request }) => {
  const title = `E2E 签到演练 ${Date.now().toString(36)}`

  await loginAs(page, '工作人员')
  await page.getByRole('link', { name: /^工作台/ }).click()
  await page.getByRole('link', { name: /^活动管理/ }).click()
  await tapButton(page, '新建活动')

  await fillField(page, 'title', title)
  await fillField(page, 'venue', '江门市科技馆二楼报告厅')
  await page.getByRole('radio', { name: '江门' }).click()
  await fillField(page, 'capacity', '0')
  await page.locator('input[name="title"], [name="title"] input').first().click()
  await expect(page.getByTestId('capacity-error')).toHaveText('名额至少为 1 人')
  await fillField(page, 'capacity', '30')
  await expect(page.getByTestId('capacity-error')).toHaveCount(0)
  // A switch: this event refuses sign-ups once full instead of keeping a waitlist.
  const waitlistSwitch = page.getByRole('checkbox', { name: '名额满后开放候补' })
  await expect(waitlistSwitch).toBeChecked()
  await waitlistSwitch.click()
  await expect(waitlistSwitch).not.toBeChecked()
  await tapButton(page, '创建活动')

  const card = page.getByTestId('officer-event').filter({ hasText: title })
  await expect(card).toBeVisible()
  await expect(card).toContainText('已确认 0/30')

  const token = await sessionToken(page)
  const list = await request.get('/api/officer/events?pageSize=50', { headers: { authorization: `Bearer ${token}` } })
  const event = ((await list.json()) as { items: { id: string; title: string }[] }).items.find((e) => e.title === title)
  expect(event).toBeDefined()
  const created = await request.get(`/api/events/${event!.id}`)
  expect(((await created.json()) as { waitlistEnabled: boolean }).waitlistEnabled).toBe(false)
  // Check-in opens 2 hours before the start (RULES.md): bring the new event within the hour.
  const cst = (ms: number) => new Date(ms + 8 * 3600e3).toISOString().slice(0, 19) + '+08:00'
  const now = Date.now()
  const moved = await request.patch(`/api/events/${event!.id}`, {
    headers: { authorization: `Bearer ${token}` },
    data: { startsAt: cst(now + 3600e3), endsAt: cst(now + 4 * 3600e3), signupClosesAt: cst(now + 1800e3) },
  })
  expect(moved.ok()).toBe(true)
  const attendee = await attendeeTicket(request, event!.id)

  // 发布通知: preview and recipient count, then delivery into the attendee's 消息.
  await page.reload()
  await card.getByRole('button', { name: '发布通知' }).click()
  await expect(page.getByTestId('notice-recipients')).toContainText('将发送给 1 位报名人员')
  await fillField(page, 'title', '会场调整')
  await page.locator('textarea[name="body"], [name="body"] textarea').first().fill('请于 8:45 前到二楼报告厅签到。\n<b>不是粗体</b>')
  await expect(page.getByTestId('notice-preview')).toContainText('<b>不是粗体</b>')
  await tapButton(page, '发送给 1 人')
  await page.getByText('发送', { exact: true }).click()
  await expect(page.getByText('通知已发送，送达 1 人')).toBeVisible()
  const messages = await request.get('/api/me/notifications', { headers: { authorization: `Bearer ${attendee.token}` } })
  const items = ((await messages.json()) as { items: { type: string; title: string; body: string }[] }).items
  expect(items).toContainEqual(expect.objectContaining({ type: 'notice', title: '会场调整', body: '请于 8:45 前到二楼报告厅签到。\n<b>不是粗体</b>' }))

  // By hand (issue 18: the 8-char 核验码 with the phone's last 4 digits): big feedback and the live count.
  await page.goto(`/officer/pages/checkin/index?eventId=${encodeURIComponent(event!.id)}`)
  await expect(page.getByTestId('checkin-count')).toHaveText('已签到 0 / 应到 1')
  await fillField(page, 'shortCode', attendee.shortCode)
  await fillField(page, 'phoneLast4', '8000')
  await tapButton(page, '核验签到')
  const result = page.getByTestId('checkin-result')
  await expect(result).toContainText('签到成功')
  await expect(result).toContainText('陈签到')
  await expect(result).toContainText('江门市示例签到科技有限公司')
  await expect(page.getByTestId('checkin-count')).toHaveText('已签到 1 / 应到 1')

  await fillField(page, 'shortCode', attendee.shortCode)
  await fillField(page, 'phoneLast4', '8000')
  await tapButton(page, '核验签到')
  await expect(result).toContainText('已签到')
  await expect(result).toContainText('首次签到')

  await fillField(page, 'shortCode', attendee.shortCode === 'ZZZZZZZZ' ? 'YYYYYYYY' : 'ZZZZZZZZ')
  await fillField(page, 'phoneLast4', '8000')
  await tapButton(page, '核验签到')
  await expect(result).toContainText('无效票')

  // 导出: the browser saves the CSV the server made (BOM, Chinese header, the check-in recorded).
  await page.goto(`/officer/pages/registrations/index?eventId=${encodeURIComponent(event!.id)}`)
  await expect(page.getByTestId('registration')).toContainText('陈签到')
  const [download] = await Promise.all([page.waitForEvent('download'), tapButton(page, '导出名单（CSV）')])
  expect(download.suggestedFilename()).toBe(`registrations-${event!.id}.csv`)
  const bytes = await readFile((await download.path())!)
  expect(Array.from(bytes.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf])
  const lines = bytes.toString('utf8').slice(1).split('\r\n')
  expect(lines[0]).toBe('姓名,手机号,企业名称,统一社会信用代码,状态,报名时间,签到时间,票码')
  expect(lines[1]).toMatch(new RegExp(`^陈签到,13800138000,江门市示例签到科技有限公司,${VALID_USCC},已签到,.+,.+,${attendee.ticketCode}$`))
})

test('should show 无权限 on every officer page to an SME', async ({ page }) => {
  await loginAs(page, '企业用户')
  for (const name of ['workbench', 'events', 'event-edit', 'registrations', 'notice', 'checkin', 'applications']) {
    await page.goto(`/officer/pages/${name}/index?eventId=ev-demo-open`)
    await expect(page.getByText('无权限')).toBeVisible()
  }
})
