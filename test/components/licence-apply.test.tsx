import { fireEvent, screen, waitFor } from '@testing-library/react'
import { __setRouterParams, navigation } from '../setup/taro'
import { renderWithClient } from '../setup/render'
import { recordRequests, signIn, signInWithProfile } from '../setup/session'
import LicenceApplyPage from '@/packages/trade/pages/licence-apply/index'
import { api } from '@/api/client'
import { getTransport, setTransport, type TransportRequest } from '@/api/transport'
import { useDraftsStore } from '@/stores/drafts'
import { DEMO_ENTERPRISE } from '@mock/seed/users'
import { FIXED_PATENTS } from '@mock/seed'

const LITHIUM = FIXED_PATENTS.lithiumCathode
const DRAFT_ID = `licence-apply:${LITHIUM.id}`

function input(name: string): HTMLInputElement | HTMLTextAreaElement {
  return document.querySelector(`[name="${name}"]`) as HTMLInputElement
}

function type(name: string, value: string) {
  fireEvent.change(input(name), { target: { value } })
}

const posts = (sent: TransportRequest[]) => sent.filter((r) => r.method === 'POST' && r.url === '/api/licence-applications')

beforeEach(() => {
  __setRouterParams({ patentId: LITHIUM.id })
})

test('should prefill the applicant from the saved enterprise profile', async () => {
  await signInWithProfile()
  renderWithClient(<LicenceApplyPage />)
  expect(await screen.findByText(LITHIUM.title)).toBeInTheDocument()
  expect(input('name')).toHaveValue(DEMO_ENTERPRISE.name)
  expect(input('uscc')).toHaveValue(DEMO_ENTERPRISE.uscc)
  expect(input('contactName')).toHaveValue(DEMO_ENTERPRISE.contactName)
  expect(input('phone')).toHaveValue(DEMO_ENTERPRISE.phone)
  expect(screen.getByTestId('expectedStart-value').textContent).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  expect(screen.queryByRole('alert')).toBeNull()
})

test('should ask to complete 企业信息 first when the profile is missing', async () => {
  await signIn()
  renderWithClient(<LicenceApplyPage />)
  expect(await screen.findByText('请先完善企业信息')).toBeInTheDocument()
  expect(document.querySelector('[name="intendedUse"]')).toBeNull()
  fireEvent.click(screen.getByText('去填写企业信息'))
  expect(navigation).toContainEqual({ url: '/pages/enterprise/index', kind: 'navigateTo' })
})

test('should ask an officer or a signed-out visitor to use an enterprise account', async () => {
  const { unmount } = renderWithClient(<LicenceApplyPage />)
  expect(screen.getByText('请先登录')).toBeInTheDocument()
  unmount()
  await signIn('officer')
  renderWithClient(<LicenceApplyPage />)
  expect(screen.getByText('仅企业用户可申请许可')).toBeInTheDocument()
})

test('should explain each problem in Chinese as the user types, and send nothing while any remains', async () => {
  await signInWithProfile()
  const sent = recordRequests()
  renderWithClient(<LicenceApplyPage />)
  await screen.findByText(LITHIUM.title)

  type('contactName', '')
  expect(screen.getByTestId('contactName-error')).toHaveTextContent('请输入联系人姓名')
  type('phone', '12800138000')
  expect(screen.getByTestId('phone-error')).toHaveTextContent('手机号')
  type('phone', '13800138000')
  expect(screen.queryByTestId('phone-error')).toBeNull()
  type('intendedUse', '量产')
  type('intendedUse', '')
  expect(screen.getByTestId('intendedUse-error')).toHaveTextContent('请输入实施用途')

  fireEvent.click(screen.getByText('提交申请'))
  expect(await screen.findByText('请按提示修改后再提交')).toBeInTheDocument()
  expect(posts(sent)).toHaveLength(0)
})

test('should refuse a restored draft whose expected start has passed', async () => {
  await signInWithProfile()
  useDraftsStore.getState().saveDraft(DRAFT_ID, { intendedUse: '用于储能电池产线', expectedStart: '2020-01-01' })
  renderWithClient(<LicenceApplyPage />)
  expect(await screen.findByText('已恢复上次未提交的内容')).toBeInTheDocument()
  expect(input('intendedUse')).toHaveValue('用于储能电池产线')
  fireEvent.click(screen.getByText('提交申请'))
  expect(await screen.findByTestId('expectedStart-error')).toHaveTextContent('预计实施时间不能早于今天')
})

