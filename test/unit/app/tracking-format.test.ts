import { formatUpdatedAt } from '@/utils/relative-time'
import { badgeText } from '@/features/notifications/badge'

const NOW = Date.parse('2026-03-10T12:00:00+08:00')
const ago = (ms: number) => new Date(NOW - ms).toISOString()
const MIN = 60_000
const HOUR = 60 * MIN
const DAY = 24 * HOUR

test.each([
  [ago(20 * 1000), '刚刚'],
  [ago(5 * MIN), '5 分钟前'],
  [ago(3 * HOUR), '3 小时前'],
  [ago(26 * HOUR), '1 天前'],
  [ago(6 * DAY), '6 天前'],
  [ago(90 * 1000), '2 分钟前'],
])('should show a change at %s as “%s”', (iso, text) => {
  expect(formatUpdatedAt(iso, NOW)).toBe(text)
})

test('should show a date and time for changes a week or more ago', () => {
  expect(formatUpdatedAt(ago(7 * DAY), NOW)).toMatch(/^2026-03-0[23] \d\d:00$/)
  expect(formatUpdatedAt('2025-12-01T09:30:00+08:00', NOW)).toMatch(/^2025-12-01 \d\d:30$/)
})

test('should not say “in a few seconds” when the server clock runs a little ahead', () => {
  expect(formatUpdatedAt(new Date(NOW + 90 * 1000).toISOString(), NOW)).toBe('刚刚')
})

test.each([
  [0, null],
  [undefined, null],
  [1, '1'],
  [99, '99'],
  [100, '99+'],
])('should badge %s unread as %s', (count, text) => {
  expect(badgeText(count)).toBe(text)
})
