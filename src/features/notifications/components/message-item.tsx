import { Text, View } from '@tarojs/components'
import type { NotificationItem } from '@contract/tracking'
import { formatUpdatedAt } from '@/utils/relative-time'

const TYPE_LABELS: Record<NotificationItem['type'], string> = { status: '进度', waitlist: '候补', notice: '通知' }

/** Title and body are plain text (an officer may have typed anything): rendered as text, never as HTML. */
export function MessageItem({ message, onOpen }: { message: NotificationItem; onOpen: (message: NotificationItem) => void }) {
  const unread = message.readAt === null
  return (
    <View
      className={`message${unread ? ' message--unread' : ''}`}
      role='button'
      data-testid='message'
      aria-label={`${unread ? '未读消息' : '消息'}：${message.title}`}
      onClick={() => onOpen(message)}
    >
      <View className='message__head'>
        {unread ? <View className='message__dot' data-testid='unread-dot' /> : null}
        <Text className='message__type'>{TYPE_LABELS[message.type]}</Text>
        <Text className='message__title'>{message.title}</Text>
      </View>
      <Text className='message__body'>{message.body}</Text>
      <View className='message__foot'>
        <Text className='message__time'>{formatUpdatedAt(message.createdAt)}</Text>
        {message.link ? <Text className='message__link'>查看申请 ›</Text> : null}
      </View>
    </View>
  )
}
