import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import { __setRouterParams } from '../setup/taro'
import { renderWithClient } from '../setup/render'
import CheckinPage from '@/officer/pages/checkin/index'
import { postCheckins } from '@/officer/features/checkin/api'
import { useCheckinQueue } from '@/stores/checkin-queue'
import { addAttendees } from '../api/officer-fixtures'
import { createEventAsOfficer, setServerDown, startInprocMock } from './officer-fixtures'
import { signIn } from '../setup/session'

let online = true
beforeAll(() => {
  Object.defineProperty(window.navigator, 'onLine', { configurable: true, get: () => online })
})
afterEach(() => {
  online = true
})

function setOnline(value: boolean) {
  online = value
  act(() => {
    window.dispatchEvent(new Event(value ? 'online' : 'offline'))
  })
}

async function scanManually(code: string) {
  const input = document.querySelector('input[name="ticketCode"]') as HTMLInputElement
  fireEvent.change(input, { target: { value: code } })
  fireEvent.click(screen.getByText('提交票码'))
  // The desk clears the field once the scan has been answered (online or queued).
  await waitFor(() => expect(input.value).toBe(''))
}

async function openDesk(seats = 2) {
  const ctx = startInprocMock()
  await signIn('officer')
  const event = await createEventAsOfficer({ title: '签到台测试活动' })
  const regs = addAttendees(ctx, event.id, seats, '来宾')
  __setRouterParams({ eventId: event.id })
  renderWithClient(<CheckinPage />)
  await waitFor(() => expect(screen.getByTestId('checkin-count')).toHaveTextContent(`已签到 0 / 应到 ${seats}`))
  return { ctx, event, regs }
}

test('should check a ticket in online with big feedback, catch a second scan and an invalid code, and undo within 30 s', async () => {
  const { ctx, regs } = await openDesk()
  await scanManually(regs[0].ticketCode!)
  const result = await screen.findByTestId('checkin-result')
  await waitFor(() => expect(result).toHaveTextContent('签到成功'))
  expect(result).toHaveTextContent('来宾1')
  expect(result).toHaveTextContent(regs[0].enterprise.name)
  await waitFor(() => expect(screen.getByTestId('checkin-count')).toHaveTextContent('已签到 1 / 应到 2'))

  await scanManually(regs[0].ticketCode!)
  await waitFor(() => expect(screen.getByTestId('checkin-result')).toHaveTextContent('已签到'))
  expect(screen.getByTestId('checkin-result')).toHaveTextContent('首次签到')

  await scanManually('https://example.com/not a ticket')
  await waitFor(() => expect(screen.getByTestId('checkin-result')).toHaveTextContent('无效票'))

  await scanManually(regs[1].ticketCode!)
  await waitFor(() => expect(screen.getByTestId('checkin-result')).toHaveTextContent('签到成功'))
  fireEvent.click(screen.getByText(/^撤销（\d+ 秒）$/))
  await waitFor(() => expect(screen.getByTestId('checkin-result')).toHaveTextContent('已撤销签到'))
  expect(ctx.db.registrations.get(regs[1].id)?.status).toBe('confirmed')
  await waitFor(() => expect(screen.getByTestId('checkin-count')).toHaveTextContent('已签到 1 / 应到 2'))
})

test('should check in offline against the downloaded roster, show 待同步 and sync when the network is back', async () => {
  const { ctx, regs } = await openDesk()
  fireEvent.click(screen.getByText('下载名单'))
  expect(await screen.findByText(/已下载名单：2 张票/)).toBeInTheDocument()

  setOnline(false)
  expect(await screen.findByText('离线')).toBeInTheDocument()
  await scanManually(regs[0].ticketCode!)
  await waitFor(() => expect(screen.getByTestId('checkin-result')).toHaveTextContent('签到成功'))
  expect(screen.getByTestId('checkin-result')).toHaveTextContent('离线判断')
  expect(screen.getByTestId('pending-sync')).toHaveTextContent('待同步 1')
  expect(screen.getByTestId('checkin-count')).toHaveTextContent('已签到 1 / 应到 2')
  await scanManually(regs[0].ticketCode!)
  await waitFor(() => expect(screen.getByTestId('checkin-result')).toHaveTextContent('已签到'))
  expect(ctx.db.registrations.get(regs[0].id)?.status).toBe('confirmed')

  setOnline(true)
  await waitFor(() => expect(screen.queryByTestId('pending-sync')).toBeNull())
  expect(ctx.db.registrations.get(regs[0].id)?.status).toBe('checked_in')
  expect(useCheckinQueue.getState().queue).toEqual([])
  await waitFor(() => expect(screen.getByTestId('checkin-count')).toHaveTextContent('已签到 1 / 应到 2'))
  expect(screen.queryByTestId('sync-conflicts')).toBeNull()
})

test('should fall back to the offline queue when the server cannot be reached, and report a conflict after syncing', async () => {
  const { event, regs } = await openDesk()
  fireEvent.click(screen.getByText('下载名单'))
  await screen.findByText(/已下载名单/)

  setServerDown(true)
  await scanManually(regs[1].ticketCode!)
  await waitFor(() => expect(screen.getByTestId('checkin-result')).toHaveTextContent('离线判断'))
  expect(screen.getByTestId('pending-sync')).toHaveTextContent('待同步 1')

  // Meanwhile another gate, still online, checks the same attendee in first.
  setServerDown(false)
  const [other] = await postCheckins([{ ticketCode: regs[1].ticketCode!, eventId: event.id, scannedAt: new Date(Date.now() - 60_000).toISOString(), deviceId: 'gate-2' }])
  expect(other.result).toBe('ok')

  fireEvent.click(screen.getByText('立即同步（1）'))
  const conflicts = await screen.findByTestId('sync-conflicts')
  expect(conflicts).toHaveTextContent('来宾2')
  expect(conflicts).toHaveTextContent('本机：签到成功 → 服务器：已签到')
  expect(screen.queryByTestId('pending-sync')).toBeNull()
  fireEvent.click(screen.getByText('已核对，清除'))
  expect(screen.queryByTestId('sync-conflicts')).toBeNull()
})
