import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { EventMatch, PatentMatch } from '@contract/trade'
import { feeSummary, PATENT_TYPE_LABELS } from '@/shared/patent-labels'
import { patentPath } from '@/shared/paths'
import { useCatalogNames } from '@/shared/catalog/api/catalog'
import { formatDateTime } from '@/utils/format'
import { eventPath } from '@/utils/paths'
import './match-list.scss'

/** Why this patent or event was matched, one line per reason (the API explains every match). */
function MatchReasons({ reasons }: { reasons: readonly string[] }) {
  return (
    <View className='match-card__reasons'>
      <Text className='match-card__reasons-label'>匹配理由</Text>
      {reasons.map((r) => (
        <Text key={r} className='match-card__reason'>
          {r}
        </Text>
      ))}
    </View>
  )
}

export function PatentMatchCard({ match }: { match: PatentMatch }) {
  const p = match.patent
  const names = useCatalogNames()
  return (
    <View
      className='match-card'
      role='link'
      data-testid='patent-match'
      onClick={() => Taro.navigateTo({ url: patentPath(p.id) })}
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
        {[feeSummary(p), names.industry(p.industry), names.region(p.region)].filter(Boolean).join(' · ')}
      </Text>
      <MatchReasons reasons={match.reasons} />
    </View>
  )
}

export function EventMatchCard({ match }: { match: EventMatch }) {
  const e = match.event
  const names = useCatalogNames()
  return (
    <View
      className='match-card'
      role='link'
      data-testid='event-match'
      onClick={() => Taro.navigateTo({ url: eventPath(e.id) })}
    >
      <Text className='match-card__title'>{e.title}</Text>
      <Text className='match-card__meta'>
        {[formatDateTime(e.startsAt), names.region(e.city), e.venue].filter(Boolean).join(' · ')}
      </Text>
      <Text className='match-card__meta'>报名截止 {formatDateTime(e.signupClosesAt)}</Text>
      <MatchReasons reasons={match.reasons} />
    </View>
  )
}
