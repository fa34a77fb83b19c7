import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { renderWithClient } from '../setup/render'
import { __setRouterParams, navigation, toasts } from '../setup/taro'
import TicketPage from '@/packages/events/pages/ticket/index'
import { api } from '@/api/client'
import { getTransport, setTransport } from '@/api/transport'
import type { Registration } from '@contract/events'
import { useSessionStore } from '@/stores/session'

// ics needs nanoid, whose browser build (picked under jsdom) is ESM only; its CommonJS twin is identical.
jest.mock('nanoid', () => jest.requireActual('../../node_modules/nanoid/index.browser.cjs'))

async function signUp(eventId: string): Promise<Registration> {
  const { token, user } = await api('POST /api/auth/login', { body: { role: 'sme', code: 'sme-demo-2' } })
  act(() => useSessionStore.getState().setSession(token, user))
  const { registration } = await api('POST /api/events/:id/registrations', { params: { id: eventId }, 
    body: { attendeeName: '王芳', phone: '13900001234', enterprise: { name: '江门市示例科技有限公司', uscc: '91350100M000100Y43' } },
  })
  return registration
}

function openTicket(registrationId: string) {
  __setRouterParams({ id: registrationId })
  return renderWithClient(<TicketPage />)
}

afterEach(() => {
  jest.restoreAllMocks()
})

test('should show the rotating QR and the short code, and the long ticket code nowhere on the page', async () => {
  const registration = await signUp('ev-demo-open')
  const { container } = openTicket(registration.id)
  expect(await screen.findByTestId('ticket-status')).toHaveTextContent('报名成功')
  const qr = (await screen.findByTestId('qr-image')) as HTMLImageElement
  const prefix = 'data:image/svg+xml;charset=utf-8,'
  expect(qr.getAttribute('src')?.startsWith(prefix)).toBe(true)
  expect(decodeURIComponent((qr.getAttribute('src') as string).slice(prefix.length))).toMatch(/^<svg[^>]*viewBox="0 0 \d+ \d+"/)
  const short = registration.shortCode as string
  expect(screen.getByTestId('ticket-short-code')).toHaveTextContent(`核验码 ${short.slice(0, 4)} ${short.slice(4)}`)
  expect(screen.getByTestId('ticket-short-code-hint')).toHaveTextContent('现场无法扫码时，请向工作人员出示 8 位核验码并报手机尾号')
  expect(screen.queryByTestId('ticket-code')).toBeNull()
  // Neither as text nor in any attribute (aria-label, data-*): the long code is a static pass.
  expect(container.innerHTML).not.toContain(registration.ticketCode as string)
  expect(container.textContent).not.toContain(registration.ticketCode as string)
})

test('should say the QR cannot be made, and draw no static QR, when the ticket secret is missing', async () => {
  const registration = await signUp('ev-demo-open')
  // Cached data from before tickets had secrets: the same registration without ticketSecret.
  const inner = getTransport()
  setTransport(async (req) => {
    const res = await inner(req)
    const body = res.body as { registration?: Registration }
    if (req.method === 'GET' && body?.registration) delete body.registration.ticketSecret
    return res
  })
  const { container } = openTicket(registration.id)
  expect(await screen.findByTestId('ticket-no-qr')).toHaveTextContent('暂时无法生成动态二维码')
  expect(screen.queryByTestId('qr-image')).toBeNull()
  expect(screen.getByTestId('ticket-short-code')).toBeInTheDocument()
  expect(container.innerHTML).not.toContain(registration.ticketCode as string)
})

test('should cancel after confirmation and give the seat back', async () => {
  const before = await api('GET /api/events/:id', { params: { id: 'ev-demo-open' } })
  const registration = await signUp('ev-demo-open')
  const modal = jest.spyOn(Taro, 'showModal')
  openTicket(registration.id)
  fireEvent.click(await screen.findByText('取消报名'))
  await waitFor(() => expect(toasts).toContainEqual(expect.objectContaining({ title: '已取消报名' })))
  expect(modal).toHaveBeenCalledWith(expect.objectContaining({ title: '取消报名' }))
  expect(navigation.at(-1)).toEqual({ kind: 'redirectTo', url: '/pages/event/index?id=ev-demo-open' })

  const after = await api('GET /api/events/:id', { params: { id: 'ev-demo-open' } })
  expect(after.seatsLeft).toBe(before.seatsLeft)
  expect(after.myRegistration).toBeNull()
})

test('should keep the registration when the person changes their mind', async () => {
  const registration = await signUp('ev-demo-open')
  jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: false, cancel: true, errMsg: 'showModal:ok' })
  openTicket(registration.id)
  fireEvent.click(await screen.findByText('取消报名'))
  await waitFor(() => expect(Taro.showModal).toHaveBeenCalled())
  const { registration: still } = await api('GET /api/registrations/:id', { params: { id: registration.id } })
  expect(still.status).toBe('confirmed')
  expect(toasts).toEqual([])
})

test('should show the waitlist place and no QR while waitlisted', async () => {
  const before = await api('GET /api/events/:id', { params: { id: 'ev-demo-full' } })
  const registration = await signUp('ev-demo-full')
  openTicket(registration.id)
  expect(await screen.findByTestId('ticket-status')).toHaveTextContent(`已进入候补（第 ${before.waitlistCount + 1} 位）`)
  expect(screen.queryByTestId('qr-image')).toBeNull()
  // Issue 18: a waitlisted attendee leaves the list rather than cancels a seat.
  expect(screen.getByText('退出候补')).toBeInTheDocument()
})

test('should download an .ics calendar file with the event on H5', async () => {
  const registration = await signUp('ev-demo-open')
  const blobs: Blob[] = []
  const createObjectURL = jest.fn((blob: Blob) => {
    blobs.push(blob)
    return 'blob:ics'
  })
  Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() })
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)
  openTicket(registration.id)
  fireEvent.click(await screen.findByText('添加到日历'))
  await waitFor(() => expect(toasts).toContainEqual(expect.objectContaining({ title: '已下载日历文件' })))
  // jsdom's Blob has no .text(); FileReader reads it the old way.
  const ics = await new Promise<string>((resolve) => {
    const reader = new FileReader()
    reader.onload = () => resolve(reader.result as string)
    reader.readAsText(blobs[0])
  })
  expect(ics).toContain('BEGIN:VEVENT')
  expect(ics).toContain('入场请打开电子票出示动态二维码')
  expect(ics).not.toContain(registration.ticketCode as string)
  expect(ics.replace(/\r\n /g, '')).toContain(`SUMMARY:${registration.event?.title}`)
})

test('should ask a signed-out visitor to sign in', () => {
  openTicket('r-anything')
  expect(screen.getByText('请先登录')).toBeInTheDocument()
})
