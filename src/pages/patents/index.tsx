import { useState } from 'react'
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { Input, Text, View } from '@tarojs/components'
import { EmptyState, ErrorState, Skeleton } from '@/components/states'
import { usePatentList } from '@/features/patents/api/patents'
import { PatentCard } from '@/features/patents/components/patent-card'
import './index.scss'

export default function PatentsPage() {
  const [draft, setDraft] = useState('')
  const [q, setQ] = useState('')
  const list = usePatentList({ q: q || undefined })

  usePullDownRefresh(() => {
    list.refetch().finally(() => Taro.stopPullDownRefresh())
  })
  useReachBottom(() => {
    if (list.hasNextPage && !list.isFetchingNextPage) list.fetchNextPage()
  })

  const items = list.data?.pages.flatMap((p) => p.items) ?? []
  const total = list.data?.pages[0]?.total ?? 0

  return (
    <View className='page patents'>
      <View className='patents__search'>
        <Input
          className='patents__search-input'
          type='text'
          confirmType='search'
          aria-label='搜索专利'
          placeholder='搜索专利名称、专利号、专利权人'
          value={draft}
          onInput={(e) => setDraft(e.detail.value)}
          onConfirm={() => setQ(draft.trim())}
        />
        <View className='patents__search-button' role='button' onClick={() => setQ(draft.trim())}>
          搜索
        </View>
      </View>
      {list.isPending ? (
        <Skeleton rows={4} />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => list.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState
          title='没有找到匹配的专利'
          hint='换个关键词试试'
          actionText={q ? '清除搜索' : undefined}
          onAction={() => {
            setDraft('')
            setQ('')
          }}
        />
      ) : (
        <View>
          <Text className='patents__total'>共 {total.toLocaleString('zh-CN')} 件开放许可专利</Text>
          {items.map((p) => (
            <PatentCard key={p.id} patent={p} />
          ))}
          <Text className='patents__more'>{list.isFetchingNextPage ? '加载中…' : list.hasNextPage ? '上拉加载更多' : '没有更多了'}</Text>
        </View>
      )}
    </View>
  )
}
