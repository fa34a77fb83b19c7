import { filingCountdown, filingCountdownText, FILING_URGENT_DAYS } from '@/features/tracking/filing-countdown'

const at = (iso: string) => Date.parse(iso)

test('should count calendar days in China to the 备案 deadline', () => {
  expect(filingCountdown('2026-06-03T12:00:00+08:00', at('2026-05-24T08:00:00+08:00'))).toEqual({
    daysLeft: 10,
    urgent: true,
    overdue: false,
    deadlineDate: '2026-06-03',
  })
  // Late at night in China is already the next day there, whatever the UTC date says.
  expect(filingCountdown('2026-06-03T00:30:00+08:00', at('2026-06-01T23:30:00+08:00'))?.daysLeft).toBe(2)
  expect(filingCountdown('2026-06-03T00:30:00+08:00', at('2026-06-02T00:10:00+08:00'))?.daysLeft).toBe(1)
})

test.each([
  [30, false],
  [FILING_URGENT_DAYS, false],
  [FILING_URGENT_DAYS - 1, true],
  [1, true],
  [0, true],
  [-2, true],
])('should mark %i days left urgent: %s', (days, urgent) => {
  const now = at('2026-03-10T10:00:00+08:00')
  const deadline = new Date(now + days * 86_400_000).toISOString()
  const c = filingCountdown(deadline, now)!
  expect(c.daysLeft).toBe(days)
  expect(c.urgent).toBe(urgent)
  expect(c.overdue).toBe(days < 0)
})

test('should word the countdown for people', () => {
  const now = at('2026-03-10T10:00:00+08:00')
  expect(filingCountdownText(filingCountdown('2026-03-20T10:00:00+08:00', now)!)).toBe('剩余 10 天')
  expect(filingCountdownText(filingCountdown('2026-03-10T18:00:00+08:00', now)!)).toBe('今天截止')
  expect(filingCountdownText(filingCountdown('2026-03-07T18:00:00+08:00', now)!)).toBe('已逾期 3 天')
})

test('should ignore a deadline that is not a date', () => {
  expect(filingCountdown('soon', Date.now())).toBeNull()
})
