import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { __setRouterParams, navigation, toasts } from '../setup/taro'
import { renderWithClient } from '../setup/render'
import WorkbenchPage from '@/officer/pages/workbench/index'
import EventsPage from '@/officer/pages/events/index'
import EventEditPage from '@/officer/pages/event-edit/index'
import RegistrationsPage from '@/officer/pages/registrations/index'
import NoticePage from '@/officer/pages/notice/index'
import CheckinPage from '@/officer/pages/checkin/index'
import ApplicationsPage from '@/officer/pages/applications/index'
import { api } from '@/api/client'
import { toIsoCst } from '@mock/core/time'
import { localDateTime } from '@/rules/officer'
import { addAttendees, newSme, VALID_USCC } from '../api/officer-fixtures'
import { createEventAsOfficer, startInprocMock } from './officer-fixtures'
import { signIn } from '../setup/session'

function type(name: string, value: string) {
  const input = document.querySelector(`input[name="${name}"], textarea[name="${name}"]`) as HTMLInputElement
  fireEvent.change(input, { target: { value } })
  fireEvent.blur(input)
}

const PAGES = [
  ['workbench', WorkbenchPage],
  ['events', EventsPage],
  ['event-edit', EventEditPage],
  ['registrations', RegistrationsPage],
  ['notice', NoticePage],
  ['checkin', CheckinPage],
  ['applications', ApplicationsPage],
] as const

describe('access', () => {
  test.each(PAGES)('should show 无权限 on the %s page to an SME and send no officer request', async (_name, Page) => {
    startInprocMock()
    await signIn('sme')
    __setRouterParams({ eventId: 'ev-demo-open', id: 'ev-demo-open' })
    const { client } = renderWithClient(<Page />)
    expect(screen.getByText('无权限')).toBeInTheDocument()
    expect(screen.getByText('该页面仅对工作人员开放')).toBeInTheDocument()
    expect(client.getQueryCache().getAll()).toHaveLength(0)
  })

  test('should show 无权限 to someone not signed in', () => {
    renderWithClient(<WorkbenchPage />)
    expect(screen.getByText('无权限')).toBeInTheDocument()
  })
})

describe('event form', () => {
  test('should explain bad times and capacity as the officer types, then create the event', async () => {
    startInprocMock()
    await signIn('officer')
    renderWithClient(<EventEditPage />)
    await screen.findByText('创建活动')
    const day = localDateTime(Date.now() + 10 * 24 * 3600 * 1000).slice(0, 10)
    const nextDay = localDateTime(Date.now() + 11 * 24 * 3600 * 1000).slice(0, 10)

    type('startsAt', `${day} 14:00`)
    type('endsAt', `${day} 09:00`)
    expect(await screen.findByTestId('endsAt-error')).toHaveTextContent('结束时间应晚于开始时间')
    type('signupClosesAt', `${nextDay} 08:00`)
    expect(screen.getByTestId('signupClosesAt-error')).toHaveTextContent('报名截止时间不能晚于活动开始时间')
    type('capacity', '0')
    expect(screen.getByTestId('capacity-error')).toHaveTextContent('名额至少为 1 人')
    type('title', '题'.repeat(51))
    expect(screen.getByTestId('title-error')).toHaveTextContent('活动名称不能超过50个字')

    fireEvent.click(screen.getByText('创建活动'))
    expect(await screen.findByText('请按提示修改后再保存')).toBeInTheDocument()
    expect(screen.getByTestId('city-error')).toHaveTextContent('请选择城市')

    type('title', '泸州新材料专利对接会')
    type('venue', '泸州市科技大厦 3 楼')
    fireEvent.click(screen.getByRole('radio', { name: '泸州' }))
    type('endsAt', `${day} 17:30`)
    type('signupClosesAt', `${day} 12:00`)
    type('capacity', '60')
    fireEvent.click(screen.getByRole('checkbox', { name: '有色金属冶炼和压延加工业' }))
    fireEvent.click(screen.getByText('＋ 添加议程'))
    type('agenda-0-time', '14:00')
    type('agenda-0-title', '项目路演')
    fireEvent.click(screen.getByText('创建活动'))

    await waitFor(() => expect(toasts).toContainEqual(expect.objectContaining({ title: '活动已创建' })))
    const list = await api('GET /api/officer/events', { query: { pageSize: 50 } })
    const created = list.items.find((e) => e.title === '泸州新材料专利对接会')
    expect(created).toMatchObject({ city: '510500', capacity: 60, startsAt: `${day}T14:00:00+08:00`, endsAt: `${day}T17:30:00+08:00`, industries: ['C32'] })
    expect(navigation).toContainEqual({ kind: 'redirectTo', url: '/officer/pages/events/index' })
  })

  test('should not let an edit shrink the capacity below the seats already taken', async () => {
    const ctx = startInprocMock()
    await signIn('officer')
    const event = await createEventAsOfficer({ title: '编辑名额测试', capacity: 5 })
    addAttendees(ctx, event.id, 3)
    __setRouterParams({ id: event.id })
    renderWithClient(<EventEditPage />)
    await screen.findByDisplayValue('编辑名额测试')
    type('capacity', '2')
    expect(screen.getByTestId('capacity-error')).toHaveTextContent('已有 3 人获得名额，名额不能少于 3')
    type('capacity', '8')
    fireEvent.click(screen.getByText('保存修改'))
    await waitFor(() => expect(toasts).toContainEqual(expect.objectContaining({ title: '已保存' })))
    expect(ctx.db.events.get(event.id)?.capacity).toBe(8)
  })
})

