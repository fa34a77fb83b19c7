import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { errorMessage } from '@/api/error'
import type { NotificationItem } from '@contract/tracking'
import { EmptyState, ErrorState, Skeleton } from '@/components/states'
import { usePagedList, useRefetchOnReturn } from '@/components/use-paged-list'
import { applicationUrl } from '@/utils/paths'
import { useMarkAllRead, useMarkRead, useNotifications } from '../api/notifications'
import { MessageItem } from './message-item'
import './messages.scss'

export function MessagesView() {
  const list = useNotifications()
  const markRead = useMarkRead()
  const markAll = useMarkAllRead()

  // Back from a linked application: refresh.
  useRefetchOnReturn(() => list.refetch())
  usePagedList(list)

  const open = (message: NotificationItem) => {
    if (message.readAt === null) markRead.mutate(message.id)
    if (message.link) Taro.navigateTo({ url: applicationUrl(message.link.kind, message.link.id) })
  }

  const readAll = () => {
    markAll.mutate(undefined, {
      onSuccess: () => Taro.showToast({ title: '已全部标为已读', icon: 'none' }),
      onError: (error) => Taro.showToast({ title: errorMessage(error), icon: 'none' }),
    })
  }

  if (list.isPending) return <Skeleton rows={4} />
  if (list.isError) return <ErrorState error={list.error} onRetry={() => list.refetch()} />

  const items = list.data.pages.flatMap((p) => p.items)
  const unread = list.data.pages[0]?.unreadCount ?? 0
  if (items.length === 0) return <EmptyState title='暂无消息' hint='申请进度变化、活动通知会出现在这里' />

  return (
    <View className='messages'>
      <View className='messages__bar'>
        <Text className='messages__summary'>{unread > 0 ? `${unread} 条未读` : '没有未读消息'}</Text>
        <Button className='messages__read-all' disabled={unread === 0 || markAll.isPending} onClick={readAll}>
          全部已读
        </Button>
      </View>
      {items.map((m) => (
        <MessageItem key={m.id} message={m} onOpen={open} />
      ))}
      <Text className='messages__more'>{list.isFetchingNextPage ? '加载中…' : list.hasNextPage ? '上拉加载更多' : '没有更多了'}</Text>
    </View>
  )
}
