import { formatDate, formatDateTime, formatFen, formatPercent } from '@/utils/format'
import { eventIdFromParams } from '@/features/events/event-id'
import { eventTimeRange } from '@/features/events/labels'
import { formatUpdatedAt } from '@/utils/relative-time'
import { feeSummary } from '@/features/patents/labels'
import { toApiError, errorMessage, ApiError } from '@/api/error'
import { buildQuery } from '@/api/client'

test.each([
  [0, '0 元'],
  [50, '0.5 元'],
  [300000, '3,000 元'],
  [999999, '9,999.99 元'],
  [-12345, '-123.45 元'],
  [12345, '123.45 元'],
  [99999900, '99.9999 万元'],
  [100000000, '100 万元'],
  [12500000, '12.5 万元'],
  [1000000, '1 万元'],
])('should show %i fen as %s', (fen, text) => {
  expect(formatFen(fen)).toBe(text)
})

// jest.config.js runs the suite in America/Los_Angeles.
test('should show every time as Beijing wall-clock time, YYYY-MM-DD HH:mm, on a phone set elsewhere', () => {
  expect(new Date('2026-03-01T09:05:00+08:00').getTimezoneOffset()).not.toBe(-480)
  expect(formatDateTime('2026-03-01T09:05:00+08:00')).toBe('2026-03-01 09:05')
  expect(formatDateTime('2026-03-01T00:30:00+08:00')).toBe('2026-03-01 00:30')
  expect(formatDateTime('2026-02-28T17:00:00Z')).toBe('2026-03-01 01:00')
  expect(formatDate('2026-03-01T00:30:00+08:00')).toBe('2026-03-01')
  expect(formatDate('2026-03-01')).toBe('2026-03-01')
  expect(eventTimeRange('2026-03-01T09:00:00+08:00', '2026-03-01T17:30:00+08:00')).toBe('2026-03-01 09:00–17:30')
  expect(eventTimeRange('2026-03-01T23:00:00+08:00', '2026-03-02T01:00:00+08:00')).toBe('2026-03-01 23:00–2026-03-02 01:00')
  expect(formatUpdatedAt('2026-01-01T08:00:00+08:00', Date.parse('2026-03-01T00:00:00+08:00'))).toBe('2026-01-01 08:00')
})

test('should show nothing but a dash for a missing date, and rates as percentages', () => {
  expect(formatDate(undefined)).toBe('—')
  expect(formatDateTime(null)).toBe('—')
  expect(formatPercent(0.035)).toBe('3.5%')
})

test('should read an event id from ?id= or from a URL-encoded ?scene=', () => {
  expect(eventIdFromParams({ id: 'ev-2026-jm-01' })).toBe('ev-2026-jm-01')
  expect(eventIdFromParams({ scene: 'ev-2026-jm-01' })).toBe('ev-2026-jm-01')
  expect(eventIdFromParams({ scene: encodeURIComponent('ev_2026~jm.01') })).toBe('ev_2026~jm.01')
  expect(eventIdFromParams({ scene: encodeURIComponent(encodeURIComponent('ev_2026~jm.01')) })).toBe('ev_2026~jm.01')
  expect(eventIdFromParams({})).toBe('')
})

test('should summarise each fee mode in one line', () => {
  expect(feeSummary({ feeMode: 'lump_sum', lumpSumFen: 5000000 })).toBe('一次性 5 万元')
  expect(feeSummary({ feeMode: 'royalty', royaltyRate: 0.03 })).toBe('提成 按销售额 3%')
  expect(feeSummary({ feeMode: 'royalty', royaltyRate: 0.25, royaltyBasis: 'profit' })).toBe('提成 按利润 25%')
  expect(feeSummary({ feeMode: 'entry_plus_royalty', entryFeeFen: 2000000, royaltyRate: 0.025 })).toBe('入门费 2 万元 + 提成 按销售额 2.5%')
})

test('should turn an error envelope into an ApiError with Chinese message and fields', () => {
  const e = toApiError(400, { error: { code: 'VALIDATION_FAILED', message: '提交内容有误', fields: { uscc: '统一社会信用代码校验位错误' } } })
  expect(e).toBeInstanceOf(ApiError)
  expect(e.code).toBe('VALIDATION_FAILED')
  expect(e.fields.uscc).toContain('校验位错误')
  expect(toApiError(502, '<html>bad gateway</html>').message).toBe('服务暂时不可用，请稍后重试')
  expect(errorMessage(new TypeError('fetch failed'))).toBe('网络异常，请检查网络后重试')
})

test('should encode query values and drop empty ones', () => {
  expect(buildQuery({ q: '储能 电池', type: 'invention', region: '', page: 2, x: undefined })).toBe('?q=%E5%82%A8%E8%83%BD%20%E7%94%B5%E6%B1%A0&type=invention&page=2')
  expect(buildQuery({})).toBe('')
})
