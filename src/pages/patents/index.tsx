import { useEffect, useMemo, useRef, useState } from 'react'
import Taro, { useReachBottom } from '@tarojs/taro'
import { usePullDownRefresh } from '@/components/use-pull-down-refresh'
import { Text, View } from '@tarojs/components'
import { useQueryClient, type InfiniteData } from '@tanstack/react-query'
import type { PatentListResponse } from '@contract/common'
import { EmptyState, ErrorState, Skeleton } from '@/components/states'
import { VirtualList } from '@/components/virtual-list'
import { patentKeys, usePatentList } from '@/features/patents/api/patents'
import { FilterBar } from '@/features/patents/components/filter-bar'
import { FilterSheet } from '@/features/patents/components/filter-sheet'
import { PATENT_CARD_ROW_HEIGHT, PatentCard } from '@/features/patents/components/patent-card'
import { SearchBar } from '@/features/patents/components/search-bar'
import { useSearchFocusRequest } from '@/features/patents/search-focus'
import { SortTabs } from '@/features/patents/components/sort-tabs'
import { PATENTS_PATH, usePatentSearch } from '@/features/patents/hooks/use-patent-search'
import { formatCount } from '@/features/patents/labels'
import { activeFilterCount, clearedSearch, toListQuery, toRouteParams, withFilter, type FilterName } from '@/features/patents/search-params'
import { buildRouteQuery } from '@/platform/route-params'
import { useSharePage } from '@/platform/share'
import './index.scss'

export default function PatentsPage() {
  const [search, setSearch] = usePatentSearch()
  const query = useMemo(() => toListQuery(search), [search])
  const list = usePatentList(query)
  const queryClient = useQueryClient()
  const [openFilter, setOpenFilter] = useState<FilterName | null>(null)
  const focusSearch = useSearchFocusRequest()

  // Shared from the ··· menu (mini-program), the card reopens this exact search.
  useSharePage({ title: search.q ? `“${search.q}”相关的开放许可专利` : '开放许可专利 · 惠企专利通', path: PATENTS_PATH + buildRouteQuery(toRouteParams(search)) })

  // A new search starts at the top; the first render keeps wherever the page was.
  const queryKey = JSON.stringify(query)
  const firstKey = useRef(queryKey)
  useEffect(() => {
    if (queryKey !== firstKey.current) Taro.pageScrollTo({ scrollTop: 0, duration: 0 })
  }, [queryKey])

  usePullDownRefresh(() => {
    // Refresh from page 1 only: refetching every page already scrolled through would be slow.
    queryClient.setQueryData<InfiniteData<PatentListResponse, number>>(patentKeys.list(query), (data) =>
      data ? { pages: data.pages.slice(0, 1), pageParams: data.pageParams.slice(0, 1) } : data,
    )
    return list.refetch().then((result) => {
      if (result.isError) Taro.showToast({ title: '刷新失败，请稍后重试', icon: 'none' })
    })
  })
  const loadMore = () => {
    if (list.hasNextPage && !list.isFetchingNextPage && !list.isFetchNextPageError) list.fetchNextPage()
  }
  useReachBottom(loadMore)

  const items = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data])
  const total = list.data?.pages[0]?.total ?? 0
  const filtered = activeFilterCount(search) > 0 || search.q !== ''

  const update = (next: typeof search) => {
    setOpenFilter(null)
    setSearch(next)
  }

  return (
    <View className='page patents'>
      <View className='patents__header'>
        <SearchBar value={search.q} focus={focusSearch} onSearch={(q) => update({ ...search, q })} />
        <FilterBar search={search} open={openFilter} onToggle={(name) => setOpenFilter(openFilter === name ? null : name)} />
        <SortTabs value={search.sort} onChange={(sort) => update({ ...search, sort })} />
      </View>
      {openFilter ? (
        <FilterSheet
          name={openFilter}
          search={search}
          query={query}
          onSelect={(value) => update(withFilter(search, openFilter, value))}
          onClose={() => setOpenFilter(null)}
        />
      ) : null}

      {list.isPending ? (
        <Skeleton rows={4} testId='patents-skeleton' />
      ) : !list.data ? (
        // Only a failed first page replaces the list; a failed next page keeps what is loaded.
        <ErrorState error={list.error} onRetry={() => list.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState
          title='没有找到匹配的专利'
          hint={filtered ? '试试更换关键词，或减少筛选条件' : '暂无开放许可专利'}
          actionText={filtered ? '清除筛选' : undefined}
          onAction={() => update(clearedSearch(search))}
        />
      ) : (
        <View>
          <View className='patents__summary'>
            <Text className='patents__total' data-testid='patents-total'>
              共 {formatCount(total)} 件开放许可专利
            </Text>
            {filtered ? (
              <View className='patents__clear' role='button' onClick={() => update(clearedSearch(search))}>
                清除筛选
              </View>
            ) : null}
          </View>
          <VirtualList
            id='patent-list'
            items={items}
            itemHeight={PATENT_CARD_ROW_HEIGHT}
            itemKey={(p) => p.id}
            renderItem={(p) => <PatentCard patent={p} />}
            onEndReached={loadMore}
          />
          {list.isFetchNextPageError ? (
            <View className='patents__more patents__more--error' role='button' onClick={() => list.fetchNextPage()}>
              加载失败，点击重试
            </View>
          ) : (
            <Text className='patents__more'>{list.isFetchingNextPage ? '加载中…' : list.hasNextPage ? '上拉加载更多' : '没有更多了'}</Text>
          )}
        </View>
      )}
    </View>
  )
}
