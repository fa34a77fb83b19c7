import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { ApplicationSummary } from '@contract/tracking'
import { KIND_LABELS } from '@/rules'
import { applicationUrl } from '@/utils/paths'
import { formatUpdatedAt } from '@/utils/relative-time'
import { StatusChip } from './status-chip'

export function ApplicationRow({ item, nowMs }: { item: ApplicationSummary; nowMs?: number }) {
  return (
    <View
      className='application-row'
      role='link'
      data-testid='application-row'
      aria-label={`${KIND_LABELS[item.kind]}：${item.title}，${item.statusLabel}`}
      onClick={() => Taro.navigateTo({ url: applicationUrl(item.kind, item.id) })}
    >
      <View className='application-row__head'>
        <Text className={`application-row__kind application-row__kind--${item.kind}`}>{KIND_LABELS[item.kind]}</Text>
        <Text className='application-row__title'>{item.title}</Text>
      </View>
      <View className='application-row__foot'>
        <StatusChip kind={item.kind} status={item.status} />
        <Text className='application-row__time'>更新于 {formatUpdatedAt(item.updatedAt, nowMs)}</Text>
      </View>
    </View>
  )
}
