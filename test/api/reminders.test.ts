/** @jest-environment node */
// Issue 18, point 5 at the API on an injected clock: a reminder one day and one two hours before the
// start, in-app and — where the attendee accepted the template — as a subscribe message in the outbox;
// never twice, none for a cancelled registration or event.

import { loginFresh } from './helpers'
import { DAY, eventBody, HOUR, officerServerForFile, VALID_USCC } from './officer-fixtures'
import { isoCst } from '@/rules/officer'

const env = officerServerForFile(Date.UTC(2026, 4, 14, 1, 0, 0))
const { call, clock } = env

async function reminderTitles(token: string): Promise<string[]> {
  const res = await call('/api/me/notifications', { token })
  return res.body.items.map((n: { title: string }) => n.title).filter((t: string) => t.startsWith('活动') && t.endsWith('开始'))
}

test('should remind a day and two hours before the start, in-app and once as a subscribe message', async () => {
  const start = clock.now() + 2 * DAY
  const created = await call('/api/events', { token: env.officer, body: eventBody(clock.now(), { startsAt: isoCst(start), endsAt: isoCst(start + 3 * HOUR), signupClosesAt: isoCst(start - HOUR) }) })
  const event = created.body.event
  const { token } = await loginFresh(call, 'sme', 'remind')
  const other = await loginFresh(call, 'sme', 'remind-cancel')
  const body = { attendeeName: '周提醒', phone: '13912345678', enterprise: { name: '江门示例科技有限公司', uscc: VALID_USCC } }
  expect((await call(`/api/events/${event.id}/registrations`, { token, body })).status).toBe(201)
  const cancelled = await call(`/api/events/${event.id}/registrations`, { token: other.token, body })
  await call(`/api/registrations/${cancelled.body.registration.id}/cancel`, { token: other.token, body: {} })
  expect((await call('/api/me/subscriptions', { token, body: { accepted: [{ templateId: 'tmpl-registration-status', purpose: 'registration' }] } })).status).toBeLessThan(300)

  expect(await reminderTitles(token)).toEqual([])
  clock.advance(DAY + 60_000)
  expect(await reminderTitles(token)).toEqual(['活动明天开始'])
  clock.advance(HOUR)
  expect(await reminderTitles(token)).toEqual(['活动明天开始'])
  clock.advance(DAY - 3 * HOUR)
  const titles = await reminderTitles(token)
  expect(titles).toEqual(['活动 2 小时后开始', '活动明天开始'])
  expect(await reminderTitles(other.token)).toEqual([])

  // One acceptance, one send: the day reminder went out as a subscribe message, the second in-app only.
  const outbox = await call('/api/officer/subscribe-outbox?pageSize=50', { token: env.officer })
  const mine = outbox.body.items.filter((o: { data: Record<string, { value: string }> }) => Object.values(o.data).some((v) => v.value === '活动明天开始'))
  expect(mine).toHaveLength(1)
  const notes = await call('/api/me/notifications', { token })
  expect(notes.body.items[0].body).toContain(event.venue)
})

test('should send only the nearer reminder to someone who signs up within two hours of the start, and none once cancelled', async () => {
  const start = clock.now() + 90 * 60_000
  const created = await call('/api/events', { token: env.officer, body: eventBody(clock.now(), { startsAt: isoCst(start), endsAt: isoCst(start + 3 * HOUR), signupClosesAt: isoCst(start - 30 * 60_000) }) })
  const event = created.body.event
  const { token } = await loginFresh(call, 'sme', 'remind-late')
  expect((await call(`/api/events/${event.id}/registrations`, { token, body: { attendeeName: '吴迟到', phone: '13912345670', enterprise: { name: '江门示例科技有限公司', uscc: VALID_USCC } } })).status).toBe(201)
  clock.advance(1000)
  expect(await reminderTitles(token)).toEqual(['活动 2 小时后开始'])
  // Called off before its day window opens: neither reminder ever goes out.
  const cancelledEvent = await call('/api/events', { token: env.officer, body: eventBody(clock.now(), { startsAt: isoCst(clock.now() + 30 * HOUR), endsAt: isoCst(clock.now() + 33 * HOUR), signupClosesAt: isoCst(clock.now() + 20 * HOUR) }) })
  const late = await loginFresh(call, 'sme', 'remind-called-off')
  await call(`/api/events/${cancelledEvent.body.event.id}/registrations`, { token: late.token, body: { attendeeName: '郑取消', phone: '13912345671', enterprise: { name: '江门示例科技有限公司', uscc: VALID_USCC } } })
  await call(`/api/events/${cancelledEvent.body.event.id}/cancel`, { token: env.officer, body: { reason: '场地临时检修' } })
  clock.advance(10 * HOUR)
  expect(await reminderTitles(late.token)).toEqual([])
  clock.advance(19 * HOUR)
  expect(await reminderTitles(late.token)).toEqual([])
})
