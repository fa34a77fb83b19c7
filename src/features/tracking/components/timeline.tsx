import { Text, View } from '@tarojs/components'
import type { TimelineItem } from '@contract/tracking'
import { formatDateTime } from '@/utils/format'

/**
 * Every status change, latest on top (where the applicant looks first). Notes may be written by an
 * officer and are rendered as text, never as HTML.
 */
export function Timeline({ items }: { items: TimelineItem[] }) {
  const latestFirst = [...items].reverse()
  return (
    <View className='timeline' role='list' aria-label='办理进度'>
      {latestFirst.map((t, i) => (
        <View key={`${t.at}-${t.status}-${i}`} className={`timeline__item${i === 0 ? ' timeline__item--current' : ''}`} role='listitem' data-testid='timeline-item'>
          <View className='timeline__rail'>
            <View className='timeline__dot' />
            {i < latestFirst.length - 1 ? <View className='timeline__line' /> : null}
          </View>
          <View className='timeline__content'>
            <Text className='timeline__status'>{t.statusLabel}</Text>
            <Text className='timeline__time'>{formatDateTime(t.at)}</Text>
            {t.note && t.note !== t.statusLabel ? <Text className='timeline__note'>{t.note}</Text> : null}
          </View>
        </View>
      ))}
    </View>
  )
}
