import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { renderWithClient } from '../setup/render'
import { navigation } from '../setup/taro'
import EventsPage from '@/pages/events/index'
import { api } from '@/api/client'
import { getTransport, setTransport } from '@/api/transport'

async function cards() {
  await waitFor(() => expect(screen.queryByTestId('skeleton')).toBeNull())
  return screen.findAllByTestId('event-card')
}

function chip(group: string, label: string) {
  return within(screen.getByRole('radiogroup', { name: group })).getByRole('radio', { name: label })
}

test('should show 剩余 N 席 with the live seat count on open events', async () => {
  const open = await api('GET /api/events/:id', { params: { id: 'ev-demo-open' } })
  renderWithClient(<EventsPage />)
  await cards()
  fireEvent.click(chip('城市', '江门'))
  fireEvent.click(chip('状态', '报名中'))
  await waitFor(() => expect(screen.getByText(open.title)).toBeInTheDocument())
  const card = screen.getByText(open.title).closest('[data-testid="event-card"]') as HTMLElement
  expect(within(card).getByTestId('event-seats')).toHaveTextContent(`剩余 ${open.seatsLeft} 席`)
  for (const c of await cards()) expect(within(c).getByTestId('event-seats').textContent).toMatch(/^剩余 [1-9]\d* 席$/)
})

test('should say 已满，可候补 on full events that keep a waitlist and 已满 on those that do not', async () => {
  const full = await api('GET /api/events/:id', { params: { id: 'ev-demo-full' } })
  const noWait = await api('GET /api/events/:id', { params: { id: 'ev-demo-nowait' } })
  renderWithClient(<EventsPage />)
  await cards()
  fireEvent.click(chip('状态', '已满'))
  await waitFor(() => expect(screen.getByText(full.title)).toBeInTheDocument())
  const seatsOf = (title: string) => within(screen.getByText(title).closest('[data-testid="event-card"]') as HTMLElement).getByTestId('event-seats')
  expect(seatsOf(full.title)).toHaveTextContent('已满，可候补')
  expect(seatsOf(noWait.title)).toHaveTextContent(/^已满$/)
})

test('should switch to 入园惠企 financing events and link to the products', async () => {
  renderWithClient(<EventsPage />)
  await cards()
  fireEvent.click(screen.getByRole('tab', { name: '入园惠企' }))
  await waitFor(() => expect(screen.getByRole('tab', { name: '入园惠企' })).toHaveAttribute('aria-selected', 'true'))
  await waitFor(() => screen.getAllByTestId('event-card').forEach((c) => expect(c).toHaveTextContent('入园惠企')))
  fireEvent.click(screen.getByText('查看融资产品 ›'))
  expect(navigation.at(-1)?.url).toBe('/packages/finance/pages/products/index')
})

test('should open the event page from a card', async () => {
  const open = await api('GET /api/events/:id', { params: { id: 'ev-demo-open' } })
  renderWithClient(<EventsPage />)
  await cards()
  fireEvent.click(chip('城市', '江门'))
  fireEvent.click(await screen.findByText(open.title))
  expect(navigation.at(-1)).toEqual({ kind: 'navigateTo', url: '/pages/event/index?id=ev-demo-open' })
})

test('should offer 重试 when loading fails and recover', async () => {
  const real = getTransport()
  let fail = true
  setTransport((req) => (fail ? Promise.resolve({ status: 500, body: { error: { code: 'INTERNAL', message: '服务暂时不可用，请稍后重试' } } }) : real(req)))
  renderWithClient(<EventsPage />)
  expect(await screen.findByText('加载失败')).toBeInTheDocument()
  fail = false
  fireEvent.click(screen.getByText('重试'))
  expect((await cards()).length).toBeGreaterThan(0)
})

test('should explain an empty result and clear the filters', async () => {
  renderWithClient(<EventsPage />)
  await cards()
  // The seed holds no events in 合肥.
  fireEvent.click(chip('城市', '合肥'))
  expect(await screen.findByText('暂无活动')).toBeInTheDocument()
  fireEvent.click(screen.getByText('清除筛选'))
  expect((await cards()).length).toBeGreaterThan(0)
})
