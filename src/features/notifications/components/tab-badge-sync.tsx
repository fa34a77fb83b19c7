import { useEffect, useState } from 'react'
import { useDidHide, useDidShow } from '@tarojs/taro'
import { setTabBadge } from '@/platform/tab-badge'
import { useSessionStore } from '@/stores/session'
import { useUnreadCount } from '../api/notifications'
import { badgeText, ME_TAB_INDEX } from '../badge'

/**
 * Mounted once in the app: keeps the 我的 tab's badge equal to the unread count. Polls while the app
 * is in the foreground and an enterprise user is signed in (officers have no 消息 centre), refreshes
 * when the app comes back, and re-applies the badge on every result because WeChat drops it while a
 * non-tab page is in front.
 */
export function TabBadgeSync() {
  const [foreground, setForeground] = useState(true)
  const role = useSessionStore((s) => s.user?.role)
  const enabled = role === 'sme'
  const unread = useUnreadCount({ poll: foreground, enabled })
  const { refetch } = unread

  useDidShow(() => {
    setForeground(true)
    if (enabled) refetch()
  })
  useDidHide(() => setForeground(false))

  const text = enabled ? badgeText(unread.data) : null
  useEffect(() => {
    setTabBadge(ME_TAB_INDEX, text)
  }, [text, unread.dataUpdatedAt])

  return null
}
