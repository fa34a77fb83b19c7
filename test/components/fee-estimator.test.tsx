import { fireEvent, screen, within } from '@testing-library/react'
import { __setRouterParams } from '../setup/taro'
import { renderWithClient } from '../setup/render'
import PatentPage from '@/pages/patent/index'

// Issue 16 defect 11: 年均 「30.0667 万元」; lump-sum mode asked for sales it never used; a profit-based
// royalty still required sales; the 万元 unit disappeared while typing.
const LITHIUM = 'p000001' // 一次性 30 万元
const LINE_INSPECTION = 'p000002' // 提成 5% of net sales
const PIT_MUD = 'p000005' // 入门费 5 万元 + 15% of profit

function open(id: string) {
  __setRouterParams({ id })
  renderWithClient(<PatentPage />)
  return screen.findByTestId('fee-estimator')
}

function type(name: string, value: string) {
  fireEvent.change(document.querySelector(`input[name="${name}"]`) as HTMLInputElement, { target: { value } })
}

test('should show the yearly average to at most 2 decimals of 万元', async () => {
  const calc = await open(LITHIUM)
  type('years', '7')
  expect(within(calc).getByTestId('fee-total')).toHaveTextContent('30 万元')
  // 30 万元 / 7 = 4.285714… 万元
  expect(within(calc).getByTestId('fee-average')).toHaveTextContent(/^4\.29 万元$/)
})

test('should not ask a lump-sum licensee for sales or profit', async () => {
  const calc = await open(LITHIUM)
  expect(document.querySelector('input[name="annualSales"]')).toBeNull()
  expect(document.querySelector('input[name="annualProfit"]')).toBeNull()
  expect(within(calc).getByTestId('fee-total')).toHaveTextContent('30 万元')
})

test('should need only profit for a royalty on profit', async () => {
  const calc = await open(PIT_MUD)
  expect(document.querySelector('input[name="annualSales"]')).toBeNull()
  type('annualProfit', '40')
  expect(within(calc).getByTestId('fee-total')).toHaveTextContent('35 万元')
  expect(within(calc).queryByText('预计年利润高于年销售额，请检查填写')).toBeNull()
})

test('should keep the 万元 unit in sight while a figure is typed', async () => {
  const calc = await open(LINE_INSPECTION)
  type('annualSales', '500')
  expect(within(calc).getByText('预计年销售额（万元）')).toBeInTheDocument()
  expect(within(calc).getByTestId('fee-total')).toHaveTextContent('万元')
})
