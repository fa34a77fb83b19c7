import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import { SignInPrompt } from '@/components/gates'
import { EmptyState, ErrorState, Skeleton } from '@/components/states'
import { useLicenceApplication } from '@/features/licences/api/licence-applications'
import { ImplementationNoticeCard } from '@/features/licences/components/implementation-notice'
import { NextSteps } from '@/features/licences/components/next-steps'
import { usePatent } from '@/features/patents/api/patents'
import type { LicenceApplication } from '@contract/trade'
import { PrivacySheet } from '@/components/privacy-sheet'
import { formatDate, formatDateTime } from '@/utils/format'
import { applicationUrl } from '@/utils/paths'
import { useSessionStore } from '@/stores/session'
import './index.scss'

/** The notice needs the patent's declaration: the page brings the two features together. */
function Notice({ application }: { application: LicenceApplication }) {
  const patent = usePatent(application.patentId)
  return <ImplementationNoticeCard application={application} patent={patent} />
}

export default function LicenceDonePage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const query = useLicenceApplication(id)
  const signedIn = useSessionStore((s) => Boolean(s.token))

  if (!id) {
    return (
      <View className='page'>
        <EmptyState title='链接中缺少申请编号' hint='可在“我的申请”中查看全部许可申请' actionText='查看我的申请' onAction={() => Taro.navigateTo({ url: '/packages/tracking/pages/applications/index' })} />
      </View>
    )
  }
  if (!signedIn) return <View className='page'><SignInPrompt hint='登录后查看这份许可申请' /></View>
  if (query.isPending) return <View className='page'><Skeleton rows={2} /></View>
  if (query.isError) return <View className='page'><ErrorState error={query.error} onRetry={() => query.refetch()} /></View>

  const a = query.data.application
  return (
    <View className='page licence-done'>
      <PrivacySheet />
      <View className='licence-done__hero' role='status'>
        <View className='licence-done__icon' />
        <Text className='licence-done__heading'>申请已提交</Text>
        <Text className='licence-done__sub'>实施许可通知已送达平台，当前状态：{a.statusLabel}</Text>
      </View>
      <View className='card'>
        <Text className='licence-done__title'>{a.title}</Text>
        <Text className='licence-done__meta'>专利号 ZL{a.patentNo}</Text>
        <Text className='licence-done__meta'>申请企业 {a.enterprise.name}</Text>
        <Text className='licence-done__meta'>预计实施 {formatDate(a.expectedStart)}</Text>
        <Text className='licence-done__meta'>提交时间 {formatDateTime(a.createdAt)}</Text>
      </View>
      {a.status !== 'rejected' && a.status !== 'withdrawn' ? (
        <>
          <Text className='section-title'>实施许可通知（发送给专利权人）</Text>
          <Notice application={a} />
        </>
      ) : null}
      <Text className='section-title'>接下来（专利法第五十一条）</Text>
      <View className='card'>
        <NextSteps />
      </View>
      <View className='licence-done__actions'>
        <AtButton
          type='primary'
          circle
          onClick={() => Taro.navigateTo({ url: applicationUrl('licence', a.id) })}
        >
          查看申请进度
        </AtButton>
        <View className='licence-done__gap' />
        <AtButton circle onClick={() => Taro.switchTab({ url: '/pages/patents/index' })}>
          继续找专利
        </AtButton>
      </View>
    </View>
  )
}
