import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import { __setRouterParams } from '../setup/taro'
import { renderWithClient } from '../setup/render'
import CheckinPage from '@/officer/pages/checkin/index'
import { postCheckins } from '@/features/checkin/api'
import { useCheckinQueue } from '@/stores/checkin-queue'
import { deriveTicketSecret, dynamicQrText } from '@/utils/ticket-qr'
import { eventTicketKey, shortCodeOf } from '../../mock/domain/tickets'
import type { RegistrationRow } from '../../mock/db'
import { addAttendees } from '../api/officer-fixtures'
import { createEventAsOfficer, setServerDown, startInprocMock } from './officer-fixtures'
import { signIn } from '../setup/session'

// The mini-program's scanner stands in for a scan: it hands over the text the QR holds.
const scanned: string[] = []
jest.mock('@/platform/scan', () => ({
  SCAN_KIND: 'system',
  cameraSupported: () => false,
  scanWithSystem: async () => scanned.shift() ?? null,
  startCameraScan: async () => ({ stop() {} }),
}))

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

/** What the attendee's ticket page shows in its QR right now. */
function liveQr(reg: RegistrationRow): string {
  return dynamicQrText(deriveTicketSecret(eventTicketKey(reg.eventId), reg.ticketCode!), reg.ticketCode!, Date.now())
}

async function scan(text: string) {
  const before = screen.queryByTestId('checkin-result')?.getAttribute('data-seq') ?? ''
  scanned.push(text)
  fireEvent.click(screen.getByText('扫码签到'))
  await waitFor(() => expect(scanned).toEqual([]))
  return before
}

async function scanTicket(reg: RegistrationRow) {
  const before = await scan(liveQr(reg))
  // Each answer is a new result panel (its sequence number changes), even for the same outcome.
  await waitFor(() => expect(screen.getByTestId('checkin-result').getAttribute('data-seq')).not.toBe(before))
}

function typeIn(name: 'shortCode' | 'phoneLast4', value: string) {
  fireEvent.change(document.querySelector(`input[name="${name}"]`) as HTMLInputElement, { target: { value } })
}

