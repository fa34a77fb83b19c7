import { fireEvent, screen, waitFor } from '@testing-library/react'
import { renderWithClient } from '../setup/render'
import { RegionField } from '@/shared/catalog/components/catalog-fields'
import { PatentCard } from '@/features/patents/components/patent-card'
import { PatentMatchCard, EventMatchCard } from '@/features/needs/components/match-list'
import { api } from '@/api/client'

test('should pick any GB/T 2260 city in the H5 cascader, which loads when opened', async () => {
  const picked: string[] = []
  renderWithClient(<RegionField name='region' label='所在地区' value='' onChange={(code) => picked.push(code)} />)
  fireEvent.click(screen.getByRole('radio', { name: '江门' }))
  expect(picked).toEqual(['440700'])
  fireEvent.click(screen.getByTestId('region-picker'))
  fireEvent.click(await screen.findByRole('option', { name: '广东省' }))
  fireEvent.click(await screen.findByRole('option', { name: '佛山市' }))
  expect(picked).toEqual(['440700', '440600'])
  // A municipality is its own city: picked at once.
  fireEvent.click(screen.getByTestId('region-picker'))
  fireEvent.click(await screen.findByRole('option', { name: '重庆市' }))
  expect(picked).toEqual(['440700', '440600', '500000'])
})

test('should show a city that is not a quick pick by its name once chosen', async () => {
  renderWithClient(<RegionField name='region' label='所在地区' value='440200' onChange={() => undefined} />)
  expect(await screen.findByRole('radio', { name: '韶关市' })).toHaveAttribute('aria-checked', 'true')
  expect(screen.getByText('广东省韶关市（更改）')).toBeInTheDocument()
})

test('should name industry and city on cards, and the royalty basis with every rate', async () => {
  const list = await api('GET /api/patents', { query: { feeMode: 'royalty', pageSize: 5 } })
  const profit = list.items.find((p) => p.royaltyBasis === 'profit') ?? list.items[0]
  const { container } = renderWithClient(<PatentCard patent={profit} />)
  await waitFor(() => expect(container.textContent).toMatch(/市/))
  expect(container.textContent).toContain(profit.royaltyBasis === 'profit' ? '提成 按利润' : '提成 按销售额')
  expect(container.textContent).not.toContain(profit.region)
  expect(container.textContent).not.toMatch(/\b[A-T]\d{2}\b/)
})

test('should name cities on match cards, never the code', async () => {
  const p = (await api('GET /api/patents', { query: { region: '500000', pageSize: 1 } })).items[0]
  const event = { id: 'ev-x', kind: 'matchmaking' as const, title: '重庆对接会', organizer: '主办', venue: '会场', city: '500000', startsAt: '2026-12-20T09:00:00+08:00', endsAt: '2026-12-20T12:00:00+08:00', signupOpensAt: '2026-12-01T09:00:00+08:00', signupClosesAt: '2026-12-19T18:00:00+08:00', industries: ['C38'] }
  const { container } = renderWithClient(
    <>
      <PatentMatchCard match={{ patent: p, score: 80, reasons: ['同一行业'] }} />
      <EventMatchCard match={{ event, reasons: ['同一行业'] }} />
    </>,
  )
  await waitFor(() => expect(container.textContent).toContain('重庆市'))
  expect(container.textContent).not.toContain('500000')
})
