import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { __firePageScroll, __setRouterParams, pageScrolls } from '../setup/taro'
import { renderWithClient } from '../setup/render'
import PatentsPage from '@/pages/patents/index'
import { api } from '@/api/client'
import { getTransport, setTransport } from '@/api/transport'
import { formatCount } from '@/features/patents/labels'

const LITHIUM_TITLE = '一种用于锂离子电池的复合正极材料及其制备方法'

beforeEach(() => {
  // The H5 route-params file mirrors the search into the address bar of this page only.
  window.history.replaceState(null, '', '/pages/patents/index')
  pageScrolls.length = 0
})

function facets(query: Record<string, string> = {}) {
  return api('GET /api/patents', { query: { ...query, pageSize: 1 } })
}

async function totalShown(): Promise<string> {
  return (await screen.findByTestId('patents-total')).textContent ?? ''
}

function searchFor(text: string) {
  const input = screen.getByLabelText('搜索专利')
  fireEvent.change(input, { target: { value: text } })
  fireEvent.keyDown(input, { key: 'Enter' })
}

test('should open with the newest patents, a search box and the filter bar', async () => {
  renderWithClient(<PatentsPage />)
  expect(screen.getByTestId('patents-skeleton')).toBeInTheDocument()
  const all = await facets()
  expect(await totalShown()).toBe(`共 ${formatCount(all.total)} 件开放许可专利`)
  expect(screen.getByPlaceholderText('搜索专利名称、专利号、专利权人')).toBeInTheDocument()
  for (const name of ['专利类型', '行业', '地区', '许可费支付方式', '许可费用上限']) {
    expect(screen.getByRole('button', { name })).toBeInTheDocument()
  }
  expect(screen.getAllByTestId('patent-card').length).toBeGreaterThan(0)
})

test('should show each option with its live count, filter by it, and keep the other options counted', async () => {
  renderWithClient(<PatentsPage />)
  await totalShown()
  const all = await facets()

  fireEvent.click(screen.getByRole('button', { name: '专利类型' }))
  const sheet = await screen.findByRole('dialog', { name: '专利类型' })
  const invention = await within(sheet).findByRole('radio', { name: `发明 (${formatCount(all.facets.type.invention)})` })
  expect(within(sheet).getByRole('radio', { name: `实用新型 (${formatCount(all.facets.type.utility)})` })).toBeInTheDocument()
  expect(within(sheet).getByRole('radio', { name: `不限 (${formatCount(all.total)})` })).toHaveAttribute('aria-checked', 'true')

  expect(pageScrolls).toEqual([])
  fireEvent.click(invention)
  expect(screen.queryByRole('dialog')).toBeNull()
  // A new search starts from the top of the list.
  expect(pageScrolls).toEqual([{ scrollTop: 0 }])
  await waitFor(async () => expect(await totalShown()).toBe(`共 ${formatCount(all.facets.type.invention)} 件开放许可专利`))
  expect(screen.getByRole('button', { name: '专利类型：发明' })).toBeInTheDocument()
  expect(window.location.search).toBe('?type=invention')

  // Reopened, the sheet still counts the alternatives (not 0 because 发明 is chosen).
  fireEvent.click(screen.getByRole('button', { name: '专利类型：发明' }))
  const again = await screen.findByRole('dialog', { name: '专利类型' })
  expect(within(again).getByRole('radio', { name: `发明 (${formatCount(all.facets.type.invention)})` })).toHaveAttribute('aria-checked', 'true')
  expect(await within(again).findByRole('radio', { name: `外观设计 (${formatCount(all.facets.type.design)})` })).toBeInTheDocument()

  // Another filter's counts narrow to the chosen type.
  fireEvent.click(within(again).getByRole('button', { name: '关闭' }))
  fireEvent.click(screen.getByRole('button', { name: '许可费支付方式' }))
  const feeSheet = await screen.findByRole('dialog', { name: '许可费支付方式' })
  const inventions = await facets({ type: 'invention' })
  expect(await within(feeSheet).findByRole('radio', { name: `提成支付 (${formatCount(inventions.facets.feeMode.royalty)})` })).toBeInTheDocument()
})

test('should count every 许可费用上限 option and cap the list by it', async () => {
  renderWithClient(<PatentsPage />)
  await totalShown()
  fireEvent.click(screen.getByRole('button', { name: '许可费用上限' }))
  const sheet = await screen.findByRole('dialog', { name: '许可费用上限' })
  const capped = await facets({ maxFee: '5000000' })
  const option = await within(sheet).findByRole('radio', { name: `5万元以内 (${formatCount(capped.total)})` })
  const royaltyOnly = await facets({ maxFee: '0' })
  expect(await within(sheet).findByRole('radio', { name: `无前期费用（仅提成） (${formatCount(royaltyOnly.total)})` })).toBeInTheDocument()
  fireEvent.click(option)
  await waitFor(async () => expect(await totalShown()).toBe(`共 ${formatCount(capped.total)} 件开放许可专利`))
  expect(window.location.search).toBe('?maxFee=5000000')
})

