import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { PatentSummary } from '@/api/types'
import { regionLabel, industryLabel } from '@/rules'
import { feeSummary, PATENT_TYPE_LABELS } from '../labels'
import './patent-card.scss'

export function PatentCard({ patent }: { patent: PatentSummary }) {
  return (
    <View
      className='patent-card'
      role='link'
      data-testid='patent-card'
      onClick={() => Taro.navigateTo({ url: `/pages/patent/index?id=${encodeURIComponent(patent.id)}` })}
    >
      <View className='patent-card__head'>
        <Text className={`patent-card__type patent-card__type--${patent.type}`}>{PATENT_TYPE_LABELS[patent.type]}</Text>
        <Text className='patent-card__title'>{patent.title}</Text>
      </View>
      <Text className='patent-card__meta'>
        {patent.patentNo} · {patent.patentee}
      </Text>
      <View className='patent-card__foot'>
        <Text className='patent-card__fee'>{feeSummary(patent)}</Text>
        <Text className='patent-card__tags'>
          {industryLabel(patent.industry)} · {regionLabel(patent.region)}
        </Text>
      </View>
    </View>
  )
}
