import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { EnterprisePrompt, SignInPrompt } from '@/components/gates'
import { EmptyState, ErrorState, Skeleton } from '@/components/states'
import { useMe } from '@/features/auth/api/me'
import { LicenceForm } from '@/features/licences/components/licence-form'
import { usePatent } from '@/features/patents/api/patents'
import { feeSummary } from '@/features/patents/labels'
import { useSessionStore } from '@/stores/session'
import './index.scss'

export default function LicenceApplyPage() {
  const { params } = useRouter()
  const patentId = params.patentId ?? ''
  const user = useSessionStore((s) => s.user)
  const me = useMe()
  const patent = usePatent(patentId)

  // The form is prefilled from 企业信息, which may have just been completed (on this page's
  // 去填写 link or elsewhere): re-read it whenever the page shows, unless a fetch is under way.
  useDidShow(() => {
    if (user && !me.isFetching) me.refetch()
  })

  if (!user) {
    return (
      <View className='page'>
        <SignInPrompt hint='在“我的”选择企业用户身份后再申请许可' />
      </View>
    )
  }
  if (user.role !== 'sme') {
    return (
      <View className='page'>
        <EmptyState title='仅企业用户可申请许可' hint='工作人员请在工作台处理许可申请' />
      </View>
    )
  }
  if (!patentId) {
    return (
      <View className='page'>
        <EmptyState title='未指定专利' hint='请从专利详情页进入申请' actionText='去找专利' onAction={() => Taro.switchTab({ url: '/pages/patents/index' })} />
      </View>
    )
  }
  if (patent.isPending || me.isPending) return <View className='page'><Skeleton rows={3} /></View>
  if (patent.isError) return <View className='page'><ErrorState error={patent.error} onRetry={() => patent.refetch()} /></View>
  if (me.isError) return <View className='page'><ErrorState error={me.error} onRetry={() => me.refetch()} /></View>

  const p = patent.data
  const enterprise = me.data.enterprise
  return (
    <View className='page licence-apply'>
      <View className='card licence-apply__patent'>
        <Text className='licence-apply__title'>{p.title}</Text>
        <Text className='licence-apply__meta'>
          ZL{p.patentNo} · {p.patentee}
        </Text>
        <Text className='licence-apply__fee'>{feeSummary(p)}</Text>
      </View>
      {enterprise ? (
        <LicenceForm patentId={p.id} enterprise={enterprise} />
      ) : (
        <EnterprisePrompt hint='申请许可需要企业名称、统一社会信用代码、联系人和手机号，填写一次后自动带入' />
      )}
    </View>
  )
}
