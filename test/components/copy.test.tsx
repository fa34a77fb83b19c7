import { screen } from '@testing-library/react'
import { renderWithClient } from '../setup/render'
import { signIn } from '../setup/session'
import ApplicationsPage from '@/officer/pages/applications/index'
import { amountRange, wan } from '@/features/finance/labels'
import { formatFen } from '@/utils/format'
import { formatUpdatedAt } from '@/utils/relative-time'
import { startInprocMock } from './officer-fixtures'

// Issue 16 defect 15: one way to write things — 「1,000 万元」 with its space and grouping everywhere,
// 专利号 always with ZL, 「刚刚」 not 「更新于 几秒前」.

test('should write 万元 amounts the same way in finance labels and everywhere else', () => {
  expect(`${wan(1_000_000_000)} 万元`).toBe(formatFen(1_000_000_000))
  expect(formatFen(1_000_000_000)).toBe('1,000 万元')
  expect(amountRange({ minAmountFen: 10_000_000, maxAmountFen: 5_000_000_000 })).toBe('10–5,000 万元')
  expect(formatFen(30_000_000)).toBe('30 万元')
})

test('should say 刚刚 for a change within the last minute', () => {
  const now = Date.parse('2026-03-10T12:00:00+08:00')
  expect(formatUpdatedAt(new Date(now - 5_000).toISOString(), now)).toBe('刚刚')
})

test('should give every 专利号 its ZL prefix in the officer console', async () => {
  startInprocMock()
  await signIn('officer')
  renderWithClient(<ApplicationsPage />)
  const rows = await screen.findAllByTestId('officer-application')
  const withNumber = rows.filter((r) => r.textContent?.includes('专利号'))
  expect(withNumber.length).toBeGreaterThan(0)
  for (const r of withNumber) expect(r.textContent).toMatch(/专利号 ZL\d{8,12}\.[\dX]/)
})
