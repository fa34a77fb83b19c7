import { fireEvent, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { __setRouterParams, navigation, toasts } from '../setup/taro'
import { renderWithClient } from '../setup/render'
import ApplicationPage from '@/packages/tracking/pages/application/index'
import { transition } from '@mock/domain/workflow'
import { demoTicketCode, DEMO_APPLICATION_IDS } from '@mock/seed/applications'
import { DEMO_USER_IDS } from '@mock/seed'
import { freshMock, signIn } from './applications-fixtures'

afterEach(() => jest.restoreAllMocks())

function chip() {
  return screen.getByTestId('status-chip')
}

function timelineStatuses() {
  return screen.getAllByTestId('timeline-item').map((r) => r.querySelector('.timeline__status')?.textContent)
}

test('should show a licence in force with its full timeline and a red 备案 countdown, and offer no withdrawal', async () => {
  freshMock()
  await signIn()
  __setRouterParams({ kind: 'licence', id: DEMO_APPLICATION_IDS.licenceLicensed })
  renderWithClient(<ApplicationPage />)
  expect(await screen.findByTestId('filing-countdown')).toHaveTextContent('剩余 10 天')
  expect(screen.getByTestId('filing-countdown')).toHaveClass('countdown--urgent')
  expect(chip()).toHaveTextContent('许可生效')
  expect(timelineStatuses()).toEqual(['许可生效', '已付费', '已通知专利权人', '已提交'])
  expect(screen.queryByText('撤回申请')).toBeNull()
})

test('should withdraw a licence application after the applicant confirms', async () => {
  freshMock()
  await signIn()
  const modal = jest.spyOn(Taro, 'showModal')
  __setRouterParams({ kind: 'licence', id: DEMO_APPLICATION_IDS.licenceNotified })
  renderWithClient(<ApplicationPage />)
  await screen.findByText('撤回申请')
  expect(chip()).toHaveTextContent('已通知专利权人')
  expect(screen.queryByTestId('filing-countdown')).toBeNull()

  fireEvent.click(screen.getByText('撤回申请'))
  await waitFor(() => expect(chip()).toHaveTextContent('已撤回'))
  expect(modal).toHaveBeenCalledWith(expect.objectContaining({ title: '撤回申请', confirmText: '确定撤回' }))
  expect(toasts).toContainEqual(expect.objectContaining({ title: '已撤回' }))
  expect(timelineStatuses()[0]).toBe('已撤回')
  expect(screen.queryByText('撤回申请')).toBeNull()
})

test('should change nothing when the applicant backs out of the confirmation', async () => {
  const mock = freshMock()
  await signIn()
  jest.spyOn(Taro, 'showModal').mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'showModal:ok' })
  __setRouterParams({ kind: 'finance', id: DEMO_APPLICATION_IDS.financeBankAccepted })
  renderWithClient(<ApplicationPage />)
  fireEvent.click(await screen.findByText('撤回申请'))
  await waitFor(() => expect(Taro.showModal).toHaveBeenCalled())
  expect(chip()).toHaveTextContent('银行已受理')
  expect(mock.context.db.financeApplications.get(DEMO_APPLICATION_IDS.financeBankAccepted)?.status).toBe('bank_accepted')
})

test('should explain in Chinese when the application moved on before the withdrawal reached the server', async () => {
  const mock = freshMock()
  await signIn()
  const modal = jest.spyOn(Taro, 'showModal')
  __setRouterParams({ kind: 'finance', id: DEMO_APPLICATION_IDS.financeCreditReview })
  renderWithClient(<ApplicationPage />)
  await screen.findByText('撤回申请')
  transition(mock.context, 'finance', DEMO_APPLICATION_IDS.financeCreditReview, 'approved', 'officer')
  fireEvent.click(screen.getByText('撤回申请'))
  await waitFor(() =>
    expect(modal).toHaveBeenCalledWith(expect.objectContaining({ title: '操作未完成', content: '当前状态为「已审批」，不能变更为「已撤回」' })),
  )
  await waitFor(() => expect(chip()).toHaveTextContent('已审批'))
  expect(screen.queryByText('撤回申请')).toBeNull()
})

test('should show a finance application’s amount and term, with nothing left to do once disbursed', async () => {
  freshMock()
  await signIn()
  __setRouterParams({ kind: 'finance', id: DEMO_APPLICATION_IDS.financeDisbursed })
  renderWithClient(<ApplicationPage />)
  expect(await screen.findByText('1,000 万元')).toBeInTheDocument()
  expect(screen.getByText('36 个月')).toBeInTheDocument()
  expect(chip()).toHaveTextContent('已放款')
  expect(screen.queryByText('撤回申请')).toBeNull()
})

test('should open the e-ticket of a confirmed registration and offer to cancel it', async () => {
  const mock = freshMock()
  await signIn()
  const at = '2026-03-01T09:00:00+08:00'
  mock.context.db.registrations.insert({
    id: 'rg-jest-1',
    userId: DEMO_USER_IDS.sme,
    title: '江门专利开放许可对接会',
    status: 'confirmed',
    eventId: 'ev-jest-none',
    attendeeName: '李明',
    phone: '13912345678',
    enterprise: { name: '江门示例科技有限公司', uscc: '91350100M000100Y43' },
    seq: 1,
    ticketCode: demoTicketCode('rg-jest-1'),
    createdAt: at,
    updatedAt: at,
    timeline: [{ status: 'confirmed', at, note: '报名成功' }],
  })
  __setRouterParams({ kind: 'registration', id: 'rg-jest-1' })
  renderWithClient(<ApplicationPage />)
  fireEvent.click(await screen.findByText('查看电子票'))
  expect(navigation.at(-1)).toEqual({ kind: 'navigateTo', url: '/packages/events/pages/ticket/index?id=rg-jest-1' })
  expect(screen.getByText('取消报名')).toBeInTheDocument()
  expect(chip()).toHaveTextContent('报名成功')
})

test('should cancel the seeded confirmed registration through the events feature after confirmation', async () => {
  const mock = freshMock()
  await signIn()
  const modal = jest.spyOn(Taro, 'showModal')
  __setRouterParams({ kind: 'registration', id: DEMO_APPLICATION_IDS.registrationConfirmed })
  renderWithClient(<ApplicationPage />)
  fireEvent.click(await screen.findByText('取消报名'))
  await waitFor(() => expect(chip()).toHaveTextContent('已取消'))
  expect(modal).toHaveBeenCalledWith(expect.objectContaining({ title: '取消报名', confirmText: '确定取消' }))
  expect(toasts).toContainEqual(expect.objectContaining({ title: '已取消报名' }))
  expect(mock.context.db.registrations.get(DEMO_APPLICATION_IDS.registrationConfirmed)?.status).toBe('cancelled')
  expect(screen.queryByText('查看电子票')).toBeNull()
  expect(screen.queryByText('取消报名')).toBeNull()
})

test('should hide another user’s application', async () => {
  freshMock()
  await signIn('sme-demo-2')
  __setRouterParams({ kind: 'licence', id: DEMO_APPLICATION_IDS.licenceNotified })
  renderWithClient(<ApplicationPage />)
  expect(await screen.findByText('内容不存在或已删除')).toBeInTheDocument()
  expect(screen.getByText(/申请不存在/)).toBeInTheDocument()
  // Retrying cannot help with something that is not there.
  expect(screen.queryByText('重试')).toBeNull()
})
