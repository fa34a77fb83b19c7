import type { PatentSort } from '@contract/common'
import { Text, View } from '@tarojs/components'
import { SORT_LABELS } from '../labels'
import './sort-tabs.scss'

interface SortTabsProps {
  value: PatentSort
  onChange: (sort: PatentSort) => void
}

// 许可费 is one tab that flips between 从低到高 and 从高到低, as price sorts do in shopping apps.
const TABS: { key: string; sorts: PatentSort[]; idle: string }[] = [
  { key: 'relevance', sorts: ['relevance'], idle: SORT_LABELS.relevance },
  { key: 'newest', sorts: ['newest'], idle: SORT_LABELS.newest },
  { key: 'fee', sorts: ['fee_asc', 'fee_desc'], idle: '许可费' },
  { key: 'popular', sorts: ['popular'], idle: SORT_LABELS.popular },
]

export function SortTabs({ value, onChange }: SortTabsProps) {
  return (
    <View className='sort-tabs' role='tablist' aria-label='排序'>
      {TABS.map((tab) => {
        const selected = tab.sorts.indexOf(value) >= 0
        const next = selected && tab.sorts.length > 1 ? tab.sorts[(tab.sorts.indexOf(value) + 1) % tab.sorts.length] : tab.sorts[0]
        const label = selected ? SORT_LABELS[value] : tab.idle
        return (
          <View
            key={tab.key}
            role='tab'
            aria-selected={selected}
            aria-label={selected ? label : SORT_LABELS[next]}
            className={`sort-tabs__tab${selected ? ' sort-tabs__tab--selected' : ''}`}
            onClick={() => {
              if (!selected || tab.sorts.length > 1) onChange(next)
            }}
          >
            <Text>{label}</Text>
            {tab.sorts.length > 1 ? <Text className='sort-tabs__flip'>{value === 'fee_desc' ? '↓' : value === 'fee_asc' ? '↑' : '⇅'}</Text> : null}
          </View>
        )
      })}
    </View>
  )
}
