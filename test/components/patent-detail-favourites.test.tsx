// 我的收藏 (packages/trade/pages/favourites): what a 收藏 on the detail page leads to.
import { fireEvent, screen, waitFor } from '@testing-library/react'
import { navigation } from '../setup/taro'
import { renderWithClient } from '../setup/render'
import { signIn } from '../setup/session'
import FavouritesPage from '@/packages/trade/pages/favourites/index'
import { api } from '@/api/client'

test('should ask a signed-out user to log in', () => {
  renderWithClient(<FavouritesPage />)
  expect(screen.getByText('请先登录')).toBeInTheDocument()
  fireEvent.click(screen.getByRole('button', { name: '去登录' }))
  expect(navigation).toContainEqual({ kind: 'switchTab', url: '/pages/me/index' })
})

test('should list saved patents newest first and drop one with 取消收藏', async () => {
  await signIn()
  await api('PUT /api/me/favourites/:patentId', { params: { patentId: 'p000001' } })
  await api('PUT /api/me/favourites/:patentId', { params: { patentId: 'p000004' } })
  renderWithClient(<FavouritesPage />)
  expect(await screen.findByText('共收藏 2 件专利')).toBeInTheDocument()
  const cards = screen.getAllByTestId('favourite-card')
  expect(cards[0]).toHaveTextContent('白酒酒瓶（窖藏）')
  expect(cards[1]).toHaveTextContent('一种用于锂离子电池的复合正极材料及其制备方法')
  expect(cards[1]).toHaveTextContent('一次性 30 万元')

  fireEvent.click(screen.getAllByRole('button', { name: '取消收藏' })[0])
  await waitFor(() => expect(screen.getAllByTestId('favourite-card')).toHaveLength(1))
  expect((await api('GET /api/me/favourites')).items.map((f) => f.patentId)).toEqual(['p000001'])

  fireEvent.click(screen.getByRole('button', { name: '申请许可' }))
  expect(navigation).toContainEqual({ kind: 'navigateTo', url: '/packages/trade/pages/licence-apply/index?patentId=p000001' })
  fireEvent.click(screen.getByRole('link'))
  expect(navigation).toContainEqual({ kind: 'navigateTo', url: '/pages/patent/index?id=p000001' })
})

test('should point to the patent list when nothing is saved yet', async () => {
  await signIn()
  renderWithClient(<FavouritesPage />)
  expect(await screen.findByText('还没有收藏的专利')).toBeInTheDocument()
  fireEvent.click(screen.getByRole('button', { name: '去找专利' }))
  expect(navigation).toContainEqual({ kind: 'switchTab', url: '/pages/patents/index' })
})
