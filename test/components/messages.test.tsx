import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { navigation } from '../setup/taro'
import { renderWithClient } from '../setup/render'
import MessagesPage from '@/packages/tracking/pages/messages/index'
import MePage from '@/pages/me/index'
import { TabBadgeSync } from '@/features/notifications/components/tab-badge-sync'
import { setTabBadge } from '@/platform/tab-badge'
import { transition } from '@mock/domain/workflow'
import { DEMO_APPLICATION_IDS } from '@mock/seed/applications'
import { DEMO_USER_IDS } from '@mock/seed'
import { freshMock, signIn } from './applications-fixtures'

jest.mock('@/platform/tab-badge', () => ({ setTabBadge: jest.fn() }))
const badge = setTabBadge as jest.MockedFunction<typeof setTabBadge>

const XSS = '<img src=x onerror=alert(1)>已书面通知专利权人'

function unreadInMock(mock: ReturnType<typeof freshMock>, userId: string): number {
  return [...mock.context.db.notifications.values()].filter((n) => n.userId === userId && n.readAt === null).length
}

function messages() {
  return screen.getAllByTestId('message')
}

function isUnread(el: HTMLElement): boolean {
  return within(el).queryByTestId('unread-dot') !== null
}

test('should list unread messages first and show an officer’s text literally, never as markup', async () => {
  const mock = freshMock()
  const userId = await signIn()
  transition(mock.context, 'licence', DEMO_APPLICATION_IDS.licenceSubmitted, 'notified', 'officer', { note: XSS })
  const unread = unreadInMock(mock, userId)
  expect(unread).toBeGreaterThan(1)
  const { container } = renderWithClient(<MessagesPage />)
  await screen.findAllByTestId('message')
  const flags = messages().map(isUnread)
  expect(flags[0]).toBe(true)
  expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)))
  expect(flags.filter(Boolean).length).toBe(unread)
  expect(screen.getByText(`${unread} 条未读`)).toBeInTheDocument()
  // The newest message is the officer's, with its note verbatim.
  expect(messages()[0]).toHaveTextContent(`：${XSS}`)
  expect(within(messages()[0]).getByText(/已书面通知专利权人$/).textContent).toContain('<img src=x onerror=alert(1)>')
  expect(container.querySelector('img')).toBeNull()
})

test('should mark a message read when opened, go to its application and bring the badge down', async () => {
  const mock = freshMock()
  const unread = unreadInMock(mock, await signIn())
  renderWithClient(
    <>
      <TabBadgeSync />
      <MessagesPage />
    </>,
  )
  await screen.findAllByTestId('message')
  await waitFor(() => expect(badge).toHaveBeenLastCalledWith(3, String(unread)))
  const notified = () => messages().find((m) => m.textContent?.includes('许可申请状态更新：已通知专利权人'))!
  expect(isUnread(notified())).toBe(true)

  fireEvent.click(notified())
  expect(navigation.at(-1)).toEqual({
    kind: 'navigateTo',
    url: `/packages/tracking/pages/application/index?kind=licence&id=${DEMO_APPLICATION_IDS.licenceNotified}`,
  })
  await waitFor(() => expect(screen.getByText(`${unread - 1} 条未读`)).toBeInTheDocument())
  expect(isUnread(notified())).toBe(false)
  await waitFor(() => expect(badge).toHaveBeenLastCalledWith(3, String(unread - 1)))
  expect(unreadInMock(mock, DEMO_USER_IDS.sme)).toBe(unread - 1)
})

test('should mark everything read with 全部已读 and remove the badge', async () => {
  const mock = freshMock()
  await signIn()
  renderWithClient(
    <>
      <TabBadgeSync />
      <MessagesPage />
    </>,
  )
  await screen.findAllByTestId('message')
  fireEvent.click(screen.getByText('全部已读'))
  expect(await screen.findByText('没有未读消息')).toBeInTheDocument()
  expect(messages().some(isUnread)).toBe(false)
  expect(screen.getByText('全部已读')).toBeDisabled()
  await waitFor(() => expect(badge).toHaveBeenLastCalledWith(3, null))
  // The demo user's own messages; others' (e.g. seeded attendees' start reminders, issue 18) stay theirs.
  expect([...mock.context.db.notifications.values()].filter((n) => n.userId === DEMO_USER_IDS.sme && n.readAt === null)).toHaveLength(0)
})

test('should show the unread count on the 消息 menu item of 我的', async () => {
  const mock = freshMock()
  const unread = unreadInMock(mock, await signIn())
  renderWithClient(<MePage />)
  const item = (await screen.findByText('消息')).closest('[role="link"]') as HTMLElement
  await waitFor(() => expect(within(item).getByTestId('unread-badge')).toHaveTextContent(new RegExp(`^${unread}$`)))
  expect(within(item).getByTestId('unread-badge')).toHaveAttribute('aria-label', `${unread} 条未读`)
})

test('should keep the badge off for a user with nothing unread', async () => {
  freshMock()
  await signIn('sme-demo-2')
  renderWithClient(
    <>
      <TabBadgeSync />
      <MessagesPage />
    </>,
  )
  expect(await screen.findByText('暂无消息')).toBeInTheDocument()
  await waitFor(() => expect(badge).toHaveBeenCalled())
  expect(badge.mock.calls.every(([, text]) => text === null)).toBe(true)
})
