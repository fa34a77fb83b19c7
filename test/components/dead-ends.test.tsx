import { fireEvent, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { __setRouterParams, currentPages, toasts } from '../setup/taro'
import { renderWithClient } from '../setup/render'
import { signIn, signInWithProfile } from '../setup/session'
import EventPage from '@/pages/event/index'
import SignupPage from '@/packages/events/pages/signup/index'
import EnterprisePage from '@/pages/enterprise/index'

// Issue 16 defect 13: dead ends — an unknown event offered 重试, 去填写 → 保存 stayed on the form,
// the sign-up page did not say which event it was for.

afterEach(() => {
  currentPages.length = 0
})

test('should say an unknown event does not exist instead of offering 重试', async () => {
  __setRouterParams({ id: 'ev-no-such-event' })
  renderWithClient(<EventPage />)
  expect(await screen.findByText('活动不存在或已下线')).toBeInTheDocument()
  expect(screen.queryByText('重试')).toBeNull()
  fireEvent.click(screen.getByText('查看全部活动'))
})

test('should say an unknown event does not exist on the sign-up page too', async () => {
  await signInWithProfile()
  __setRouterParams({ id: 'ev-no-such-event' })
  renderWithClient(<SignupPage />)
  expect(await screen.findByText('活动不存在或已下线')).toBeInTheDocument()
  expect(screen.queryByText('重试')).toBeNull()
})

test('should name the event being signed up for above the form', async () => {
  await signInWithProfile()
  __setRouterParams({ id: 'ev-demo-open' })
  renderWithClient(<SignupPage />)
  const header = await screen.findByTestId('signup-event')
  expect(header).toHaveTextContent('报名活动')
  expect(header.textContent).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/)
})

function fillProfile() {
  const type = (name: string, value: string) => fireEvent.change(document.querySelector(`input[name="${name}"]`) as HTMLInputElement, { target: { value } })
  type('name', '泸州市示例新材料有限公司')
  type('uscc', '91350100M000100Y43')
  type('contactName', '王芳')
  type('phone', '13900001234')
  fireEvent.click(screen.getByRole('radio', { name: '泸州' }))
  fireEvent.click(screen.getByRole('radio', { name: '有色金属冶炼和压延加工业' }))
}

test('should go back to the page that sent the user to 企业信息 once it is saved', async () => {
  await signIn()
  currentPages.push({ route: 'packages/trade/pages/licence-apply/index' }, { route: 'pages/enterprise/index' })
  const back = jest.spyOn(Taro, 'navigateBack')
  renderWithClient(<EnterprisePage />)
  await screen.findByText('保存')
  fillProfile()
  fireEvent.click(screen.getByText('保存'))
  await waitFor(() => expect(toasts).toContainEqual(expect.objectContaining({ title: '保存成功' })))
  expect(back).toHaveBeenCalledTimes(1)
})

test('should stay on 企业信息 after saving when it was opened on its own', async () => {
  await signIn()
  currentPages.push({ route: 'pages/enterprise/index' })
  const back = jest.spyOn(Taro, 'navigateBack')
  renderWithClient(<EnterprisePage />)
  await screen.findByText('保存')
  fillProfile()
  fireEvent.click(screen.getByText('保存'))
  await waitFor(() => expect(toasts).toContainEqual(expect.objectContaining({ title: '保存成功' })))
  expect(back).not.toHaveBeenCalled()
})
