import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { EventMatch, PatentMatch } from '@/api/types-trade'
import { feeSummary, PATENT_TYPE_LABELS } from '@/features/patents/labels'
import { industryLabel, regionLabel } from '@/rules'
import { formatDateTime } from '@/utils/format'
import './match-list.scss'

export function PatentMatchCard({ match }: { match: PatentMatch }) {
  const p = match.patent
  return (
    <View
      className='match-card'
      role='link'
      data-testid='patent-match'
      onClick={() => Taro.navigateTo({ url: `/pages/patent/index?id=${encodeURIComponent(p.id)}` })}
    >
      <View className='match-card__head'>
        <Text className='match-card__title'>{p.title}</Text>
        <Text className='match-card__score' aria-label={`匹配度 ${match.score}%`}>
          {match.score}%
        </Text>
      </View>
      <Text className='match-card__meta'>
        {PATENT_TYPE_LABELS[p.type]} · ZL{p.patentNo} · {p.patentee}
      </Text>
      <Text className='match-card__meta'>
        {feeSummary(p)} · {industryLabel(p.industry)} · {regionLabel(p.region)}
      </Text>
      <View className='match-card__reasons'>
        <Text className='match-card__reasons-label'>匹配理由</Text>
        {match.reasons.map((r) => (
          <Text key={r} className='match-card__reason'>
            {r}
          </Text>
        ))}
      </View>
    </View>
  )
}

export function EventMatchCard({ match }: { match: EventMatch }) {
  const e = match.event
  return (
    <View
      className='match-card'
      role='link'
      data-testid='event-match'
      onClick={() => Taro.navigateTo({ url: `/pages/event/index?id=${encodeURIComponent(e.id)}` })}
    >
      <Text className='match-card__title'>{e.title}</Text>
      <Text className='match-card__meta'>
        {formatDateTime(e.startsAt)} · {e.city} · {e.venue}
      </Text>
      <Text className='match-card__meta'>报名截止 {formatDateTime(e.signupClosesAt)}</Text>
      <View className='match-card__reasons'>
        <Text className='match-card__reasons-label'>匹配理由</Text>
        {match.reasons.map((r) => (
          <Text key={r} className='match-card__reason'>
            {r}
          </Text>
        ))}
      </View>
    </View>
  )
}
