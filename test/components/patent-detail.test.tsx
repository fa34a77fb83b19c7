import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { __setRouterParams, navigation, toasts } from '../setup/taro'
import { renderWithClient } from '../setup/render'
import { signIn } from '../setup/session'
import PatentPage from '@/pages/patent/index'
import { api } from '@/api/client'
import { getTransport, setTransport } from '@/api/transport'
import type { PatentDetail } from '@contract/common'

const LITHIUM = 'p000001' // 一次性 30 万元, 36 个月, invention
const LINE_INSPECTION = 'p000002' // 提成 5% of net sales, 24 个月
const FUMIGATION = 'p000003' // utility model with evaluation report
const PIT_MUD = 'p000005' // 入门费 5 万元 + 15% of profit, 60 个月

function open(id: string) {
  __setRouterParams({ id })
  return renderWithClient(<PatentPage />)
}

function field(label: string): string {
  const labelEl = within(screen.getByTestId('declaration')).getByText(label, { selector: '.declaration__label' })
  return labelEl.nextElementSibling?.textContent ?? ''
}

function type(name: string, value: string) {
  const input = document.querySelector(`input[name="${name}"]`) as HTMLInputElement
  fireEvent.change(input, { target: { value } })
}

test('should show every statutory field of the open-licence declaration', async () => {
  open(LITHIUM)
  await screen.findByTestId('declaration')
  const d = await api('GET /api/patents/:id', { params: { id: LITHIUM } })
  expect(field('专利号')).toBe('ZL201710601862.3')
  expect(field('专利名称')).toBe('一种用于锂离子电池的复合正极材料及其制备方法')
  expect(field('专利类型')).toBe('发明')
  expect(field('专利权人')).toBe('五邑大学')
  expect(field('发明人')).toBe(d.inventors.join('、'))
  expect(field('申请日')).toBe(d.applicationDate)
  expect(field('授权公告日')).toBe(d.grantDate)
  expect(field('届满日')).toBe(d.expiryDate)
  expect(field('法律状态')).toBe('有效')
  expect(field('IPC 分类号')).toBe(d.ipc)
  expect(field('许可费支付方式')).toBe('一次性支付')
  expect(field('许可费标准')).toBe('一次性支付 30 万元，许可期限（36 个月）内不再另付')
  expect(field('许可期限')).toBe('36 个月')
  expect(field('声明日期')).toBe(d.declaredAt.slice(0, 10))
  expect(field('更新日期')).toBe(d.updatedAt.slice(0, 10))
  expect(field('来源')).toBe(d.source)
  expect(screen.getByText(d.abstract)).toBeInTheDocument()
  // Inventions are examined: no evaluation report note.
  expect(screen.queryByTestId('evaluation-report-note')).toBeNull()
})

test('should note the evaluation report of a utility-model patent', async () => {
  open(FUMIGATION)
  const note = await screen.findByTestId('evaluation-report-note')
  expect(note).toHaveTextContent('已提供专利权评价报告')
  expect(note).toHaveTextContent('专利法第五十条')
  expect(field('专利类型')).toBe('实用新型')
})

test('should warn when a utility-model declaration lacks its evaluation report', async () => {
  const real = getTransport()
  setTransport(async (req) => {
    const res = await real(req)
    if (req.url.startsWith(`/api/patents/${FUMIGATION}`)) {
      const { evaluationReport: _dropped, ...rest } = res.body as PatentDetail
      return { ...res, body: rest }
    }
    return res
  })
  open(FUMIGATION)
  expect(await screen.findByTestId('evaluation-report-note')).toHaveTextContent('未见专利权评价报告')
})

test('should estimate a lump sum at once, whatever the sales', async () => {
  open(LITHIUM)
  const calc = await screen.findByTestId('fee-estimator')
  expect(document.querySelector('input[name="annualSales"]')).toBeNull()
  expect(within(calc).getByTestId('fee-total')).toHaveTextContent('30 万元')
  expect(within(calc).getByTestId('fee-average')).toHaveTextContent('10 万元')
  expect(within(calc).getByTestId('fee-yearly')).toHaveTextContent('第 1 年30 万元第 2 年0 元第 3 年0 元')
  expect(within(calc).getByTestId('fee-formula')).toHaveTextContent('一次性支付许可费 30 万元')
})

test('should estimate a sales royalty from the typed annual sales, and warn past the licence term', async () => {
  open(LINE_INSPECTION)
  const calc = await screen.findByTestId('fee-estimator')
  expect(within(calc).getByText('填写预计年销售额后显示测算结果')).toBeInTheDocument()
  type('annualSales', '200')
  expect(within(calc).getByTestId('fee-total')).toHaveTextContent('20 万元')
  expect(within(calc).getByTestId('fee-yearly')).toHaveTextContent('第 1 年10 万元第 2 年10 万元')
  expect(within(calc).getByTestId('fee-formula')).toHaveTextContent('年净销售额 200 万元 × 提成比例 5% × 2 年')
  expect(within(calc).queryByRole('alert')).toBeNull()

  type('years', '3')
  expect(within(calc).getByTestId('fee-total')).toHaveTextContent('30 万元')
  expect(within(calc).getByRole('alert')).toHaveTextContent('超过声明的许可期限 24 个月')
})

test('should ask for profit on a profit-based royalty and add the entry fee', async () => {
  open(PIT_MUD)
  const calc = await screen.findByTestId('fee-estimator')
  expect(within(calc).getByText('填写预计年利润后显示测算结果')).toBeInTheDocument()
  type('annualProfit', '40')
  // 5 万元 + 40 万元 × 15% × 5 年
  expect(within(calc).getByTestId('fee-total')).toHaveTextContent('35 万元')
  expect(within(calc).getByTestId('fee-formula')).toHaveTextContent('入门费 5 万元 + 年利润 40 万元 × 提成比例 15% × 5 年')
})

