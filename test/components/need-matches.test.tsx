import { screen, within } from '@testing-library/react'
import { __setRouterParams } from '../setup/taro'
import { renderWithClient } from '../setup/render'
import NeedMatchesPage from '@/packages/trade/pages/need-matches/index'
import { api } from '@/api/client'
import { useSessionStore } from '@/stores/session'
import { FIXED_PATENTS } from '@mock/seed'

async function signInAndPost(keywords: string[]): Promise<string> {
  const { token, user } = await api('POST /api/auth/login', { body: { role: 'sme' } })
  useSessionStore.getState().setSession(token, user)
  const { need } = await api('POST /api/needs', {
    body: { title: '寻找锂电池正极材料技术', description: '扩建产线', industry: 'C38', budgetFen: 40_000_000, keywords },
  })
  return need.id
}

test('should show the need and each matched patent with its score and 匹配理由', async () => {
  __setRouterParams({ id: await signInAndPost(['锂离子电池', '正极材料']) })
  renderWithClient(<NeedMatchesPage />)
  expect(await screen.findByText('寻找锂电池正极材料技术')).toBeInTheDocument()
  const cards = await screen.findAllByTestId('patent-match')
  expect(cards.length).toBeGreaterThan(0)
  const lithium = cards.find((c) => c.textContent?.includes(FIXED_PATENTS.lithiumCathode.title))!
  expect(lithium).toBeDefined()
  expect(within(lithium).getByText('匹配理由')).toBeInTheDocument()
  expect(within(lithium).getByText('关键词: 锂离子电池')).toBeInTheDocument()
  expect(within(lithium).getByText('同一行业')).toBeInTheDocument()
  expect(within(lithium).getByText('许可费在预算内')).toBeInTheDocument()
  expect(within(lithium).getByLabelText(/^匹配度 \d+%$/)).toBeInTheDocument()
  expect(screen.getByText(`匹配的开放许可专利（${cards.length}）`)).toBeInTheDocument()
})

test('should say so, and offer to try again, when nothing matches', async () => {
  __setRouterParams({ id: await signInAndPost(['量子引力波']) })
  renderWithClient(<NeedMatchesPage />)
  expect(await screen.findByText('暂未找到匹配的专利')).toBeInTheDocument()
  expect(screen.getByText('重新发布需求')).toBeInTheDocument()
})

test('should say a need that is not the user\'s does not exist, without a pointless 重试', async () => {
  await signInAndPost(['储能'])
  __setRouterParams({ id: 'nd-someone-else' })
  renderWithClient(<NeedMatchesPage />)
  expect(await screen.findByText('内容不存在或已删除')).toBeInTheDocument()
  expect(screen.getByText(/需求不存在/)).toBeInTheDocument()
  expect(screen.queryByText('重试')).toBeNull()
})

test('should say what is missing when opened without a need id', async () => {
  await signInAndPost(['储能'])
  __setRouterParams({})
  renderWithClient(<NeedMatchesPage />)
  expect(await screen.findByText('链接中缺少需求编号')).toBeInTheDocument()
})
