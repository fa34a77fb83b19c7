import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { EventSummary } from '@contract/events'
import { eventPath } from '@/utils/paths'
import { EVENT_KIND_LABELS, eventTimeRange, registrationHeadline, seatsText, seatsTone } from '../labels'
import './event-card.scss'

export function EventCard({ event }: { event: EventSummary }) {
  return (
    <View
      className='event-card'
      role='link'
      data-testid='event-card'
      onClick={() => Taro.navigateTo({ url: eventPath(event.id) })}
    >
      <View className='event-card__head'>
        <Text className={`event-card__kind event-card__kind--${event.kind}`}>{EVENT_KIND_LABELS[event.kind]}</Text>
        <Text className={`event-card__seats event-card__seats--${seatsTone(event)}`} data-testid='event-seats'>
          {seatsText(event)}
        </Text>
      </View>
      <Text className='event-card__title'>{event.title}</Text>
      <Text className='event-card__meta'>{eventTimeRange(event.startsAt, event.endsAt)}</Text>
      <Text className='event-card__meta'>
        {event.cityLabel} · {event.venue}
      </Text>
      <Text className='event-card__meta'>主办：{event.organizer}</Text>
      {event.myRegistration ? <Text className='event-card__mine'>我的报名：{registrationHeadline(event.myRegistration)}</Text> : null}
    </View>
  )
}