test('should give a field message for each bad figure and show no result', async () => {
  open(LINE_INSPECTION)
  await screen.findByTestId('fee-estimator')
  type('annualSales', 'abc')
  expect(screen.getByTestId('annualSales-error')).toHaveTextContent('请输入有效的金额')
  type('annualSales', '1.1234567')
  expect(screen.getByTestId('annualSales-error')).toHaveTextContent('金额最多精确到分')
  type('annualSales', '0')
  expect(screen.getByTestId('annualSales-error')).toHaveTextContent('金额必须大于0')
  expect(screen.queryByTestId('fee-total')).toBeNull()
  type('annualSales', '１００')
  expect(screen.queryByTestId('annualSales-error')).toBeNull()
  type('years', '0')
  expect(screen.getByTestId('years-error')).toHaveTextContent('测算年限应为 1–30 的整数')
  expect(screen.queryByTestId('fee-total')).toBeNull()
  type('years', '')
  fireEvent.blur(document.querySelector('input[name="years"]')!)
  expect(screen.getByTestId('years-error')).toHaveTextContent('请输入测算年限')
})

test('should flag a declared rate beyond the cap of RULES.md', async () => {
  const real = getTransport()
  setTransport(async (req) => {
    const res = await real(req)
    if (req.url.startsWith(`/api/patents/${LINE_INSPECTION}`)) return { ...res, body: { ...(res.body as PatentDetail), royaltyRate: 0.25 } }
    return res
  })
  open(LINE_INSPECTION)
  const calc = await screen.findByTestId('fee-estimator')
  // Shown before any figure is typed: it is about the declaration itself.
  expect(within(calc).getByRole('alert')).toHaveTextContent('声明的提成比例 25% 超过按净销售额提成的上限 20%')
  type('annualSales', '100')
  expect(within(calc).getByTestId('fee-total')).toHaveTextContent('50 万元')
  expect(within(calc).getAllByRole('alert')).toHaveLength(1)
})

test('should send 申请许可 to the licence application form of this patent', async () => {
  open(LITHIUM)
  await screen.findByTestId('declaration')
  fireEvent.click(screen.getByText('申请许可'))
  expect(navigation).toContainEqual({ kind: 'navigateTo', url: '/packages/trade/pages/licence-apply/index?patentId=p000001' })
})

test('should ask a signed-out user to log in on 我的 when tapping 收藏', async () => {
  open(LITHIUM)
  await screen.findByTestId('declaration')
  fireEvent.click(screen.getByRole('button', { name: '收藏' }))
  await waitFor(() => expect(navigation).toContainEqual({ kind: 'switchTab', url: '/pages/me/index' }))
})

test('should save and remove a favourite on the server', async () => {
  await signIn()
  open(LITHIUM)
  await screen.findByTestId('declaration')
  const star = await screen.findByRole('button', { name: '收藏' })
  await waitFor(() => expect(star).toHaveAttribute('aria-pressed', 'false'))
  fireEvent.click(star)
  expect(await screen.findByRole('button', { name: '取消收藏' })).toHaveAttribute('aria-pressed', 'true')
  await waitFor(() => expect(toasts).toContainEqual(expect.objectContaining({ title: '已收藏' })))
  const saved = await api('GET /api/me/favourites')
  expect(saved.items.map((f) => f.patentId)).toEqual([LITHIUM])

  fireEvent.click(screen.getByRole('button', { name: '取消收藏' }))
  await waitFor(() => expect(toasts).toContainEqual(expect.objectContaining({ title: '已取消收藏' })))
  expect((await api('GET /api/me/favourites')).total).toBe(0)
})

test('should put the star back when saving fails', async () => {
  await signIn()
  const real = getTransport()
  setTransport((req) => real(req.method === 'PUT' ? { ...req, headers: { ...req.headers, 'x-mock-fail': '1' } } : req))
  open(LITHIUM)
  const star = await screen.findByRole('button', { name: '收藏' })
  await waitFor(() => expect(star).toHaveAttribute('aria-pressed', 'false'))
  fireEvent.click(star)
  await waitFor(() => expect(toasts).toContainEqual(expect.objectContaining({ title: '服务暂时不可用，请稍后重试' })))
  expect(screen.getByRole('button', { name: '收藏' })).toHaveAttribute('aria-pressed', 'false')
})

test('should copy the full link with 分享 on H5', async () => {
  const writeText = jest.fn(() => Promise.resolve())
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
  try {
    open(LITHIUM)
    await screen.findByTestId('declaration')
    fireEvent.click(screen.getByRole('button', { name: '分享' }))
    await waitFor(() => expect(toasts).toContainEqual(expect.objectContaining({ title: '链接已复制' })))
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/pages/patent/index?id=p000001`)
  } finally {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true })
  }
})

test('should say so when the patent does not exist', async () => {
  open('p999999')
  expect(await screen.findByText('专利不存在或已下线')).toBeInTheDocument()
  expect(screen.queryByText('重试')).toBeNull()
})

test('should offer 重试 when loading fails', async () => {
  const real = getTransport()
  let failing = true
  setTransport((req) => real(failing ? { ...req, headers: { ...req.headers, 'x-mock-fail': '1' } } : req))
  open(LITHIUM)
  expect(await screen.findByText('加载失败')).toBeInTheDocument()
  failing = false
  fireEvent.click(screen.getByRole('button', { name: '重试' }))
  expect(await screen.findByTestId('declaration')).toBeInTheDocument()
})