test('should restore the search from the route params of a shared link', async () => {
  __setRouterParams({ q: encodeURIComponent('装置'), type: 'utility', sort: 'fee_desc', region: 'not-a-region' })
  renderWithClient(<PatentsPage />)
  const expected = await facets({ q: '装置', type: 'utility' })
  expect(expected.total).toBeGreaterThan(0)
  expect(await totalShown()).toBe(`共 ${formatCount(expected.total)} 件开放许可专利`)
  expect(screen.getByLabelText('搜索专利')).toHaveValue('装置')
  expect(screen.getByRole('button', { name: '专利类型：实用新型' })).toBeInTheDocument()
  expect(screen.getByRole('tab', { name: '许可费从高到低' })).toHaveAttribute('aria-selected', 'true')
  // The unknown region is dropped rather than sent (it would be a 400).
  expect(screen.getByRole('button', { name: '地区' })).toBeInTheDocument()
  expect(window.location.search).toBe(`?q=${encodeURIComponent('装置')}&type=utility&sort=fee_desc`)
})

test.each(['ZL201710601862.3', 'CN201710601862.3', '2017106018623'])('should find the seeded patent by its number typed as %s', async (form) => {
  renderWithClient(<PatentsPage />)
  await totalShown()
  searchFor(form)
  await waitFor(async () => expect(await totalShown()).toBe('共 1 件开放许可专利'))
  const cards = screen.getAllByTestId('patent-card')
  expect(cards).toHaveLength(1)
  expect(cards[0]).toHaveTextContent(LITHIUM_TITLE)
  expect(cards[0]).toHaveTextContent('ZL201710601862.3 · 五邑大学')
})

test('should flip the fee sort between low-to-high and high-to-low', async () => {
  renderWithClient(<PatentsPage />)
  await totalShown()
  fireEvent.click(screen.getByRole('tab', { name: '许可费从低到高' }))
  expect(screen.getByRole('tab', { name: '许可费从低到高' })).toHaveAttribute('aria-selected', 'true')
  expect(window.location.search).toBe('?sort=fee_asc')
  fireEvent.click(screen.getByRole('tab', { name: '许可费从低到高' }))
  expect(screen.getByRole('tab', { name: '许可费从高到低' })).toHaveAttribute('aria-selected', 'true')
  expect(window.location.search).toBe('?sort=fee_desc')
  await waitFor(() => expect(screen.getAllByTestId('patent-card')[0]).toHaveTextContent(/一次性|入门费/))
  fireEvent.click(screen.getByRole('tab', { name: '综合' }))
  expect(window.location.search).toBe('')
})

test('should say nothing matched and clear the search and filters with 清除筛选', async () => {
  __setRouterParams({ type: 'design' })
  renderWithClient(<PatentsPage />)
  await totalShown()
  searchFor('量子纠缠超导隧穿')
  expect(await screen.findByText('没有找到匹配的专利')).toBeInTheDocument()
  fireEvent.click(screen.getByRole('button', { name: '清除筛选' }))
  const all = await facets()
  await waitFor(async () => expect(await totalShown()).toBe(`共 ${formatCount(all.total)} 件开放许可专利`))
  expect(screen.getByLabelText('搜索专利')).toHaveValue('')
  expect(screen.getByRole('button', { name: '专利类型' })).toBeInTheDocument()
  expect(window.location.search).toBe('')
})

test('should show an error with 重试 when the list fails, and load it on retry', async () => {
  const real = getTransport()
  let failing = true
  // The mock's own failure injection: `x-mock-fail: 1` answers 500 with its Chinese message.
  setTransport((req) => real(failing ? { ...req, headers: { ...req.headers, 'x-mock-fail': '1' } } : req))
  renderWithClient(<PatentsPage />)
  expect(await screen.findByText('加载失败')).toBeInTheDocument()
  expect(screen.getByText('服务暂时不可用，请稍后重试')).toBeInTheDocument()
  failing = false
  fireEvent.click(screen.getByRole('button', { name: '重试' }))
  expect(await screen.findByTestId('patents-total')).toBeInTheDocument()
  expect(screen.queryByText('加载失败')).toBeNull()
})

test('should open the detail page when a card is tapped', async () => {
  const { navigation } = await import('../setup/taro')
  renderWithClient(<PatentsPage />)
  await totalShown()
  searchFor('ZL201710601862.3')
  await waitFor(() => expect(screen.getAllByTestId('patent-card')).toHaveLength(1))
  fireEvent.click(screen.getByTestId('patent-card'))
  expect(navigation).toContainEqual({ kind: 'navigateTo', url: '/pages/patent/index?id=p000001' })
})

function lastRenderedIndex(): number {
  const rows = document.querySelectorAll('.virtual-list__row')
  return Number(rows[rows.length - 1]?.getAttribute('data-index'))
}

test('should load the next page as the list nears its end, keep few cards rendered, and retry a failed page', async () => {
  const real = getTransport()
  let failPage2 = true
  setTransport((req) => real(failPage2 && /[?&]page=2(&|$)/.test(req.url) ? { ...req, headers: { ...req.headers, 'x-mock-fail': '1' } } : req))
  renderWithClient(<PatentsPage />)
  await totalShown()
  expect(screen.getByText('上拉加载更多')).toBeInTheDocument()

  // Near the end of the first 20 cards (each row is 126 px in the jest window).
  act(() => __firePageScroll(1_800))
  const retry = await screen.findByRole('button', { name: '加载失败，点击重试' })
  expect(screen.getAllByTestId('patent-card').length).toBeGreaterThan(0)

  failPage2 = false
  fireEvent.click(retry)
  await waitFor(() => expect(lastRenderedIndex()).toBeGreaterThan(19))
  for (const scrollTop of [4_000, 6_500, 9_000]) {
    act(() => __firePageScroll(scrollTop))
    await waitFor(() => expect(lastRenderedIndex()).toBeGreaterThan(scrollTop / 126))
    expect(screen.getAllByTestId('patent-card').length).toBeLessThanOrEqual(40)
  }
})
