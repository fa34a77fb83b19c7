import { Text, View } from '@tarojs/components'
import { SignInPrompt } from '@/components/gates'
import { EmptyState, ErrorState, Skeleton } from '@/components/states'
import { useMe } from '@/features/auth/api/me'
import { NeedForm } from '@/features/needs/components/need-form'
import { useSessionStore } from '@/stores/session'

export default function NeedNewPage() {
  const user = useSessionStore((s) => s.user)
  const me = useMe()

  if (!user) {
    return (
      <View className='page'>
        <SignInPrompt hint='在“我的”选择企业用户身份后再发布需求' />
      </View>
    )
  }
  if (user.role !== 'sme') {
    return (
      <View className='page'>
        <EmptyState title='仅企业用户可发布需求' />
      </View>
    )
  }
  if (me.isPending) return <View className='page'><Skeleton rows={2} /></View>
  if (me.isError) return <View className='page'><ErrorState error={me.error} onRetry={() => me.refetch()} /></View>

  return (
    <View className='page'>
      <Text className='section-title'>描述您的技术需求，平台按关键词、行业、地区和预算为您匹配开放许可专利与对接活动</Text>
      <NeedForm defaultIndustry={me.data.enterprise?.industry} />
    </View>
  )
}
