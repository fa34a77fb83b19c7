import Taro, { useDidShow } from '@tarojs/taro'
import { usePullDownRefresh } from '@/components/use-pull-down-refresh'
import { Text, View } from '@tarojs/components'
import { ErrorState, Skeleton } from '@/components/states'
import { localDateTime } from '@/rules/officer'
import { useSessionStore } from '@/stores/session'
import { useCheckinQueue } from '@/stores/checkin-queue'
import { formatDateTime } from '@/utils/format'
import { OfficerOnly } from '../../components/officer-only'
import { useOfficerEvents } from '@/features/event-admin/api'
import { OutboxList } from '@/features/subscribe-outbox/components/outbox-list'
import './index.scss'

const ENTRIES = [
  { title: '活动管理', hint: '创建与编辑活动、报名审核、导出名单、发布通知', url: '/officer/pages/events/index' },
  { title: '申请处理', hint: '许可申请与融资申请的状态流转', url: '/officer/pages/applications/index' },
]

function Workbench() {
  const user = useSessionStore((s) => s.user)
  const pending = useCheckinQueue((s) => s.queue.length)
  const today = localDateTime(Date.now()).slice(0, 10)
  const events = useOfficerEvents({ day: today, pageSize: 20 })

  useDidShow(() => void events.refetch())
  usePullDownRefresh(() => events.refetch())

  return (
    <View className='page o-page workbench'>
      <Text className='workbench__hello'>您好，{user?.name}</Text>
      <View className='workbench__entries'>
        {ENTRIES.map((entry) => (
          <View key={entry.url} className='workbench__entry' role='link' onClick={() => Taro.navigateTo({ url: entry.url })}>
            <Text className='workbench__entry-title'>{entry.title}</Text>
            <Text className='workbench__entry-hint'>{entry.hint}</Text>
          </View>
        ))}
      </View>
      {pending > 0 ? (
        <View className='o-error' role='status'>
          有 {pending} 条离线签到待同步，联网后打开签到页面会自动同步
        </View>
      ) : null}

      <Text className='section-title'>今日活动</Text>
      {events.isPending ? (
        <Skeleton rows={2} />
      ) : events.isError ? (
        <ErrorState error={events.error} onRetry={() => events.refetch()} />
      ) : events.data.items.length === 0 ? (
        <Text className='o-hint'>今天没有进行中的活动</Text>
      ) : (
        events.data.items.map((event) => (
          <View key={event.id} className='o-card workbench__event'>
            <Text className='o-card__title'>{event.title}</Text>
            <Text className='o-card__meta'>
              {formatDateTime(event.startsAt)} · {event.venue}
            </Text>
            <View className='o-stats'>
              <Text className='o-stat'>
                已签到 {event.checkedInCount} / 应到 {event.confirmedCount}
              </Text>
            </View>
            <View className='o-actions'>
              <View className='o-action' role='button' onClick={() => Taro.navigateTo({ url: `/officer/pages/checkin/index?eventId=${encodeURIComponent(event.id)}` })}>
                签到
              </View>
              <View className='o-action' role='button' onClick={() => Taro.navigateTo({ url: `/officer/pages/registrations/index?eventId=${encodeURIComponent(event.id)}` })}>
                报名名单
              </View>
            </View>
          </View>
        ))
      )}

      <Text className='section-title'>订阅消息发送记录</Text>
      <OutboxList />
    </View>
  )
}

export default function WorkbenchPage() {
  return <OfficerOnly>{() => <Workbench />}</OfficerOnly>
}
