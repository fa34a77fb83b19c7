import { fireEvent, screen, waitFor } from '@testing-library/react'
import { renderWithClient } from '../setup/render'
import { signIn, signInWithProfile } from '../setup/session'
import { __setRouterParams, navigation } from '../setup/taro'
import SignupPage from '@/packages/events/pages/signup/index'
import { api } from '@/api/client'
import { getTransport, setTransport } from '@/api/transport'
import { useDraftsStore } from '@/stores/drafts'

function type(name: string, value: string) {
  const input = document.querySelector(`[name="${name}"]`) as HTMLInputElement
  fireEvent.change(input, { target: { value } })
}

async function openForm(eventId: string) {
  __setRouterParams({ id: eventId })
  const utils = renderWithClient(<SignupPage />)
  await screen.findByText('提交报名')
  return utils
}

test('should judge the name and phone as they are typed', async () => {
  await signInWithProfile()
  await openForm('ev-demo-open')
  type('attendeeName', '张')
  expect(screen.getByTestId('attendeeName-error')).toHaveTextContent('姓名应为2–20个字')
  type('attendeeName', '张三')
  expect(screen.queryByTestId('attendeeName-error')).toBeNull()
  type('attendeeName', '  ')
  expect(screen.getByTestId('attendeeName-error')).toHaveTextContent('请输入姓名')

  type('phone', '1280013')
  expect(screen.queryByTestId('phone-error')).toBeNull()
  type('phone', '12800138000')
  expect(screen.getByTestId('phone-error')).toHaveTextContent('手机号格式不正确')
  type('phone', '138 0013 8000')
  expect(screen.queryByTestId('phone-error')).toBeNull()
})

test('should refuse a financing need below 10 万元 and a missing term, sending nothing', async () => {
  await signInWithProfile()
  const { client } = await openForm('ev-demo-finance')
  type('amount', '5')
  expect(screen.getByTestId('amount-error')).toHaveTextContent('融资金额不能低于10万元')
  type('amount', '6000')
  expect(screen.getByTestId('amount-error')).toHaveTextContent('融资金额不能超过5000万元')
  type('amount', '200')
  expect(screen.queryByTestId('amount-error')).toBeNull()
  type('purpose', '购置生产设备')
  fireEvent.click(screen.getByText('提交报名'))
  expect(screen.getByTestId('termMonths-error')).toHaveTextContent('请选择融资期限')
  expect(screen.getByTestId('form-error')).toHaveTextContent('请按提示修改后再提交')
  expect(client.isMutating()).toBe(0)
  const event = await api('GET /api/events/:id', { params: { id: 'ev-demo-finance' } })
  expect(event.myRegistration).toBeNull()

  fireEvent.click(screen.getByRole('radio', { name: '12 个月' }))
  expect(screen.queryByTestId('termMonths-error')).toBeNull()
})

test('should sign up for a financing session with its need and a pledged patent', async () => {
  await signInWithProfile()
  await openForm('ev-demo-finance')
  type('amount', '300')
  fireEvent.click(screen.getByRole('radio', { name: '24 个月' }))
  type('purpose', '新产线设备采购')
  type('patentSearch', '201710601862.3')
  fireEvent.click(screen.getByText('搜索'))
  fireEvent.click(await screen.findByRole('button', { name: '选择 201710601862.3' }))
  expect(screen.getByTestId('picked-patent')).toHaveTextContent('201710601862.3')
  fireEvent.click(screen.getByText('提交报名'))
  expect(await screen.findByTestId('signup-result')).toHaveTextContent('报名成功')

  const event = await api('GET /api/events/:id', { params: { id: 'ev-demo-finance' } })
  const { registration } = await api('GET /api/registrations/:id', { params: { id: event.myRegistration?.id ?? '' } })
  expect(registration.financingNeed).toEqual({ amountFen: 300_000_000, termMonths: 24, purpose: '新产线设备采购', patentIds: ['p000001'] })
})

test('should say 报名成功 and lead to the ticket when a seat is free', async () => {
  await signInWithProfile()
  await openForm('ev-demo-open')
  fireEvent.click(screen.getByText('提交报名'))
  const result = await screen.findByTestId('signup-result')
  expect(result).toHaveTextContent('报名成功')
  const event = await api('GET /api/events/:id', { params: { id: 'ev-demo-open' } })
  fireEvent.click(screen.getByText('查看电子票'))
  expect(navigation.at(-1)).toEqual({ kind: 'redirectTo', url: `/packages/events/pages/ticket/index?id=${event.myRegistration?.id}` })
})

test('should say 已进入候补（第 N 位） on a full event', async () => {
  const before = await api('GET /api/events/:id', { params: { id: 'ev-demo-full' } })
  await signInWithProfile()
  await openForm('ev-demo-full')
  fireEvent.click(screen.getByText('提交报名'))
  expect(await screen.findByTestId('signup-result')).toHaveTextContent(`已进入候补（第 ${before.waitlistCount + 1} 位）`)
  expect(screen.getByText('查看报名')).toBeInTheDocument()
})

test('should say 待审核 when the organiser approves sign-ups', async () => {
  await signInWithProfile()
  await openForm('ev-demo-approval')
  fireEvent.click(screen.getByText('提交报名'))
  expect(await screen.findByTestId('signup-result')).toHaveTextContent('待审核')
})

test('should register once when the response is lost and the person taps again', async () => {
  await signInWithProfile()
  await openForm('ev-demo-open')
  const real = getTransport()
  let dropped = false
  setTransport(async (req) => {
    const res = await real(req)
    if (req.method === 'POST' && !dropped) {
      dropped = true
      throw new Error('connection reset after the server answered')
    }
    return res
  })
  fireEvent.click(screen.getByText('提交报名'))
  expect(await screen.findByTestId('form-error')).toHaveTextContent('网络异常')
  fireEvent.click(screen.getByText('提交报名'))
  expect(await screen.findByTestId('signup-result')).toHaveTextContent('报名成功')
})

test('should keep a half-filled form as a draft', async () => {
  await signInWithProfile()
  const { unmount } = await openForm('ev-demo-finance')
  type('attendeeName', '李草稿')
  type('amount', '120')
  unmount()
  expect(useDraftsStore.getState().drafts['event-signup:ev-demo-finance']).toMatchObject({ attendeeName: '李草稿', amount: '120' })
  await openForm('ev-demo-finance')
  expect(screen.getByDisplayValue('李草稿')).toBeInTheDocument()
  expect(screen.getByDisplayValue('120')).toBeInTheDocument()
  expect(screen.getByText('已恢复上次未提交的内容')).toBeInTheDocument()
})

test('should ask to complete 企业信息 first', async () => {
  await signIn()
  __setRouterParams({ id: 'ev-demo-open' })
  renderWithClient(<SignupPage />)
  fireEvent.click(await screen.findByText('去填写企业信息'))
  expect(navigation.at(-1)).toEqual({ kind: 'navigateTo', url: '/pages/enterprise/index' })
})

test('should send a signed-out visitor to 我的', async () => {
  __setRouterParams({ id: 'ev-demo-open' })
  renderWithClient(<SignupPage />)
  fireEvent.click(screen.getByText('去登录'))
  await waitFor(() => expect(navigation.at(-1)).toEqual({ kind: 'switchTab', url: '/pages/me/index' }))
})

test('should not offer the form once sign-up has closed', async () => {
  await signInWithProfile()
  __setRouterParams({ id: 'ev-demo-closed' })
  renderWithClient(<SignupPage />)
  expect(await screen.findByText('报名已截止')).toBeInTheDocument()
  expect(screen.queryByText('提交报名')).toBeNull()
})
