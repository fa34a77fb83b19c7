/** @jest-environment node */
// GET /api/events/:id/registrations.csv: bytes, headers and content as Excel and a CSV parser see them.

import Papa from 'papaparse'
import { toCsv } from '@mock/domain/csv'
import { addAttendees, checkinEventBody, officerServerForFile, tokenFor } from './officer-fixtures'

const env = officerServerForFile(Date.UTC(2026, 5, 1, 2, 0, 0))
const { call, clock } = env

async function download(eventId: string, token = env.officer): Promise<{ res: Response; bytes: Uint8Array; text: string }> {
  const res = await fetch(`${env.srv.base}/api/events/${eventId}/registrations.csv`, { headers: { authorization: `Bearer ${token}` } })
  const bytes = new Uint8Array(await res.arrayBuffer())
  return { res, bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) }
}

test('should export every registration as UTF-8 CSV with a BOM, Chinese headers and safe quoting', async () => {
  const created = await call('/api/events', { token: env.officer, body: checkinEventBody(clock.now(), { capacity: 2 }) })
  const eventId: string = created.body.event.id
  const ctx = env.srv.server.mock
  const [a, b, c] = addAttendees(ctx, eventId, 3)
  // Awkward but possible data: commas, quotes, a line break, and text a spreadsheet would run as a formula.
  ctx.db.registrations.update(a.id, { enterprise: { name: '泸州"老窖",科技\n有限公司', uscc: a.enterprise.uscc } })
  ctx.db.registrations.update(b.id, { attendeeName: '=HYPERLINK("http://x","点我")' })
  ctx.db.registrations.update(c.id, { attendeeName: '@SUM(A1)' })
  await call('/api/checkins', { token: env.officer, body: { items: [{ ticketCode: a.ticketCode, eventId, scannedAt: created.body.event.createdAt, deviceId: 'gate-1' }] } })

  const { res, bytes, text } = await download(eventId)
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
  expect(res.headers.get('content-disposition')).toBe(`attachment; filename="registrations-${eventId}.csv"`)
  expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf])
  expect(text.charCodeAt(0)).toBe(0xfeff)

  const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true })
  expect(parsed.errors).toEqual([])
  const [header, ...rows] = parsed.data
  expect(header).toEqual(['姓名', '手机号', '企业名称', '统一社会信用代码', '状态', '报名时间', '签到时间', '票码'])
  expect(rows).toHaveLength(3)
  expect(rows[0]).toEqual([a.attendeeName, a.phone, '泸州"老窖",科技\n有限公司', '91350100M000100Y43', '已签到', '2026-06-01 10:00', '2026-06-01 10:00', a.ticketCode])
  expect(rows[1][0]).toBe('\'=HYPERLINK("http://x","点我")')
  expect(rows[1][4]).toBe('报名成功')
  // Waitlisted: no seat, so no ticket code and no check-in time.
  expect(rows[2]).toEqual(["'@SUM(A1)", c.phone, c.enterprise.name, c.enterprise.uscc, '候补中', '2026-06-01 10:00', '', ''])
  // RFC 4180 on the wire: CRLF records, embedded quotes doubled inside a quoted field.
  expect(text).toContain('"泸州""老窖"",科技\n有限公司"')
  expect(text.split('\r\n')[0]).toBe('\ufeff姓名,手机号,企业名称,统一社会信用代码,状态,报名时间,签到时间,票码')
})

test('should answer 404 for an unknown event and 403 for an SME, as JSON', async () => {
  const missing = await download('ev-missing')
  expect(missing.res.status).toBe(404)
  expect(JSON.parse(missing.text).error.code).toBe('NOT_FOUND')
  const sme = await tokenFor(call, 'sme')
  expect((await download('ev-missing', sme)).res.status).toBe(403)
})

describe('toCsv', () => {
  test.each([
    ['plain', 'abc', 'abc'],
    ['comma', 'a,b', '"a,b"'],
    ['quote', 'say "hi"', '"say ""hi"""'],
    ['newline', 'a\nb', '"a\nb"'],
    ['carriage return', 'a\rb', '"a\rb"'],
    ['formula =', '=1+1', "'=1+1"],
    ['formula +', '+86 138', "'+86 138"],
    ['formula -', '-2', "'-2"],
    ['formula @', '@cmd', "'@cmd"],
    ['formula with comma', '=A1,B1', '"\'=A1,B1"'],
    ['empty', '', ''],
  ])('should write a %s cell as Excel reads it back', (_name, value, cell) => {
    expect(toCsv(['h'], [[value]])).toBe(`\ufeffh\r\n${cell}\r\n`)
  })

  test('should write numbers as they are and null as an empty cell', () => {
    expect(toCsv(['a', 'b', 'c'], [[12, null, undefined]])).toBe('\ufeffa,b,c\r\n12,,\r\n')
  })
})
