import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { renderWithClient } from '../setup/render'
import { signIn, signInWithProfile } from '../setup/session'
import { __setRouterParams, navigation } from '../setup/taro'
import ApplyPage from '@/packages/finance/pages/apply/index'
import { api } from '@/api/client'
import { DEMO_COMPANY } from '@mock/seed/users'
import { amountRange } from '@/features/finance/labels'

function type(name: string, value: string) {
  fireEvent.change(document.querySelector(`[name="${name}"]`) as HTMLInputElement, { target: { value } })
}

async function pickPatent(patentNo: string) {
  type('patentSearch', patentNo)
  fireEvent.click(screen.getByText('搜索'))
  fireEvent.click(await screen.findByRole('button', { name: `选择 ${patentNo}` }))
}

async function openApply(productId?: string) {
  __setRouterParams(productId ? { productId } : {})
  const utils = renderWithClient(<ApplyPage />)
  await screen.findByText('提交申请')
  return utils
}

afterEach(() => {
  jest.restoreAllMocks()
})

test('should check amount, term, purpose and patents as they are entered', async () => {
  await signInWithProfile()
  const { client } = await openApply()
  type('amount', '9.99')
  expect(screen.getByTestId('amount-error')).toHaveTextContent('融资金额不能低于10万元')
  type('amount', 'abc')
  expect(screen.getByTestId('amount-error')).toHaveTextContent('请输入有效的金额')
  type('amount', '50')
  expect(screen.queryByTestId('amount-error')).toBeNull()
  fireEvent.click(screen.getByText('提交申请'))
  expect(screen.getByTestId('termMonths-error')).toHaveTextContent('请选择融资期限')
  expect(screen.getByTestId('purpose-error')).toHaveTextContent('请输入资金用途')
  expect(screen.getByTestId('patentIds-error')).toHaveTextContent('请选择拟质押的专利')
  expect(client.isMutating()).toBe(0)
})

/** The seeded demo enterprise: the register names it patentee of p000007–p000016, one per ground. */
async function signInAsDemoPatentee(code: string) {
  await signIn('sme', code)
  await api('PUT /api/me/enterprise', { body: { ...DEMO_COMPANY, region: '440700', industry: 'C38' } })
}

test('should offer the enterprise’s own patents with a readiness badge each, and check any other one picked', async () => {
  await signInAsDemoPatentee('picker-badges')
  await openApply()
  fireEvent.click(screen.getByRole('radio', { name: '36 个月' }))
  const own = await screen.findAllByTestId('own-patent')
  expect(own).toHaveLength(10)
  const badges = own.map((row) => within(row).getByTestId('readiness-badge').textContent)
  expect(badges.filter((b) => b === '可质押')).toHaveLength(2)
  await waitFor(() => expect(screen.getAllByTestId('readiness-badge').some((b) => /期限超过届满日/.test(b.textContent ?? ''))).toBe(true))
  for (const words of ['已质押', '年费滞纳', '共有人未同意', '无效宣告审查中', '权属纠纷或保全', '同日申请待放弃其一']) {
    expect(screen.getAllByTestId('readiness-badge').some((b) => (b.textContent ?? '').includes(words))).toBe(true)
  }
  const pledged = own.find((row) => /已质押/.test(row.textContent ?? ''))!
  expect(within(pledged).getByRole('button', { name: /选择/ })).toHaveAttribute('aria-disabled', 'true')

  const other = await api('GET /api/patents/:id', { params: { id: 'p000001' } })
  await pickPatent(other.patentNo)
  const check = screen.getByTestId('pledge-check')
  await waitFor(() => expect(within(check).getByTestId('pledge-problem-not_patentee')).toBeInTheDocument())
  expect(within(check).getByText(/处理办法：请由专利权人作为出质人申请/)).toBeInTheDocument()
})

test('should stop a failed self-check (no 仍然提交), then submit the enterprise’s own ready patent once and link to tracking', async () => {
  await signInAsDemoPatentee('picker-submit')
  const { items } = await api('GET /api/finance/products', { query: { collateral: 'patent_pledge' } })
  const product = items[0]
  await openApply(product.id)
  expect(screen.getByTestId('apply-product')).toHaveTextContent(product.name)
  const amountWan = product.minAmountFen / 1_000_000
  type('amount', String(product.maxAmountFen / 1_000_000 + 1))
  expect(screen.getByTestId('amount-error')).toHaveTextContent(`该产品额度为 ${amountRange(product)}`)
  type('amount', String(amountWan))
  fireEvent.click(screen.getByRole('radio', { name: `${product.termMonths[0]} 个月` }))
  type('purpose', '研发投入')
  const other = await api('GET /api/patents/:id', { params: { id: 'p000001' } })
  await pickPatent(other.patentNo)
  await screen.findByText(/发现 \d+ 个问题/)

  const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
  fireEvent.click(screen.getByText('提交申请'))
  await waitFor(() => expect(modal).toHaveBeenCalledWith(expect.objectContaining({ title: '质押前自查未通过', showCancel: false, confirmText: '返回修改' })))
  expect(await screen.findByTestId('form-error')).toHaveTextContent('质押前自查未通过')
  expect(screen.queryByTestId('apply-result')).toBeNull()

  fireEvent.click(screen.getByRole('button', { name: `移除 ${other.patentNo}` }))
  const ready = await api('GET /api/patents/:id', { params: { id: 'p000007' } })
  fireEvent.click(await screen.findByRole('button', { name: `选择 ${ready.patentNo}` }))
  await screen.findByText('全部通过')
  fireEvent.click(screen.getByText('提交申请'))
  const result = await screen.findByTestId('apply-result')
  expect(result).toHaveTextContent('融资申请已提交')
  fireEvent.click(screen.getByText('查看申请进度'))
  const url = navigation.at(-1)?.url ?? ''
  const id = /[?&]id=([^&]+)/.exec(url)?.[1] ?? ''
  expect(url).toBe(`/packages/tracking/pages/application/index?kind=finance&id=${id}`)
  const { application } = await api('GET /api/finance/applications/:id', { params: { id } })
  expect(application).toMatchObject({ amountFen: product.minAmountFen, productId: product.id, patentIds: ['p000007'], status: 'submitted' })
})

test('should ask to complete 企业信息 before applying', async () => {
  await signIn()
  __setRouterParams({})
  renderWithClient(<ApplyPage />)
  fireEvent.click(await screen.findByText('去填写企业信息'))
  expect(navigation.at(-1)).toEqual({ kind: 'navigateTo', url: '/pages/enterprise/index' })
})
