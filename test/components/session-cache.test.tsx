import type { ReactElement } from 'react'
import { Button, Text } from '@tarojs/components'
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { signIn } from '../setup/session'
import { api } from '@/api/client'
import { createQueryClient } from '@/api/query-client'
import { useLogout } from '@/features/auth/api/login'
import { useMe } from '@/features/auth/api/me'
import { useFavourites } from '@/features/favourites/api/favourites'
import { useApplicationList } from '@/features/tracking/api/applications'
import { useSessionStore } from '@/stores/session'

function MyData() {
  const me = useMe()
  const applications = useApplicationList(undefined)
  const favourites = useFavourites()
  if (!me.data || !applications.data || !favourites.data) return <Text>加载中</Text>
  return <Text>{`当前用户 ${me.data.user.id}`}</Text>
}

function SignOut() {
  const logout = useLogout()
  return <Button onClick={() => logout.mutate()}>退出登录</Button>
}

function renderWith(client: QueryClient, ui: ReactElement) {
  return render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>)
}

const keysOf = (client: QueryClient) => client.getQueryCache().getAll().map((q) => JSON.stringify(q.queryKey))

test('should keep no data of the first user in the cache after logout and a second sign-in', async () => {
  const client = createQueryClient()
  const first = await signIn('sme')
  const page = renderWith(client, <MyData />)
  expect(await screen.findByText(`当前用户 ${first.user.id}`)).toBeInTheDocument()
  expect(keysOf(client).some((k) => k.includes(first.user.id))).toBe(true)
  expect(keysOf(client).filter((k) => k.includes(first.token))).toEqual([])
  page.unmount()

  const signOut = renderWith(client, <SignOut />)
  fireEvent.click(screen.getByText('退出登录'))
  await waitFor(() => expect(useSessionStore.getState().user).toBeNull())
  await waitFor(() => expect(client.getQueryCache().getAll()).toEqual([]))
  signOut.unmount()

  const second = await signIn('sme', 'cache-second-user')
  expect(second.user.id).not.toBe(first.user.id)
  renderWith(client, <MyData />)
  expect(await screen.findByText(`当前用户 ${second.user.id}`)).toBeInTheDocument()
  expect(keysOf(client).filter((k) => k.includes(first.user.id))).toEqual([])
  expect(keysOf(client).filter((k) => k.includes(first.token) || k.includes(second.token))).toEqual([])
})

test('should empty the cache when the server no longer knows the session (401)', async () => {
  const client = createQueryClient()
  const session = await signIn('sme')
  renderWith(client, <MyData />)
  expect(await screen.findByText(`当前用户 ${session.user.id}`)).toBeInTheDocument()
  act(() => useSessionStore.getState().setSession('forgotten-token', session.user))
  await act(async () => {
    await expect(api('GET /api/me')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' })
  })
  expect(useSessionStore.getState().token).toBeNull()
  expect(client.getQueryCache().getAll().filter((q) => q.state.data !== undefined)).toEqual([])
})
