import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { SignInPrompt } from '@/components/gates'
import { ErrorState, Skeleton } from '@/components/states'
import { useMe } from '@/features/auth/api/me'
import { EnterpriseForm } from '@/features/profile/components/enterprise-form'
import { useSessionStore } from '@/stores/session'

// 企业信息 is usually filled on the way to something (去填写 from 申请许可, 报名, 融资): once saved, go
// back there — that page re-reads the profile when it shows. Opened on its own, stay.
function backToWhereItWasNeeded() {
  if (Taro.getCurrentPages().length > 1) Taro.navigateBack()
}

export default function EnterprisePage() {
  const token = useSessionStore((s) => s.token)
  const me = useMe()

  if (!token) {
    return (
      <View className='page'>
        <SignInPrompt hint='在“我的”选择演示身份后再填写企业信息' />
      </View>
    )
  }
  if (me.isPending) return <View className='page'><Skeleton rows={2} /></View>
  if (me.isError) return <View className='page'><ErrorState error={me.error} onRetry={() => me.refetch()} /></View>
  return (
    <View className='page'>
      <EnterpriseForm saved={me.data.enterprise} onSaved={backToWhereItWasNeeded} />
    </View>
  )
}
