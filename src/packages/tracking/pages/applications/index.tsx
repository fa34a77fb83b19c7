import { View } from '@tarojs/components'
import { SignInFirst } from '@/features/tracking/components/sign-in-first'
import { ApplicationsView } from '@/features/tracking/components/applications-view'
import { useSessionStore } from '@/stores/session'

export default function ApplicationsPage() {
  const token = useSessionStore((s) => s.token)
  return <View className='page'>{token ? <ApplicationsView /> : <SignInFirst />}</View>
}
