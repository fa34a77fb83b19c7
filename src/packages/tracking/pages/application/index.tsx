import { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { ApplicationDetailView } from './detail-view'
import { SignInFirst } from '@/features/tracking/components/sign-in-first'
import { useSessionStore } from '@/stores/session'

// WeChat hands over query values as written in the URL, H5 decoded; ids are URL-safe, so one decode fits both.
function param(value: string | undefined): string {
  try {
    return decodeURIComponent(value ?? '')
  } catch {
    return value ?? ''
  }
}

export default function ApplicationPage() {
  const { params } = useRouter()
  const token = useSessionStore((s) => s.token)
  const kind = param(params.kind)
  const id = param(params.id)
  return <View className='page'>{token ? <ApplicationDetailView kind={kind} id={id} /> : <SignInFirst />}</View>
}
