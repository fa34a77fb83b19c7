import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { EmptyState, ErrorState, Skeleton } from '@/components/states'
import { usePagedList, useRefetchOnReturn } from '@/components/use-paged-list'
import type { ApplicationKind } from '@/rules'
import { useApplicationList } from '../api/applications'
import { EMPTY_HINTS, TABS } from '../labels'
import { ApplicationRow } from './application-row'
import './tracking.scss'

export function ApplicationsView() {
  const [kind, setKind] = useState<ApplicationKind | undefined>(undefined)
  const list = useApplicationList(kind)

  // Back from a detail: pick up officers' moves.
  useRefetchOnReturn(() => list.refetch())
  usePagedList(list)

  const items = list.data?.pages.flatMap((p) => p.items) ?? []
  const empty = EMPTY_HINTS[kind ?? 'all']
  const nowMs = Date.now()

  return (
    <View className='applications'>
      <View className='tabs' role='tablist'>
        {TABS.map((tab) => (
          <View
            key={tab.label}
            role='tab'
            aria-selected={tab.kind === kind}
            className={`tabs__tab${tab.kind === kind ? ' tabs__tab--active' : ''}`}
            onClick={() => setKind(tab.kind)}
          >
            {tab.label}
          </View>
        ))}
      </View>
      {list.isPending ? (
        <Skeleton rows={4} />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => list.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={empty.title} hint={empty.hint} />
      ) : (
        <View role='tabpanel'>
          {items.map((item) => (
            <ApplicationRow key={`${item.kind}:${item.id}`} item={item} nowMs={nowMs} />
          ))}
          <Text className='applications__more'>{list.isFetchingNextPage ? '加载中…' : list.hasNextPage ? '上拉加载更多' : '没有更多了'}</Text>
        </View>
      )}
    </View>
  )
}
