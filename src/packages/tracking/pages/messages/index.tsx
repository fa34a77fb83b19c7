import { View } from '@tarojs/components'
import { MessagesView } from '@/features/notifications/components/messages-view'
import { SignInFirst } from '@/features/tracking/components/sign-in-first'
import { useSessionStore } from '@/stores/session'

export default function MessagesPage() {
  const token = useSessionStore((s) => s.token)
  return <View className='page'>{token ? <MessagesView /> : <SignInFirst />}</View>
}
