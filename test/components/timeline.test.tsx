import { render, screen } from '@testing-library/react'
import { Timeline } from '@/features/tracking/components/timeline'

const ITEMS = [
  { status: 'submitted', statusLabel: '已提交', at: '2026-03-01T09:00:00+08:00', note: '已提交开放许可实施通知' },
  { status: 'notified', statusLabel: '已通知专利权人', at: '2026-03-02T10:30:00+08:00', note: '<img src=x onerror=alert(1)>已书面通知专利权人' },
  { status: 'paid', statusLabel: '已付费', at: '2026-03-05T16:45:00+08:00', note: '已付费' },
]

test('should list every status change latest first, each with its time', () => {
  render(<Timeline items={ITEMS} />)
  const rows = screen.getAllByTestId('timeline-item')
  expect(rows.map((r) => r.querySelector('.timeline__status')?.textContent)).toEqual(['已付费', '已通知专利权人', '已提交'])
  // Shown in the phone's time zone (Jest runs in UTC), so only the day and minutes are fixed here.
  expect(rows[0]).toHaveTextContent(/2026-03-05 \d\d:45/)
  expect(rows[2]).toHaveTextContent(/2026-03-01 \d\d:00/)
  expect(rows[0]).toHaveClass('timeline__item--current')
  expect(rows[1]).not.toHaveClass('timeline__item--current')
})

test('should show an officer’s note as literal text, never as markup', () => {
  const { container } = render(<Timeline items={ITEMS} />)
  expect(screen.getByText('<img src=x onerror=alert(1)>已书面通知专利权人')).toBeInTheDocument()
  expect(container.querySelector('img')).toBeNull()
})

test('should not repeat a note that only restates the status', () => {
  render(<Timeline items={ITEMS} />)
  expect(screen.getAllByText('已付费')).toHaveLength(1)
})
