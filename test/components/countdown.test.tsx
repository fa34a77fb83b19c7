import { render, screen } from '@testing-library/react'
import { FilingCountdownCard } from '@/features/tracking/components/filing-countdown-card'

const NOW = Date.parse('2026-03-10T10:00:00+08:00')

test('should turn the 备案 countdown red with 10 days left', () => {
  render(<FilingCountdownCard deadline='2026-03-20T15:00:00+08:00' nowMs={NOW} />)
  const card = screen.getByTestId('filing-countdown')
  expect(card).toHaveTextContent('备案倒计时')
  expect(card).toHaveTextContent('剩余 10 天')
  expect(card).toHaveTextContent('截止 2026-03-20')
  expect(card).toHaveClass('countdown--urgent')
})

test('should stay calm with exactly 14 days left and turn red at 13', () => {
  const { rerender } = render(<FilingCountdownCard deadline='2026-03-24T09:00:00+08:00' nowMs={NOW} />)
  expect(screen.getByTestId('filing-countdown')).toHaveTextContent('剩余 14 天')
  expect(screen.getByTestId('filing-countdown')).not.toHaveClass('countdown--urgent')
  rerender(<FilingCountdownCard deadline='2026-03-23T09:00:00+08:00' nowMs={NOW} />)
  expect(screen.getByTestId('filing-countdown')).toHaveTextContent('剩余 13 天')
  expect(screen.getByTestId('filing-countdown')).toHaveClass('countdown--urgent')
})

test('should say so on the last day and once overdue', () => {
  const { rerender } = render(<FilingCountdownCard deadline='2026-03-10T23:00:00+08:00' nowMs={NOW} />)
  expect(screen.getByTestId('filing-countdown')).toHaveTextContent('今天截止')
  rerender(<FilingCountdownCard deadline='2026-03-07T09:00:00+08:00' nowMs={NOW} />)
  expect(screen.getByTestId('filing-countdown')).toHaveTextContent('已逾期 3 天')
  expect(screen.getByTestId('filing-countdown')).toHaveClass('countdown--urgent')
})
