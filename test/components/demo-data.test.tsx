// 我的 → 演示数据 → 恢复初始演示数据: the in-process mock forgets what this phone did and starts again
// from the seed; the user is signed out and lands on 首页.

import Taro from '@tarojs/taro'
import { fireEvent, screen, waitFor } from '@testing-library/react'
import { api } from '@/api/client'
import { ApiError } from '@/api/error'
import { MOCK_STATE_KEY } from '@/api/transport'
import DemoDataPage from '@/mockpkg/pages/demo-data/index'
import { useSessionStore } from '@/stores/session'
import { renderWithClient } from '../setup/render'
import { signIn } from '../setup/session'
import { navigation, toasts } from '../setup/taro'

test('should wipe what was saved on this phone, sign out and go to 首页', async () => {
  const session = await signIn('sme')
  await api('PUT /api/me/favourites/:patentId', { params: { patentId: 'p000001' } })
  expect(Taro.getStorageSync(MOCK_STATE_KEY)).not.toBe('')

  renderWithClient(<DemoDataPage />)
  expect(screen.getByTestId('demo-data-patents')).toHaveTextContent('演示专利 300 件')
  fireEvent.click(screen.getByText('恢复初始演示数据'))

  await waitFor(() => expect(navigation).toContainEqual({ kind: 'reLaunch', url: '/pages/index/index' }))
  expect(toasts).toContainEqual(expect.objectContaining({ title: '已恢复初始数据' }))
  expect(useSessionStore.getState().user).toBeNull()
  expect(Taro.getStorageSync(MOCK_STATE_KEY)).toBe('')

  // The old session is gone with the old state; a new sign-in finds no favourites.
  useSessionStore.getState().setSession(session.token, session.user)
  await expect(api('GET /api/me')).rejects.toMatchObject({ status: 401 } satisfies Partial<ApiError>)
  await signIn('sme')
  const favourites = await api('GET /api/me/favourites')
  expect(favourites.items).toHaveLength(0)
})

test('should keep everything when the user backs out of the confirmation', async () => {
  await signIn('sme')
  await api('PUT /api/me/favourites/:patentId', { params: { patentId: 'p000001' } })
  const modal = jest.spyOn(Taro, 'showModal').mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'showModal:ok' })

  renderWithClient(<DemoDataPage />)
  fireEvent.click(screen.getByText('恢复初始演示数据'))
  await waitFor(() => expect(modal).toHaveBeenCalled())

  expect(navigation).toHaveLength(0)
  expect(useSessionStore.getState().user).not.toBeNull()
  const favourites = await api('GET /api/me/favourites')
  expect(favourites.items.map((f) => f.patentId)).toEqual(['p000001'])
})
