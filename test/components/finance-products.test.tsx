import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { renderWithClient } from '../setup/render'
import { __setRouterParams, navigation } from '../setup/taro'
import ProductsPage from '@/packages/finance/pages/products/index'
import ProductPage from '@/packages/finance/pages/product/index'
import { api } from '@/api/client'
import { amountRange, collateralLabel, rateRange } from '@/features/finance/labels'

async function productCards() {
  await waitFor(() => expect(screen.queryByTestId('skeleton')).toBeNull())
  return screen.findAllByTestId('product-card')
}

function chip(group: string, label: string) {
  return within(screen.getByRole('radiogroup', { name: group })).getByRole('radio', { name: label })
}

test('should narrow the catalogue to one bank and a term', async () => {
  const { items: banks } = await api('GET /api/finance/banks')
  const all = await api('GET /api/finance/products', { query: { pageSize: 50 } })
  const bank = banks.find((b) => all.items.filter((p) => p.bankId === b.id).length >= 2) ?? banks[0]
  renderWithClient(<ProductsPage />)
  await productCards()
  fireEvent.click(await screen.findByRole('radio', { name: bank.shortName }))
  await waitFor(() => {
    const cards = screen.getAllByTestId('product-card')
    expect(cards).toHaveLength(all.items.filter((p) => p.bankId === bank.id).length)
    cards.forEach((c) => expect(c).toHaveTextContent(bank.name))
  })
  fireEvent.click(chip('期限', '36 个月'))
  const expected = all.items.filter((p) => p.bankId === bank.id && p.termMonths.includes(36))
  await waitFor(() => expect(screen.queryAllByTestId('product-card')).toHaveLength(expected.length))
})

test('should filter by the amount needed and refuse one outside 10–5000 万元', async () => {
  const fits = await api('GET /api/finance/products', { query: { minAmount: 1_000_000_000, maxAmount: 1_000_000_000, pageSize: 50 } })
  renderWithClient(<ProductsPage />)
  await productCards()
  const input = document.querySelector('[name="amountFilter"]') as HTMLInputElement
  fireEvent.change(input, { target: { value: '6000' } })
  fireEvent.click(screen.getByText('筛选'))
  expect(screen.getByRole('alert')).toHaveTextContent('融资金额不能超过5000万元')
  fireEvent.change(input, { target: { value: '1000' } })
  fireEvent.click(screen.getByText('筛选'))
  await waitFor(() => expect(screen.queryAllByTestId('product-card')).toHaveLength(Math.min(fits.total, 10)))
  expect(screen.queryByRole('alert')).toBeNull()
})

test('should show a product with its amount, term, rate, collateral and documents, then apply for it', async () => {
  const { items } = await api('GET /api/finance/products')
  const product = items[0]
  __setRouterParams({ id: product.id })
  renderWithClient(<ProductPage />)
  expect(await screen.findByText(product.name)).toBeInTheDocument()
  expect(screen.getByText(amountRange(product))).toBeInTheDocument()
  expect(screen.getAllByText(new RegExp(rateRange(product).replace(/[.%]/g, '\\$&'))).length).toBeGreaterThan(0)
  expect(screen.getByText(`${product.termMonths.join(' / ')} 个月`)).toBeInTheDocument()
  expect(screen.getByText(collateralLabel(product.collateral))).toBeInTheDocument()
  for (const doc of product.requiredDocuments) expect(screen.getByText(new RegExp(doc.replace(/[()（）]/g, '.')))).toBeInTheDocument()
  fireEvent.click(screen.getByText('申请融资'))
  expect(navigation.at(-1)?.url).toBe(`/packages/finance/pages/apply/index?productId=${product.id}`)
})
