import type { ReactNode } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { EmptyState } from '@/components/states'
import { useSessionStore } from '@/stores/session'
import './officer.scss'

/**
 * Every officer page renders through this: an SME (or nobody) sees 无权限 instead of the page, and
 * the page's own hooks never run for them (the API would answer 403 anyway).
 */
export function OfficerOnly({ children }: { children: () => ReactNode }) {
  const user = useSessionStore((s) => s.user)
  if (user?.role !== 'officer') {
    return (
      <View className='page'>
        <EmptyState title='无权限' hint='该页面仅对工作人员开放' actionText='返回我的' onAction={() => Taro.switchTab({ url: '/pages/me/index' })} />
      </View>
    )
  }
  return <>{children()}</>
}

/** Back to where the officer came from, or to `url` when the page was opened directly. */
export function goBackOr(url: string) {
  const pages = typeof Taro.getCurrentPages === 'function' ? Taro.getCurrentPages() : []
  if (pages.length > 1) Taro.navigateBack()
  else Taro.redirectTo({ url })
}
