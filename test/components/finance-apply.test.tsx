import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { renderWithClient } from '../setup/render'
import { signIn, signInWithProfile } from '../setup/session'
import { __setRouterParams, navigation } from '../setup/taro'
import ApplyPage from '@/packages/finance/pages/apply/index'
import { api } from '@/api/client'
import type { FinanceProductListResponse, PledgeCheckResponse } from '@/api/types-finance'
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

test('should run the 质押前自查 on the chosen patents and say what to do about each problem', async () => {
  await signInWithProfile()
  const expected = await api<PledgeCheckResponse>('GET', '/api/finance/pledge-check', { query: { patentIds: 'p000002,p000003', termMonths: 12 } })
  await openApply()
  fireEvent.click(screen.getByRole('radio', { name: '12 个月' }))
  await pickPatent(expected.items[0].patentNo)
  await pickPatent(expected.items[1].patentNo)
  const check = screen.getByTestId('pledge-check')
  await waitFor(() => expect(within(check).getAllByTestId('pledge-item')).toHaveLength(2))
  const problems = expected.items.flatMap((i) => i.problems)
  expect(problems.map((p) => p.code)).toEqual(expect.arrayContaining(['annuity_unpaid', 'already_pledged']))
  for (const p of problems) {
    expect(within(check).getAllByText(`✗ ${p.message}`).length).toBeGreaterThan(0)
    expect(within(check).getAllByText(`处理办法：${p.action}`).length).toBeGreaterThan(0)
  }
  expect(within(check).getByText(`发现 ${problems.length} 个问题`)).toBeInTheDocument()
})

test('should stop for a failed self-check unless the person insists, then submit once and link to tracking', async () => {
  await signInWithProfile()
  const { items } = await api<FinanceProductListResponse>('GET', '/api/finance/products', { query: { collateral: 'patent_pledge' } })
  const product = items[0]
  await openApply(product.id)
  expect(screen.getByTestId('apply-product')).toHaveTextContent(product.name)
  const amountWan = product.minAmountFen / 1_000_000
  type('amount', String(product.maxAmountFen / 1_000_000 + 1))
  expect(screen.getByTestId('amount-error')).toHaveTextContent(`该产品额度为 ${amountRange(product)}`)
  type('amount', String(amountWan))
  fireEvent.click(screen.getByRole('radio', { name: `${product.termMonths[0]} 个月` }))
  type('purpose', '研发投入')
  await pickPatent((await api<{ patentNo: string }>('GET', '/api/patents/p000002')).patentNo)
  await screen.findByText(/发现 \d+ 个问题/)

  const modal = jest.spyOn(Taro, 'showModal').mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'showModal:ok' })
  fireEvent.click(screen.getByText('提交申请'))
  await waitFor(() => expect(modal).toHaveBeenCalledWith(expect.objectContaining({ title: '质押前自查未通过' })))
  expect(screen.queryByTestId('apply-result')).toBeNull()

  modal.mockResolvedValueOnce({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
  fireEvent.click(screen.getByText('提交申请'))
  const result = await screen.findByTestId('apply-result')
  expect(result).toHaveTextContent('融资申请已提交')
  fireEvent.click(screen.getByText('查看申请进度'))
  const url = navigation.at(-1)?.url ?? ''
  const id = /[?&]id=([^&]+)/.exec(url)?.[1] ?? ''
  expect(url).toBe(`/packages/tracking/pages/application/index?kind=finance&id=${id}`)
  const { application } = await api<{ application: { amountFen: number; productId: string; patentIds: string[]; status: string } }>('GET', `/api/finance/applications/${id}`)
  expect(application).toMatchObject({ amountFen: product.minAmountFen, productId: product.id, patentIds: ['p000002'], status: 'submitted' })
})

test('should ask to complete 企业信息 before applying', async () => {
  await signIn()
  __setRouterParams({})
  renderWithClient(<ApplyPage />)
  fireEvent.click(await screen.findByText('去填写企业信息'))
  expect(navigation.at(-1)).toEqual({ kind: 'navigateTo', url: '/pages/enterprise/index' })
})