async function enterShortCode(code: string, digits: string) {
  typeIn('shortCode', code)
  typeIn('phoneLast4', digits)
  fireEvent.click(screen.getByText('核验签到'))
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

test('should check a scanned ticket QR in online with big feedback, catch a second scan and an invalid code, and undo within 30 s', async () => {
  const { ctx, regs } = await openDesk()
  await scanTicket(regs[0])
  const result = screen.getByTestId('checkin-result')
  expect(result).toHaveTextContent('签到成功')
  expect(result).toHaveTextContent('来宾1')
  expect(result).toHaveTextContent(regs[0].enterprise.name)
  await waitFor(() => expect(screen.getByTestId('checkin-count')).toHaveTextContent('已签到 1 / 应到 2'))

  await scanTicket(regs[0])
  expect(screen.getByTestId('checkin-result')).toHaveTextContent('已签到')
  expect(screen.getByTestId('checkin-result')).toHaveTextContent('首次签到')

  await scan('https://example.com/not a ticket')
  await waitFor(() => expect(screen.getByTestId('checkin-result')).toHaveTextContent('无效票'))

  await scanTicket(regs[1])
  expect(screen.getByTestId('checkin-result')).toHaveTextContent('签到成功')
  fireEvent.click(screen.getByText(/^撤销（\d+ 秒）$/))
  await waitFor(() => expect(screen.getByTestId('checkin-result')).toHaveTextContent('已撤销签到'))
  expect(ctx.db.registrations.get(regs[1].id)?.status).toBe('confirmed')
  await waitFor(() => expect(screen.getByTestId('checkin-count')).toHaveTextContent('已签到 1 / 应到 2'))
})

test('should refuse a scanned QR of the bare ticket code (a forwarded code or an old static ticket)', async () => {
  const { ctx, regs } = await openDesk()
  await scan(regs[0].ticketCode!)
  expect(await screen.findByRole('alert')).toHaveTextContent('这不是电子票的动态二维码（可能是截图或转发的票号），请参会人打开电子票出示实时二维码')
  expect(screen.queryByTestId('checkin-result')).toBeNull()
  expect(ctx.db.registrations.get(regs[0].id)?.status).toBe('confirmed')
})

test('should accept at the manual desk only the short code with the phone last 4, refusing a typed long code or QR text', async () => {
  const { ctx, regs } = await openDesk()
  const reg = regs[0]
  const short = shortCodeOf(reg)!
  const alert = () => screen.getByRole('alert')

  await enterShortCode(reg.ticketCode!, reg.phone.slice(-4))
  await waitFor(() => expect(alert()).toHaveTextContent('不能手动输入电子票号。请扫描电子票二维码，或输入 8 位核验码和手机尾号'))
  await enterShortCode(liveQr(reg), reg.phone.slice(-4))
  await waitFor(() => expect(alert()).toHaveTextContent('二维码内容不能手动输入。请扫描电子票二维码，或输入 8 位核验码和手机尾号'))
  await enterShortCode('', '')
  await waitFor(() => expect(alert()).toHaveTextContent('请输入电子票上的 8 位核验码'))
  await enterShortCode(short.slice(0, 7), reg.phone.slice(-4))
  await waitFor(() => expect(alert()).toHaveTextContent('核验码应为 8 位字母或数字（在电子票二维码下方），请核对'))
  await enterShortCode(short.toLowerCase(), '')
  await waitFor(() => expect(alert()).toHaveTextContent('请输入参会人手机号后四位'))
  await enterShortCode(short.toLowerCase(), '12')
  await waitFor(() => expect(alert()).toHaveTextContent('手机尾号应为 4 位数字'))
  expect(screen.queryByTestId('checkin-result')).toBeNull()
  expect(ctx.db.registrations.get(reg.id)?.status).toBe('confirmed')

  const wrong = reg.phone.slice(-4) === '0000' ? '1111' : '0000'
  await enterShortCode(short.toLowerCase(), wrong)
  const result = await screen.findByTestId('checkin-result')
  expect(result).toHaveTextContent('无效票')
  expect(result).toHaveTextContent('核验码或手机尾号不符，请核对后重新输入')
  expect(ctx.db.registrations.get(reg.id)?.status).toBe('confirmed')

  await enterShortCode(`${short.slice(0, 4)} ${short.slice(4)}`.toLowerCase(), reg.phone.slice(-4))
  await waitFor(() => expect(screen.getByTestId('checkin-result')).toHaveTextContent('签到成功'))
  expect(screen.getByTestId('checkin-result')).toHaveTextContent('来宾1')
  expect(screen.queryByRole('alert')).toBeNull()
  expect((document.querySelector('input[name="shortCode"]') as HTMLInputElement).value).toBe('')
  expect(ctx.db.registrations.get(reg.id)?.status).toBe('checked_in')

  // 撤销 works for a 核验码 check-in too, with no roster on this desk to name the ticket.
  fireEvent.click(screen.getByText(/^撤销（\d+ 秒）$/))
  await waitFor(() => expect(screen.getByTestId('checkin-result')).toHaveTextContent('已撤销签到'))
  expect(ctx.db.registrations.get(reg.id)?.status).toBe('confirmed')
})

test('should check in offline against the downloaded roster, show 待同步 and sync when the network is back', async () => {
  const { ctx, regs } = await openDesk()
  fireEvent.click(screen.getByText('下载名单'))
  expect(await screen.findByText(/已下载名单：2 张票/)).toBeInTheDocument()

  setOnline(false)
  expect(await screen.findByText('离线')).toBeInTheDocument()
  await scanTicket(regs[0])
  expect(screen.getByTestId('checkin-result')).toHaveTextContent('签到成功')
  expect(screen.getByTestId('checkin-result')).toHaveTextContent('离线判断')
  expect(screen.getByTestId('pending-sync')).toHaveTextContent('待同步 1')
  expect(screen.getByTestId('checkin-count')).toHaveTextContent('已签到 1 / 应到 2')
  await scanTicket(regs[0])
  expect(screen.getByTestId('checkin-result')).toHaveTextContent('已签到')
  // Offline, a wrong phone tail is caught against the roster too.
  const wrong = regs[1].phone.slice(-4) === '0000' ? '1111' : '0000'
  await enterShortCode(shortCodeOf(regs[1])!, wrong)
  await waitFor(() => expect(screen.getByTestId('checkin-result')).toHaveTextContent('核验码或手机尾号不符'))
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
  await scanTicket(regs[1])
  expect(screen.getByTestId('checkin-result')).toHaveTextContent('离线判断')
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
