import { toIcs } from '@/platform/calendar'

// ics needs nanoid, whose browser build (picked under jsdom) is ESM only; its CommonJS twin is identical.
jest.mock('nanoid', () => jest.requireActual('../../../node_modules/nanoid/index.browser.cjs'))

test('should write a calendar entry in UTC with the event, place and a reminder', () => {
  const ics = toIcs({
    uid: 'huiqi-r-1',
    title: '江门市新能源产业专利供需对接会',
    startsAt: '2026-03-01T09:00:00+08:00',
    endsAt: '2026-03-01T17:30:00+08:00',
    location: '江门 会展中心',
    description: '电子票号：abc',
  })
  const unfolded = ics.replace(/\r\n[ \t]/g, '')
  expect(unfolded).toContain('UID:huiqi-r-1')
  expect(unfolded).toContain('DTSTART:20260301T010000Z')
  expect(unfolded).toContain('DTEND:20260301T093000Z')
  expect(unfolded).toContain('SUMMARY:江门市新能源产业专利供需对接会')
  expect(unfolded).toContain('LOCATION:江门 会展中心')
  expect(unfolded).toContain('BEGIN:VALARM')
})
