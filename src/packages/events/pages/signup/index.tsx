import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { isNotFound } from '@/api/error'
import type { Registration } from '@contract/events'
import { EnterprisePrompt, SignInPrompt } from '@/components/gates'
import { EmptyState, ErrorState, Skeleton } from '@/components/states'
import { useMe } from '@/features/auth/api/me'
import { useEvent } from '@/features/events/api/events'
import { SignupForm } from '@/features/events/components/signup-form'
import { FinancingFields } from '@/features/finance/components/financing-fields'
import { SignupResult } from '@/features/events/components/signup-result'
import { eventIdFromParams } from '@/features/events/event-id'
import { eventTimeRange, hasTicket, registrationHeadline, signupBlocker } from '@/features/events/labels'
import { ticketUrl } from '@/features/events/navigation'
import { useSessionStore } from '@/stores/session'
import './index.scss'

export default function SignupPage() {
  const { params } = useRouter()
  const id = eventIdFromParams(params)
  const token = useSessionStore((s) => s.token)
  const me = useMe()
  const event = useEvent(id)
  const [result, setResult] = useState<Registration | null>(null)

  if (result) {
    return (
      <View className='page'>
        <SignupResult registration={result} />
      </View>
    )
  }
  if (!id) {
    return (
      <View className='page'>
        <EmptyState title='链接中缺少活动编号' hint='请从活动详情页点击报名' actionText='查看全部活动' onAction={() => Taro.switchTab({ url: '/pages/events/index' })} />
      </View>
    )
  }
  if (!token) {
    return (
      <View className='page'>
        <SignInPrompt hint='在“我的”选择企业用户身份后即可报名' />
      </View>
    )
  }
  if (me.isPending || event.isPending) return <View className='page'><Skeleton rows={2} /></View>
  if (me.isError) return <View className='page'><ErrorState error={me.error} onRetry={() => me.refetch()} /></View>
  if (event.isError) {
    if (isNotFound(event.error)) {
      return (
        <View className='page'>
          <EmptyState title='活动不存在或已下线' actionText='查看全部活动' onAction={() => Taro.switchTab({ url: '/pages/events/index' })} />
        </View>
      )
    }
    return <View className='page'><ErrorState error={event.error} onRetry={() => event.refetch()} /></View>
  }

  const enterprise = me.data.enterprise
  if (!enterprise) {
    return (
      <View className='page'>
        <EnterprisePrompt hint='报名需使用企业名称和统一社会信用代码，填写一次即可在各处复用' />
      </View>
    )
  }
  const mine = event.data.myRegistration
  if (mine) {
    return (
      <View className='page'>
        <EmptyState
          title={`您已报名：${registrationHeadline(mine)}`}
          hint={event.data.title}
          actionText={hasTicket(mine) ? '查看电子票' : '查看报名'}
          onAction={() => Taro.redirectTo({ url: ticketUrl(mine.id) })}
        />
      </View>
    )
  }
  const blocker = signupBlocker(event.data)
  if (blocker) {
    return (
      <View className='page'>
        <EmptyState title={blocker} hint={event.data.title} actionText='查看其他活动' onAction={() => Taro.switchTab({ url: '/pages/events/index' })} />
      </View>
    )
  }
  return (
    <View className='page'>
      <View className='card signup__event' data-testid='signup-event'>
        <Text className='signup__event-label'>报名活动</Text>
        <Text className='signup__event-title'>{event.data.title}</Text>
        <Text className='signup__event-meta'>
          {eventTimeRange(event.data.startsAt, event.data.endsAt)} · {event.data.cityLabel} · {event.data.venue}
        </Text>
      </View>
      <SignupForm event={event.data} enterprise={enterprise} onDone={setResult} FinancingFields={FinancingFields} />
    </View>
  )
}
