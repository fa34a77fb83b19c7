import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { navigation } from '../setup/taro'
import { renderWithClient } from '../setup/render'
import { setTransport } from '@/api/transport'
import ApplicationsPage from '@/packages/tracking/pages/applications/index'
import { freshMock, signIn } from './applications-fixtures'

function rows() {
  return screen.getAllByTestId('application-row')
}

test('should list the demo SME’s licence, event and finance applications with kind, Chinese status and update time', async () => {
  freshMock()
  await signIn()
  renderWithClient(<ApplicationsPage />)
  await screen.findAllByTestId('application-row')
  const texts = rows().map((r) => r.textContent ?? '')
  // The licence the park notified 3 hours ago is the latest change.
  expect(texts[0]).toContain('许可')
  expect(texts[0]).toContain('一种用于锂离子电池的复合正极材料及其制备方法')
  expect(texts[0]).toContain('已通知专利权人')
  expect(texts[0]).toContain('更新于 3 小时前')
  const chips = screen.getAllByTestId('status-chip').map((c) => c.textContent)
  for (const label of ['已提交', '许可生效', '已备案', '已驳回', '银行已受理', '授信审查中', '已放款']) expect(chips).toContain(label)
  // Older than a week: a date, not "x 天前".
  const filed = rows().find((r) => within(r).queryByText('已备案'))!
  expect(filed).toHaveTextContent(/更新于 \d{4}-\d\d-\d\d \d\d:\d\d/)
})

test('should narrow the list with the 融资 tab and open a row’s detail', async () => {
  freshMock()
  await signIn()
  renderWithClient(<ApplicationsPage />)
  await screen.findAllByTestId('application-row')
  fireEvent.click(screen.getByRole('tab', { name: '融资' }))
  await waitFor(() => expect(rows()).toHaveLength(3))
  expect(screen.getByRole('tab', { name: '融资' })).toHaveAttribute('aria-selected', 'true')
  expect(rows().every((r) => within(r).getByText('融资'))).toBe(true)
  expect(screen.getAllByTestId('status-chip').map((c) => c.textContent)).toEqual(['银行已受理', '授信审查中', '已放款'])

  fireEvent.click(rows()[0])
  expect(navigation.at(-1)).toEqual({ kind: 'navigateTo', url: '/packages/tracking/pages/application/index?kind=finance&id=fa-demo-accepted' })
})

test('should explain an empty list to a user without applications', async () => {
  freshMock()
  await signIn('sme-demo-2')
  renderWithClient(<ApplicationsPage />)
  expect(await screen.findByText('还没有申请')).toBeInTheDocument()
  fireEvent.click(screen.getByRole('tab', { name: '许可' }))
  expect(await screen.findByText('还没有许可申请')).toBeInTheDocument()
})

test('should show a skeleton, then an error with 重试 that recovers', async () => {
  const mock = freshMock()
  await signIn()
  let fail = true
  setTransport(async (req) => {
    if (fail) return { status: 500, body: { error: { code: 'INTERNAL', message: '服务暂时不可用，请稍后重试' } } }
    const res = await mock.request({ method: req.method, url: req.url, headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), v])) })
    return { status: res.status, body: res.body }
  })
  renderWithClient(<ApplicationsPage />)
  expect(screen.getByTestId('skeleton')).toBeInTheDocument()
  expect(await screen.findByText('服务暂时不可用，请稍后重试')).toBeInTheDocument()
  fail = false
  fireEvent.click(screen.getByText('重试'))
  expect((await screen.findAllByTestId('application-row')).length).toBeGreaterThan(5)
})

test('should ask a signed-out visitor to sign in', () => {
  renderWithClient(<ApplicationsPage />)
  expect(screen.getByText('请先登录')).toBeInTheDocument()
})
