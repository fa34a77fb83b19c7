import { act } from '@testing-library/react'
import { __setRouterParams, navigation } from '../setup/taro'
import { goToSignIn, returnAfterSignIn } from '@/utils/sign-in'
import { useSessionStore } from '@/stores/session'

test('should bring a person back to the event page they signed in from', () => {
  __setRouterParams({ scene: 'ev-demo-open', $taroTimestamp: '1' }, '/pages/event/index')
  act(() => goToSignIn())
  expect(navigation.at(-1)).toEqual({ kind: 'switchTab', url: '/pages/me/index' })
  act(() => returnAfterSignIn())
  expect(navigation.at(-1)).toEqual({ kind: 'navigateTo', url: '/pages/event/index?scene=ev-demo-open' })
  expect(useSessionStore.getState().returnTo).toBeNull()
})

test('should switch back to a tab page, and stay on 我的 when sign-in started there', () => {
  __setRouterParams({}, '/pages/patents/index')
  act(() => goToSignIn())
  act(() => returnAfterSignIn())
  expect(navigation.at(-1)).toEqual({ kind: 'switchTab', url: '/pages/patents/index' })
  __setRouterParams({}, '/pages/me/index')
  const before = navigation.length
  act(() => goToSignIn())
  act(() => returnAfterSignIn())
  expect(navigation.length).toBe(before + 1)
})
