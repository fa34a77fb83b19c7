import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { PatentSummary } from '@contract/common'
import { useCatalogNames } from '@/shared/catalog/api/catalog'
import { feeSummary, PATENT_TYPE_LABELS } from '../labels'
import { patentPath } from '@/shared/paths'
import './patent-card.scss'

/**
 * Card height plus the gap below it, in design px. The card's height is fixed (title clamped to two
 * lines, one-line meta) so the virtualized list can place any row without measuring it.
 */
export const PATENT_CARD_ROW_HEIGHT = 252

export function PatentCard({ patent }: { patent: PatentSummary }) {
  const names = useCatalogNames()
  return (
    <View className='patent-card' role='link' data-testid='patent-card' onClick={() => Taro.navigateTo({ url: patentPath(patent.id) })}>
      <View className='patent-card__title'>
        <Text className={`patent-card__type patent-card__type--${patent.type}`}>{PATENT_TYPE_LABELS[patent.type]}</Text>
        <Text>{patent.title}</Text>
      </View>
      <Text className='patent-card__meta'>
        ZL{patent.patentNo} · {patent.patentee}
      </Text>
      <View className='patent-card__foot'>
        <Text className='patent-card__fee'>{feeSummary(patent)}</Text>
        <Text className='patent-card__tags'>
          {[names.industry(patent.industry), names.region(patent.region)].filter(Boolean).join(' · ')}
        </Text>
      </View>
    </View>
  )
}
