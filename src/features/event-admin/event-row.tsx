import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { OfficerEventSummary } from '@contract/officer'
import { formatDateTime } from '@/utils/format'
import { eventKindLabel } from './labels'

const STATUS_TEXT = { open: '报名中', full: '已满', ended: '已结束' } as const

/** `closed` covers both sides of the sign-up window: say which, as the SME list does. */
export function officerStatusText(event: Pick<OfficerEventSummary, 'status' | 'signupState'>): string {
  if (event.status !== 'closed') return STATUS_TEXT[event.status]
  return event.signupState === 'not_yet_open' ? '报名未开始' : '报名已截止'
}

function go(page: string, eventId: string) {
  Taro.navigateTo({ url: `/officer/pages/${page}/index?${page === 'event-edit' ? 'id' : 'eventId'}=${encodeURIComponent(eventId)}` })
}

export function EventRow({ event }: { event: OfficerEventSummary }) {
  return (
    <View className='o-card' data-testid='officer-event'>
      <View>
        <Text className={`o-badge${event.status === 'ended' ? ' o-badge--warning' : ''}`}>{officerStatusText(event)}</Text>{' '}
        <Text className='o-card__meta' style={{ display: 'inline' }}>
          {eventKindLabel(event.kind)}
        </Text>
      </View>
      <Text className='o-card__title'>{event.title}</Text>
      <Text className='o-card__meta'>
        {formatDateTime(event.startsAt)} 至 {formatDateTime(event.endsAt)}
      </Text>
      <Text className='o-card__meta'>
        {event.cityLabel} · {event.venue}
      </Text>
      <View className='o-stats'>
        <Text className='o-stat'>
          已确认 {event.confirmedCount}/{event.capacity}
        </Text>
        <Text className='o-stat'>候补 {event.waitlistCount}</Text>
        {event.requiresApproval ? <Text className='o-stat'>待审核 {event.pendingCount}</Text> : null}
        <Text className='o-stat'>已签到 {event.checkedInCount}</Text>
      </View>
      <View className='o-actions'>
        <View className='o-action' role='button' onClick={() => go('event-edit', event.id)}>
          编辑
        </View>
        <View className='o-action' role='button' onClick={() => go('registrations', event.id)}>
          报名管理
        </View>
        <View className='o-action' role='button' onClick={() => go('notice', event.id)}>
          发布通知
        </View>
        <View className='o-action' role='button' onClick={() => go('checkin', event.id)}>
          签到
        </View>
      </View>
    </View>
  )
}
