import { useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { EventKind, EventStatus, EventWhen } from '@contract/events'
import { EmptyState, ErrorState, Skeleton } from '@/components/states'
import { usePagedList } from '@/components/use-paged-list'
import { useEventList } from '@/features/events/api/events'
import { EventCard } from '@/features/events/components/event-card'
import { FilterChips, FilterChipsRow, type FilterGroup } from '@/features/events/components/filter-chips'
import { EVENT_KIND_LABELS, EVENT_STATUS_FILTERS, EVENT_WHEN_FILTERS } from '@/features/events/labels'
import { COMMON_CITIES } from '@/rules'
import './index.scss'

const KINDS: EventKind[] = ['matchmaking', 'financing']
const CITY_FILTERS = [{ value: '', label: '全部城市' }, ...COMMON_CITIES.map((r) => ({ value: r.code as string, label: r.label }))]

export default function EventsPage() {
  const [kind, setKind] = useState<EventKind>('matchmaking')
  const [city, setCity] = useState('')
  const [when, setWhen] = useState<EventWhen>('all')
  const [status, setStatus] = useState<EventStatus | ''>('')
  const list = useEventList({ kind, city: city || undefined, when, status: status || undefined })

  usePagedList(list)
  // A tab page stays mounted: seats change while people sign up elsewhere.
  useDidShow(() => {
    if (list.isStale && !list.isFetching) list.refetch()
  })

  const items = list.data?.pages.flatMap((p) => p.items) ?? []
  const filtered = Boolean(city || status || when !== 'all')

  return (
    <View className='page events'>
      <View className='events__filters'>
        <View className='events__segments' role='tablist'>
          {KINDS.map((k) => (
            <View
              key={k}
              role='tab'
              aria-selected={k === kind}
              className={`events__segment${k === kind ? ' events__segment--active' : ''}`}
              onClick={() => setKind(k)}
            >
              {EVENT_KIND_LABELS[k]}
            </View>
          ))}
        </View>
        <FilterChips label='城市' value={city} options={CITY_FILTERS} onChange={setCity} />
        <FilterChipsRow
          groups={[
            { label: '时间', value: when, options: EVENT_WHEN_FILTERS, onChange: setWhen } as FilterGroup,
            { label: '状态', value: status, options: EVENT_STATUS_FILTERS, onChange: setStatus } as FilterGroup,
          ]}
        />
      </View>
      {kind === 'financing' ? (
        <View className='events__finance' role='link' onClick={() => Taro.navigateTo({ url: '/packages/finance/pages/products/index' })}>
          <Text>知识产权质押融资产品</Text>
          <Text className='events__finance-go'>查看融资产品 ›</Text>
        </View>
      ) : null}
      {list.isPending ? (
        <Skeleton rows={3} />
      ) : list.isError && items.length === 0 ? (
        <ErrorState error={list.error} onRetry={() => list.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState
          title='暂无活动'
          hint={filtered ? '换个城市、时间或状态试试' : '新活动发布后会出现在这里'}
          actionText={filtered ? '清除筛选' : undefined}
          onAction={() => {
            setCity('')
            setWhen('all')
            setStatus('')
          }}
        />
      ) : (
        <View>
          {items.map((e) => (
            <EventCard key={e.id} event={e} />
          ))}
          <Text className='events__more'>
            {list.isFetchingNextPage ? '加载中…' : list.isFetchNextPageError ? '加载失败，上拉重试' : list.hasNextPage ? '上拉加载更多' : '没有更多了'}
          </Text>
        </View>
      )}
    </View>
  )
}
