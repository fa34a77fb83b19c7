// Pure helpers of the check-in desk: reading a ticket code out of a scan, naming a scan's time,
// and choosing where 已签到 N / 应到 M comes from.

import { extractTicketCode } from '@/features/checkin/ticket-code'
import { countsFrom, scanTime } from '@/features/checkin/use-checkin-station'

test.each([
  ['a bare code', 'AbC_123-xyzAbC_123-xyzA', 'AbC_123-xyzAbC_123-xyzA'],
  ['surrounding spaces', '  AbC_123  ', 'AbC_123'],
  ['a ticket link', 'https://huiqi.example/packages/events/pages/ticket/index?ticket=AbC_123&x=1', 'AbC_123'],
  ['a mini-program scene', 'pages/x/index?scene=AbC%5F123', 'AbC_123'],
  ['a 33-character string', 'a'.repeat(33), null],
  ['text with spaces', 'not a ticket', null],
  ['a link without a code', 'https://example.com/?q=1', null],
])('should read %s', (_name, raw, code) => {
  expect(extractTicketCode(raw)).toBe(code)
})

test('should name a scan to the millisecond in China time', () => {
  expect(scanTime(Date.UTC(2026, 4, 20, 1, 2, 3, 45))).toBe('2026-05-20T09:02:03.045+08:00')
  expect(scanTime(Date.UTC(2026, 4, 20, 1, 2, 3, 46))).not.toBe(scanTime(Date.UTC(2026, 4, 20, 1, 2, 3, 45)))
})

test('should count from the server when online, adding scans still queued on this device', () => {
  expect(countsFrom({ checkedInCount: 3, confirmedCount: 10 }, undefined, 2, undefined)).toEqual({ checkedIn: 5, expected: 10 })
})

test('should count from the roster when offline, where only confirmed and checked-in tickets are expected', () => {
  const roster = { tickets: [{ status: 'checked_in' }, { status: 'confirmed' }, { status: 'cancelled' }, { status: 'confirmed' }] }
  expect(countsFrom(undefined, roster, 1, { checkedInCount: 0, confirmedCount: 9 })).toEqual({ checkedIn: 1, expected: 3 })
  expect(countsFrom(undefined, undefined, 1, { checkedInCount: 4, confirmedCount: 9 })).toEqual({ checkedIn: 5, expected: 9 })
  expect(countsFrom(undefined, undefined, 0, undefined)).toBeNull()
})