describe('registrations', () => {
  test('should filter by status and approve a pending request with a note', async () => {
    const ctx = startInprocMock()
    await signIn('officer')
    const event = await createEventAsOfficer({ title: '审核制活动', requiresApproval: true, capacity: 10 })
    const [first] = addAttendees(ctx, event.id, 2, '审核')
    __setRouterParams({ eventId: event.id })
    renderWithClient(<RegistrationsPage />)

    expect(await screen.findByText('审核1')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('radio', { name: /^待审核/ }))
    const rows = await screen.findAllByTestId('registration')
    expect(rows).toHaveLength(2)
    fireEvent.click(within(rows[0]).getByText('通过'))
    fireEvent.change(within(rows[0]).getByLabelText('处理意见'), { target: { value: '欢迎参加' } })
    fireEvent.click(within(rows[0]).getByText('确认通过'))

    await waitFor(() => expect(ctx.db.registrations.get(first.id)?.status).toBe('confirmed'))
    await waitFor(() => expect(screen.getAllByTestId('registration')).toHaveLength(1))
    expect(ctx.db.registrations.get(first.id)?.timeline.at(-1)?.note).toBe('欢迎参加')
  })
})

describe('notice', () => {
  test('should preview the notice as plain text, show the recipients and deliver it', async () => {
    const ctx = startInprocMock()
    await signIn('officer')
    const event = await createEventAsOfficer({ title: '通知测试活动' })
    const regs = addAttendees(ctx, event.id, 2)
    __setRouterParams({ eventId: event.id })
    renderWithClient(<NoticePage />)

    expect(await screen.findByTestId('notice-recipients')).toHaveTextContent('将发送给 2 位报名人员')
    type('title', '会场变更')
    type('body', '<img src=x onerror=alert(1)> 改到 301')
    expect(screen.getByTestId('notice-preview')).toHaveTextContent('<img src=x onerror=alert(1)> 改到 301')
    expect(screen.getByTestId('notice-preview').querySelector('img')).toBeNull()

    fireEvent.click(screen.getByText('发送给 2 人'))
    expect(await screen.findByText('通知已发送，送达 2 人')).toBeInTheDocument()
    for (const reg of regs) {
      expect(ctx.db.notifications.filter((n) => n.userId === reg.userId && n.type === 'notice').map((n) => n.title)).toEqual(['会场变更'])
    }
  })

  test('should refuse to send an empty notice', async () => {
    startInprocMock()
    await signIn('officer')
    const event = await createEventAsOfficer()
    __setRouterParams({ eventId: event.id })
    const { client } = renderWithClient(<NoticePage />)
    await screen.findByTestId('notice-recipients')
    fireEvent.click(screen.getByText('暂无报名人员'))
    expect(screen.queryByText('请按提示修改后再发送')).toBeNull()
    expect(client.isMutating()).toBe(0)
  })
})

describe('applications', () => {
  test('should move a licence application on with a note and insist on a reason to reject', async () => {
    const ctx = startInprocMock()
    await signIn('officer')
    const user = newSme(ctx)
    const at = toIsoCst(Date.now())
    ctx.db.licenceApplications.insert({
      id: 'l-ui-1',
      userId: user.id,
      title: '一种储能电池热管理装置',
      createdAt: at,
      updatedAt: at,
      timeline: [{ status: 'submitted', at, note: '已提交' }],
      status: 'submitted',
      patentId: 'p000002',
      patentNo: '201810000001.1',
      enterprise: { name: '泸州储能科技有限公司', uscc: VALID_USCC, contactName: '王五', phone: '13900001111' },
      intendedUse: '储能产品',
      expectedStart: '2026-10-01',
    })
    renderWithClient(<ApplicationsPage />)
    const findRow = async () => (await screen.findAllByTestId('officer-application')).find((el) => el.textContent?.includes('一种储能电池热管理装置'))!
    const row = await findRow()
    expect(within(row).getByText('泸州储能科技有限公司 · 王五 · 13900001111')).toBeInTheDocument()
    fireEvent.click(within(row).getByText('处理'))
    fireEvent.click(within(row).getByText('变更为「已驳回」'))
    expect(within(row).getByRole('alert')).toHaveTextContent('驳回时请填写原因')
    expect(ctx.db.licenceApplications.get('l-ui-1')?.status).toBe('submitted')

    fireEvent.change(within(row).getByLabelText('处理意见'), { target: { value: '已电话通知专利权人' } })
    fireEvent.click(within(row).getByText('变更为「已通知专利权人」'))
    await waitFor(() => expect(ctx.db.licenceApplications.get('l-ui-1')?.status).toBe('notified'))
    await waitFor(async () => expect(within(await findRow()).getByText('最近处理：已电话通知专利权人')).toBeInTheDocument())
    expect(within(await findRow()).getByText('已通知专利权人')).toBeInTheDocument()
  })
})
