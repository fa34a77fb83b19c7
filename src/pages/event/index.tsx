import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { usePullDownRefresh } from '@/components/use-pull-down-refresh'
import { isNotFound } from '@/api/error'
import { Text, View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import type { EventDetail } from '@contract/events'
import { EmptyState, ErrorState, Skeleton } from '@/components/states'
import { useEvent } from '@/features/events/api/events'
import { eventIdFromParams } from '@/features/events/event-id'
import { EVENT_KIND_LABELS, eventTimeRange, hasTicket, registrationHeadline, seatsText, seatsTone, signupBlocker } from '@/features/events/labels'
import { useSharePage } from '@/platform/share'
import { subscribeInTap } from '@/shared/subscribe-in-tap'
import { useSessionStore } from '@/stores/session'
import { formatDateTime } from '@/utils/format'
import { eventPath } from '@/utils/paths'
import { goToSignIn } from '@/utils/sign-in'
import './index.scss'

function Field({ label, value }: { label: string; value: string }) {
  return (
    <View className='event-field'>
      <Text className='event-field__label'>{label}</Text>
      <Text className='event-field__value'>{value}</Text>
    </View>
  )
}

function ActionBar({ event }: { event: EventDetail }) {
  const token = useSessionStore((s) => s.token)
  const mine = event.myRegistration
  const blocker = signupBlocker(event)
  const openTicket = () => mine && Taro.navigateTo({ url: `/packages/events/pages/ticket/index?id=${encodeURIComponent(mine.id)}` })
  const openPoster = () => Taro.navigateTo({ url: `/packages/events/pages/poster/index?id=${encodeURIComponent(event.id)}` })

  // No await may come before requestSubscribe: WeChat only shows the dialog inside the tap itself.
  function signUp() {
    if (!token) {
      Taro.showToast({ title: '请先登录，登录后回到本活动报名', icon: 'none' })
      goToSignIn()
      return
    }
    subscribeInTap('registration')
    Taro.navigateTo({ url: `/packages/events/pages/signup/index?id=${encodeURIComponent(event.id)}` })
  }

  return (
    <View className='event__actions'>
      <View className='event__action event__action--secondary'>
        <AtButton circle onClick={openPoster}>
          分享海报
        </AtButton>
      </View>
      <View className='event__action'>
        {mine ? (
          <AtButton type='primary' circle onClick={openTicket}>
            {hasTicket(mine) ? '查看电子票' : '查看报名'}
          </AtButton>
        ) : blocker ? (
          <AtButton type='primary' circle disabled>
            {blocker}
          </AtButton>
        ) : (
          <AtButton type='primary' circle onClick={signUp}>
            {event.status === 'full' ? '报名候补' : '立即报名'}
          </AtButton>
        )}
      </View>
    </View>
  )
}

export default function EventPage() {
  const { params } = useRouter()
  const id = eventIdFromParams(params)
  const event = useEvent(id)
  // 转发 in the mini-program opens this same event; the page config enables onShareAppMessage.
  useSharePage(event.data ? { title: event.data.title, path: eventPath(event.data.id) } : null)

  usePullDownRefresh(() => event.refetch())
  // Coming back from sign-up or a cancelled ticket: seats and my registration have moved.
  useDidShow(() => {
    if (id && event.isStale && !event.isFetching) event.refetch()
  })

  if (!id) {
    return (
      <View className='page'>
        <EmptyState title='链接中缺少活动编号' actionText='查看全部活动' onAction={() => Taro.switchTab({ url: '/pages/events/index' })} />
      </View>
    )
  }
  if (event.isPending) return <View className='page'><Skeleton rows={3} /></View>
  if (event.isError) {
    // Retrying cannot bring back an event that does not exist: say so and offer the list.
    if (isNotFound(event.error)) {
      return (
        <View className='page'>
          <EmptyState title='活动不存在或已下线' hint='该活动可能已被主办方取消，看看其他活动吧' actionText='查看全部活动' onAction={() => Taro.switchTab({ url: '/pages/events/index' })} />
        </View>
      )
    }
    return <View className='page'><ErrorState error={event.error} onRetry={() => event.refetch()} /></View>
  }

  const e = event.data
  const mine = e.myRegistration
  return (
    <View className='page event'>
      <View className='card'>
        <View className='event__head'>
          <Text className={`event__kind event__kind--${e.kind}`}>{EVENT_KIND_LABELS[e.kind]}</Text>
          <Text className={`event__seats event__seats--${seatsTone(e)}`} data-testid='event-seats'>
            {seatsText(e)}
          </Text>
        </View>
        <Text className='event__title'>{e.title}</Text>
        {mine ? (
          <Text className='event__mine' data-testid='my-registration'>
            我的报名：{registrationHeadline(mine)}
          </Text>
        ) : null}
      </View>
      <View className='card'>
        <Field label='活动时间' value={eventTimeRange(e.startsAt, e.endsAt)} />
        <Field label='活动地点' value={`${e.cityLabel} · ${e.venue}`} />
        <Field label='主办单位' value={e.organizer} />
        <Field label='报名时间' value={`${formatDateTime(e.signupOpensAt)} 至 ${formatDateTime(e.signupClosesAt)}`} />
        <Field label='活动名额' value={`${e.capacity} 席，已报名 ${e.confirmedCount} 席`} />
        <Field label='剩余名额' value={`${e.seatsLeft} 席${e.waitlistCount ? `（候补 ${e.waitlistCount} 人）` : ''}`} />
        {e.requiresApproval ? <Field label='报名审核' value='需主办方审核后确认' /> : null}
      </View>
      {e.kind === 'financing' && e.banks?.length ? (
        <View className='card'>
          <Text className='event__section'>参与银行</Text>
          <View className='event__banks'>
            {e.banks.map((b) => (
              <Text key={b} className='event__bank'>
                {b}
              </Text>
            ))}
          </View>
          <View className='event__link' role='link' onClick={() => Taro.navigateTo({ url: '/packages/finance/pages/products/index' })}>
            查看融资产品 ›
          </View>
        </View>
      ) : null}
      {e.agenda.length ? (
        <View className='card'>
          <Text className='event__section'>活动议程</Text>
          {e.agenda.map((a, i) => (
            <View key={`${a.time}-${i}`} className='agenda'>
              <Text className='agenda__time'>{a.time}</Text>
              <View className='agenda__body'>
                <Text className='agenda__title'>{a.title}</Text>
                {a.speaker ? <Text className='agenda__speaker'>{a.speaker}</Text> : null}
              </View>
            </View>
          ))}
        </View>
      ) : null}
      {e.description ? (
        <View className='card'>
          <Text className='event__section'>活动介绍</Text>
          <Text className='event__description'>{e.description}</Text>
        </View>
      ) : null}
      <ActionBar event={e} />
    </View>
  )
}
