import { fireEvent, screen } from '@testing-library/react'
import { renderWithClient } from '../setup/render'
import { signInWithProfile } from '../setup/session'
import { __setRouterParams, navigation, subscribeRequests } from '../setup/taro'
import EventPage from '@/pages/event/index'
import { api } from '@/api/client'

// The mini-program implementation, so the test sees what WeChat would: jest's Taro stand-in records
// every requestSubscribeMessage call.
jest.mock('@/platform/subscribe', () => jest.requireActual('@/platform/subscribe.weapp'))

beforeEach(() => {
  subscribeRequests.length = 0
})

test('should open the same event from a URL-encoded mini-program ?scene=', async () => {
  const open = await api('GET /api/events/:id', { params: { id: 'ev-demo-open' } })
  __setRouterParams({ scene: encodeURIComponent(encodeURIComponent('ev-demo-open')) })
  renderWithClient(<EventPage />)
  expect(await screen.findByText(open.title)).toBeInTheDocument()
  expect(screen.getByTestId('event-seats')).toHaveTextContent(`剩余 ${open.seatsLeft} 席`)
  expect(screen.getByText(`${open.cityLabel} · ${open.venue}`)).toBeInTheDocument()
  expect(screen.getAllByText(open.organizer).length).toBeGreaterThan(0)
  for (const item of open.agenda) expect(screen.getAllByText(item.title).length).toBeGreaterThan(0)
})

test('should ask for subscribe messages inside the 立即报名 tap, before anything is awaited', async () => {
  await signInWithProfile()
  __setRouterParams({ id: 'ev-demo-open' })
  renderWithClient(<EventPage />)
  const button = await screen.findByText('立即报名')
  fireEvent.click(button)
  // Checked synchronously: no promise has had a chance to settle since the tap.
  expect(subscribeRequests).toEqual([{ tmplIds: ['tmpl-test'] }])
  expect(navigation.at(-1)).toEqual({ kind: 'navigateTo', url: '/packages/events/pages/signup/index?id=ev-demo-open' })
})

test('should send a signed-out visitor to 我的 instead of the form', async () => {
  __setRouterParams({ id: 'ev-demo-open' })
  renderWithClient(<EventPage />)
  fireEvent.click(await screen.findByText('立即报名'))
  expect(navigation.at(-1)).toEqual({ kind: 'switchTab', url: '/pages/me/index' })
  expect(subscribeRequests).toEqual([])
})

test('should offer the waitlist on a full event and list the banks of a financing event', async () => {
  __setRouterParams({ id: 'ev-demo-full' })
  const { unmount } = renderWithClient(<EventPage />)
  expect(await screen.findByTestId('event-seats')).toHaveTextContent('已满，可候补')
  expect(screen.getByText('报名候补')).toBeInTheDocument()
  unmount()

  const finance = await api('GET /api/events/:id', { params: { id: 'ev-demo-finance' } })
  __setRouterParams({ id: 'ev-demo-finance' })
  renderWithClient(<EventPage />)
  expect(await screen.findByText('参与银行')).toBeInTheDocument()
  for (const bank of finance.banks ?? []) expect(screen.getByText(bank)).toBeInTheDocument()
  expect(finance.banks?.length).toBeGreaterThan(0)
})

test('should show my registration and its ticket instead of 立即报名 once signed up', async () => {
  await signInWithProfile()
  const { registration } = await api('POST /api/events/:id/registrations', { params: { id: 'ev-demo-open' }, 
    body: { attendeeName: '王芳', phone: '13900001234', enterprise: { name: '江门市示例科技有限公司', uscc: '91350100M000100Y43' } },
  })
  __setRouterParams({ id: 'ev-demo-open' })
  renderWithClient(<EventPage />)
  expect(await screen.findByTestId('my-registration')).toHaveTextContent('我的报名：报名成功')
  expect(screen.queryByText('立即报名')).toBeNull()
  fireEvent.click(screen.getByText('查看电子票'))
  expect(navigation.at(-1)?.url).toBe(`/packages/events/pages/ticket/index?id=${registration.id}`)
})

test('should say why sign-up is closed on an ended event', async () => {
  __setRouterParams({ id: 'ev-demo-ended' })
  renderWithClient(<EventPage />)
  expect(await screen.findByTestId('event-seats')).toHaveTextContent('已结束')
  expect(screen.getByText('活动已结束')).toBeInTheDocument()
  expect(screen.queryByText('立即报名')).toBeNull()
})
