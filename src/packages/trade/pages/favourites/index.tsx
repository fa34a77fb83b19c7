import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { SignInPrompt } from '@/components/gates'
import { EmptyState, ErrorState, Skeleton } from '@/components/states'
import { usePagedList, useRefetchOnReturn } from '@/components/use-paged-list'
import { useFavourites } from '@/features/favourites/api/favourites'
import { FavouriteCard } from '@/features/favourites/components/favourite-card'
import { useSessionStore } from '@/stores/session'
import './index.scss'

export default function FavouritesPage() {
  const token = useSessionStore((s) => s.token)
  const list = useFavourites()

  // Saved or removed on a detail page meanwhile: show the list as it is now.
  useRefetchOnReturn(() => list.refetch(), Boolean(token))
  usePagedList(list)

  if (!token) {
    return (
      <View className='page'>
        <SignInPrompt hint='登录后可查看收藏的专利' />
      </View>
    )
  }
  if (list.isPending) return <View className='page favourites'><Skeleton rows={3} /></View>
  if (!list.data) return <View className='page favourites'><ErrorState error={list.error} onRetry={() => list.refetch()} /></View>

  const items = list.data.pages.flatMap((p) => p.items)
  if (items.length === 0) {
    return (
      <View className='page favourites'>
        <EmptyState title='还没有收藏的专利' hint='在专利详情页点“收藏”，方便随时查看和申请许可' actionText='去找专利' onAction={() => Taro.switchTab({ url: '/pages/patents/index' })} />
      </View>
    )
  }
  return (
    <View className='page favourites'>
      <Text className='favourites__total'>共收藏 {list.data.pages[0].total} 件专利</Text>
      {items.map((f) => (
        <FavouriteCard key={f.patentId} favourite={f} />
      ))}
      <Text className='favourites__more'>{list.isFetchingNextPage ? '加载中…' : list.hasNextPage ? '上拉加载更多' : '没有更多了'}</Text>
    </View>
  )
}