test('should send one application for a double tap and open the success page', async () => {
  await signInWithProfile()
  useDraftsStore.getState().saveDraft('unrelated-form', { x: 'kept' })
  const sent = recordRequests()
  renderWithClient(<LicenceApplyPage />)
  await screen.findByText(LITHIUM.title)
  type('intendedUse', '用于本公司储能电池产品线的正极材料量产')
  expect(useDraftsStore.getState().drafts[DRAFT_ID]).toBeDefined()

  const button = screen.getByText('提交申请')
  fireEvent.click(button)
  fireEvent.click(button)
  await waitFor(() => expect(navigation.some((n) => n.kind === 'redirectTo')).toBe(true))

  expect(posts(sent)).toHaveLength(1)
  const redirect = navigation.find((n) => n.kind === 'redirectTo')!
  const id = /[?&]id=([^&]+)/.exec(redirect.url)![1]
  expect(redirect.url).toBe(`/packages/trade/pages/licence-done/index?id=${id}`)
  const { application } = await api('GET /api/licence-applications/:id', { params: { id } })
  expect(application).toMatchObject({ status: 'submitted', patentId: LITHIUM.id, enterprise: { name: DEMO_ENTERPRISE.name } })
  expect(useDraftsStore.getState().drafts[DRAFT_ID]).toBeUndefined()
  expect(useDraftsStore.getState().drafts['unrelated-form']).toEqual({ x: 'kept' })
})

test('should retry with the same Idempotency-Key after a lost response and land on the first application', async () => {
  await signInWithProfile()
  const inner = getTransport()
  const sent: TransportRequest[] = []
  let loseNextResponse = true
  setTransport(async (req) => {
    sent.push(req)
    const res = await inner(req)
    // The server created the application, but the phone never heard back.
    if (req.method === 'POST' && loseNextResponse) {
      loseNextResponse = false
      throw new Error('network down')
    }
    return res
  })
  renderWithClient(<LicenceApplyPage />)
  await screen.findByText(LITHIUM.title)
  type('intendedUse', '用于本公司储能电池产品线的正极材料量产')

  fireEvent.click(screen.getByText('提交申请'))
  expect(await screen.findByText('网络异常，请检查网络后重试')).toBeInTheDocument()
  fireEvent.click(screen.getByText('提交申请'))
  await waitFor(() => expect(navigation.some((n) => n.kind === 'redirectTo')).toBe(true))

  const [first, retry] = posts(sent)
  expect(posts(sent)).toHaveLength(2)
  expect(first.headers['Idempotency-Key']).toBeTruthy()
  expect(retry.headers['Idempotency-Key']).toBe(first.headers['Idempotency-Key'])
  // No 已申请过 conflict: the retry was answered with the application the first tap created.
  expect(screen.queryByText(/已申请过该专利/)).toBeNull()
})

test('should show the server\'s conflict message with a way to 我的申请 when an application is already active', async () => {
  await signInWithProfile()
  await api('POST /api/licence-applications', {
    body: {
      patentId: LITHIUM.id,
      enterprise: { name: DEMO_ENTERPRISE.name, uscc: DEMO_ENTERPRISE.uscc, contactName: DEMO_ENTERPRISE.contactName, phone: DEMO_ENTERPRISE.phone },
      intendedUse: '第一次申请',
      expectedStart: new Date(Date.now() + 40 * 86400000).toISOString().slice(0, 10),
    },
  })
  renderWithClient(<LicenceApplyPage />)
  await screen.findByText(LITHIUM.title)
  type('intendedUse', '第二次申请')
  fireEvent.click(screen.getByText('提交申请'))
  expect(await screen.findByText(/已申请过该专利/)).toBeInTheDocument()
  fireEvent.click(screen.getByText('查看我的申请'))
  expect(navigation).toContainEqual({ url: '/packages/tracking/pages/applications/index', kind: 'navigateTo' })
})
