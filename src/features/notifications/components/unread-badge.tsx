import { Text } from '@tarojs/components'
import { badgeText } from '../badge'
import './unread-badge.scss'

export function UnreadBadge({ count }: { count: number | undefined }) {
  const text = badgeText(count)
  if (!text) return null
  return (
    <Text className='unread-badge' data-testid='unread-badge' aria-label={`${count} 条未读`}>
      {text}
    </Text>
  )
}
