import { fireEvent, screen, waitFor } from '@testing-library/react'
import { navigation } from '../setup/taro'
import { renderWithClient } from '../setup/render'
import { recordRequests, signIn, signInWithProfile } from '../setup/session'
import NeedNewPage from '@/packages/trade/pages/need-new/index'
import { api } from '@/api/client'
import { useDraftsStore } from '@/stores/drafts'

function type(name: string, value: string) {
  fireEvent.change(document.querySelector(`[name="${name}"]`) as HTMLInputElement, { target: { value } })
}

test('should start from the enterprise\'s own industry', async () => {
  await signInWithProfile()
  renderWithClient(<NeedNewPage />)
  expect(await screen.findByRole('radio', { name: '电气机械和器材制造业' })).toHaveAttribute('aria-checked', 'true')
})

test('should explain keyword, budget and title problems as the user types', async () => {
  await signIn()
  renderWithClient(<NeedNewPage />)
  await screen.findByText('发布并匹配')

  type('keywords', '储能 电池 光伏 风电 氢能 充电桩 逆变器 储能柜 微电网')
  expect(screen.getByTestId('keywords-error')).toHaveTextContent('关键词最多8个')
  type('keywords', '储能，电池、储能 ')
  expect(screen.queryByTestId('keywords-error')).toBeNull()
  // Repeats are dropped before matching, so the preview shows each keyword once.
  expect(screen.getAllByText('储能')).toHaveLength(1)
  expect(screen.getByText('电池')).toBeInTheDocument()

  type('budget', 'abc')
  expect(screen.getByTestId('budget-error')).toHaveTextContent('请输入有效的金额')
  type('budget', '')
  expect(screen.queryByTestId('budget-error')).toBeNull()

  type('title', '寻找技术')
  type('title', '')
  expect(screen.getByTestId('title-error')).toHaveTextContent('请输入需求标题')
})

test('should list every missing field on an empty submit and send nothing', async () => {
  await signIn()
  const sent = recordRequests()
  renderWithClient(<NeedNewPage />)
  await screen.findByText('发布并匹配')
  fireEvent.click(screen.getByText('发布并匹配'))
  expect(await screen.findByText('请按提示修改后再发布')).toBeInTheDocument()
  expect(screen.getByTestId('title-error')).toHaveTextContent('请输入需求标题')
  expect(screen.getByTestId('description-error')).toHaveTextContent('请输入需求描述')
  expect(screen.getByTestId('industry-error')).toHaveTextContent('请选择行业')
  expect(screen.getByTestId('keywords-error')).toHaveTextContent('请至少填写1个关键词')
  expect(screen.queryByTestId('budget-error')).toBeNull()
  expect(sent.filter((r) => r.method === 'POST')).toHaveLength(0)
})

test('should publish once for a double tap, in fen, and open the matches', async () => {
  await signIn()
  const sent = recordRequests()
  renderWithClient(<NeedNewPage />)
  await screen.findByText('发布并匹配')
  type('title', '寻找储能电池正极材料技术')
  type('description', '计划建设储能电池产线')
  type('keywords', '储能 正极材料')
  fireEvent.click(screen.getByRole('radio', { name: '电气机械和器材制造业' }))
  type('budget', '50.5')
  expect(useDraftsStore.getState().drafts['need-new']).toBeDefined()

  const button = screen.getByText('发布并匹配')
  fireEvent.click(button)
  fireEvent.click(button)
  await waitFor(() => expect(navigation.some((n) => n.kind === 'redirectTo')).toBe(true))

  const postsSent = sent.filter((r) => r.method === 'POST' && r.url === '/api/needs')
  expect(postsSent).toHaveLength(1)
  expect(postsSent[0].body).toEqual({ title: '寻找储能电池正极材料技术', description: '计划建设储能电池产线', industry: 'C38', keywords: ['储能', '正极材料'], budgetFen: 50_500_000 })
  const url = navigation.find((n) => n.kind === 'redirectTo')!.url
  const id = /[?&]id=([^&]+)/.exec(url)![1]
  expect(url).toBe(`/packages/trade/pages/need-matches/index?id=${id}`)
  const { need } = await api('GET /api/needs/:id', { params: { id } })
  expect(need.keywords).toEqual(['储能', '正极材料'])
  expect(useDraftsStore.getState().drafts['need-new']).toBeUndefined()
})

test('should restore a draft typed before the app was closed', async () => {
  await signIn()
  useDraftsStore.getState().saveDraft('need-new', { title: '草稿需求', keywords: '储能' })
  renderWithClient(<NeedNewPage />)
  expect(await screen.findByDisplayValue('草稿需求')).toBeInTheDocument()
  expect(screen.getByText('已恢复上次未发布的内容')).toBeInTheDocument()
  fireEvent.click(screen.getByText('放弃修改'))
  expect(screen.queryByDisplayValue('草稿需求')).toBeNull()
})
