import { useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { Input, Text, View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import { EmptyState, ErrorState, Skeleton } from '@/components/states'
import { usePagedList } from '@/components/use-paged-list'
import { OfficerOnly } from '../../components/officer-only'
import { useOfficerEventPages, useOfficerEventSearch } from '@/features/event-admin/api'
import { EventRow } from '@/features/event-admin/event-row'

function EventsScreen() {
  const list = useOfficerEventPages()
  const [text, setText] = useState('')
  const searching = text.trim() !== ''
  const found = useOfficerEventSearch(text)
  useDidShow(() => void (searching ? found.refetch() : list.refetch()))
  usePagedList(list)
  const items = list.data?.pages.flatMap((p) => p.items) ?? []
  const total = list.data?.pages[0]?.total ?? 0

  return (
    <View className='page o-page'>
      <View className='o-toolbar'>
        <Text className='o-toolbar__text'>{list.data ? `共 ${total} 场活动` : ''}</Text>
        <AtButton type='primary' size='small' circle onClick={() => Taro.navigateTo({ url: '/officer/pages/event-edit/index' })}>
          新建活动
        </AtButton>
      </View>
      <View className='o-search'>
        <Input
          className='o-search__input'
          name='event-search'
          type='text'
          confirmType='search'
          aria-label='搜索活动'
          placeholder='搜索活动名称、主办单位、地点'
          value={text}
          onInput={(e) => setText(e.detail.value)}
        />
        {searching ? (
          <View className='o-action' role='button' aria-label='清除搜索' onClick={() => setText('')}>
            清除
          </View>
        ) : null}
      </View>
      {searching ? (
        found.isPending ? (
          <Skeleton rows={3} />
        ) : found.isError ? (
          <ErrorState error={found.error} onRetry={() => found.refetch()} />
        ) : found.data.length === 0 ? (
          <EmptyState title='没有找到相关活动' hint='换个关键词试试' />
        ) : (
          <>
            <Text className='o-hint' data-testid='event-search-count'>
              找到 {found.data.length} 场活动
            </Text>
            {found.data.map((event) => (
              <EventRow key={event.id} event={event} />
            ))}
          </>
        )
      ) : list.isPending ? (
        <Skeleton rows={3} />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => list.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title='还没有活动' hint='点击「新建活动」发布第一场对接活动' />
      ) : (
        <>
          {items.map((event) => (
            <EventRow key={event.id} event={event} />
          ))}
          <Text className='o-hint'>{list.hasNextPage ? (list.isFetchingNextPage ? '加载中…' : '上拉加载更多') : '没有更多了'}</Text>
        </>
      )}
    </View>
  )
}

export default function EventsPage() {
  return <OfficerOnly>{() => <EventsScreen />}</OfficerOnly>
}
