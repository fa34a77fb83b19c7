import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { __setRouterParams } from '../setup/taro'
import { renderWithClient } from '../setup/render'
import { recordRequests, signIn } from '../setup/session'
import RegistrationsPage from '@/officer/pages/registrations/index'
import ApplicationsPage from '@/officer/pages/applications/index'
import EventsPage from '@/officer/pages/events/index'
import EventEditPage from '@/officer/pages/event-edit/index'
import { api } from '@/api/client'
import { addAttendees } from '../api/officer-fixtures'
import { createEventAsOfficer, startInprocMock } from './officer-fixtures'

// Issue 16 defects 5 and 6: the officer's 报名审核 / 申请处理 / 活动管理 screens.

const approvals = (sent: { method: string; url: string }[]) => sent.filter((r) => r.method === 'POST' && /\/approve$/.test(r.url))

async function pendingRows() {
  const ctx = startInprocMock()
  await signIn('officer')
  const event = await createEventAsOfficer({ title: '审核制活动', requiresApproval: true, capacity: 10 })
  const regs = addAttendees(ctx, event.id, 2, '审核')
  __setRouterParams({ eventId: event.id })
  return { ctx, event, regs }
}

test('should send one approval however fast 确认通过 is tapped twice', async () => {
  const { ctx, regs } = await pendingRows()
  const sent = recordRequests()
  renderWithClient(<RegistrationsPage />)
  const row = (await screen.findByText('审核1')).closest('[data-testid="registration"]') as HTMLElement
  fireEvent.click(within(row).getByText('通过'))
  const confirm = within(row).getByText('确认通过')
  fireEvent.click(confirm)
  fireEvent.click(confirm)
  await waitFor(() => expect(ctx.db.registrations.get(regs[0].id)?.status).toBe('confirmed'))
  expect(approvals(sent)).toHaveLength(1)
  expect(screen.queryByRole('alert')).toBeNull()
})

test('should move an approved attendee out of 待审核 and update the counts', async () => {
  const { regs } = await pendingRows()
  renderWithClient(<RegistrationsPage />)
  await screen.findByText('审核1')
  expect(screen.getByText('待审核 2', { selector: '.o-stat' })).toBeInTheDocument()
  fireEvent.click(screen.getByRole('radio', { name: /^待审核/ }))
  await waitFor(() => expect(screen.getAllByTestId('registration')).toHaveLength(2))
  const row = screen.getAllByTestId('registration')[0]
  fireEvent.click(within(row).getByText('通过'))
  fireEvent.click(within(row).getByText('确认通过'))
  await waitFor(() => expect(screen.getAllByTestId('registration')).toHaveLength(1))
  expect(screen.queryByText(regs[0].attendeeName)).toBeNull()
  expect(await screen.findByText('待审核 1', { selector: '.o-stat' })).toBeInTheDocument()
  expect(screen.getByRole('radio', { name: /^待审核/ })).toHaveTextContent('待审核 1')
})

test('should make 确认拒绝 a red, destructive button and 确认通过 not', async () => {
  await pendingRows()
  renderWithClient(<RegistrationsPage />)
  const row = (await screen.findByText('审核1')).closest('[data-testid="registration"]') as HTMLElement
  fireEvent.click(within(row).getByText('拒绝'))
  expect(within(row).getByText('确认拒绝').closest('.at-button')).toHaveClass('o-button--danger')
  fireEvent.click(within(row).getByText('取消'))
  fireEvent.click(within(row).getByText('通过'))
  expect(within(row).getByText('确认通过').closest('.at-button')).not.toHaveClass('o-button--danger')
})

test('should show a 409 as a styled error and refresh the row to where it now stands', async () => {
  const { regs } = await pendingRows()
  renderWithClient(<RegistrationsPage />)
  const row = (await screen.findByText('审核1')).closest('[data-testid="registration"]') as HTMLElement
  fireEvent.click(within(row).getByText('拒绝'))
  // Another officer approves it meanwhile.
  await api('POST /api/registrations/:id/approve', { params: { id: regs[0].id }, body: {} })
  fireEvent.click(within(row).getByText('确认拒绝'))
  const alert = await within(row).findByRole('alert')
  expect(alert).toHaveClass('o-field-error')
  expect(alert.textContent).not.toBe('')
  await waitFor(() => expect(within(screen.getByText('审核1').closest('[data-testid="registration"]') as HTMLElement).getByText('报名成功')).toBeInTheDocument())
})

test('should show 驳回时请填写原因 as a styled error and a red 驳回 button in 申请处理', async () => {
  startInprocMock()
  await signIn('officer')
  renderWithClient(<ApplicationsPage />)
  const rows = await screen.findAllByTestId('officer-application')
  const row = rows.find((r) => within(r).queryByText('处理')) as HTMLElement
  fireEvent.click(within(row).getByText('处理'))
  const reject = within(row).getByText('变更为「已驳回」')
  expect(reject.closest('.at-button')).toHaveClass('o-button--danger')
  fireEvent.click(reject)
  const alert = within(row).getByRole('alert')
  expect(alert).toHaveTextContent('驳回时请填写原因')
  expect(alert).toHaveClass('o-field-error')
  expect(alert).not.toHaveClass('form-field__error')
})

test('should find events by name in 活动管理', async () => {
  startInprocMock()
  await signIn('officer')
  await createEventAsOfficer({ title: '氢能专利对接会' })
  renderWithClient(<EventsPage />)
  await screen.findAllByTestId('officer-event')
  fireEvent.change(screen.getByLabelText('搜索活动'), { target: { value: '氢能 对接' } })
  expect(await screen.findByTestId('event-search-count')).toHaveTextContent('找到 1 场活动')
  expect(screen.getAllByTestId('officer-event')).toHaveLength(1)
  expect(screen.getByText('氢能专利对接会')).toBeInTheDocument()
  fireEvent.change(screen.getByLabelText('搜索活动'), { target: { value: '不存在的活动名' } })
  expect(await screen.findByText('没有找到相关活动')).toBeInTheDocument()
})

test('should say 报名已截止 for an event whose sign-up has closed, as the SME list does', async () => {
  startInprocMock()
  await signIn('officer')
  renderWithClient(<EventsPage />)
  await screen.findAllByTestId('officer-event')
  fireEvent.change(screen.getByLabelText('搜索活动'), { target: { value: '广州' } })
  await screen.findByTestId('event-search-count')
  const closed = screen.getAllByTestId('officer-event').filter((r) => within(r).queryByText('报名已截止'))
  expect(closed.length).toBeGreaterThan(0)
  expect(screen.queryByText('报名未开放')).toBeNull()
})

test('should offer date and time pickers for every time of a new event', async () => {
  startInprocMock()
  await signIn('officer')
  __setRouterParams({})
  renderWithClient(<EventEditPage />)
  for (const label of ['开始时间', '结束时间', '报名开始', '报名截止']) {
    expect(await screen.findByRole('button', { name: `${label}：选择日期` })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: `${label}：选择时间` })).toBeInTheDocument()
  }
})
