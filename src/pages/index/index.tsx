import Taro from '@tarojs/taro'
import { usePullDownRefresh } from '@/components/use-pull-down-refresh'
import { Text, View } from '@tarojs/components'
import { ErrorState, Skeleton } from '@/components/states'
import { usePatentList } from '@/features/patents/api/patents'
import { PatentCard } from '@/features/patents/components/patent-card'
import { requestSearchFocus } from '@/features/patents/search-focus'
import './index.scss'

const ENTRIES = [
  { title: '找专利', hint: '开放许可专利', url: '/pages/patents/index', tab: true },
  { title: '发布需求', hint: '智能匹配专利', url: '/packages/trade/pages/need-new/index', tab: false },
  { title: '对接活动', hint: '供需对接·路演·入园惠企', url: '/pages/events/index', tab: true },
  { title: '融资产品', hint: '知识产权质押融资', url: '/packages/finance/pages/products/index', tab: false },
]

export default function HomePage() {
  const latest = usePatentList({ sort: 'newest', pageSize: 5 })
  usePullDownRefresh(() => latest.refetch())

  return (
    <View className='page home'>
      <View className='home__hero'>
        <Text className='home__title'>惠企专利通</Text>
        <Text className='home__subtitle'>专利开放许可 · 供需对接 · 入园惠企融资</Text>
        <View
          className='home__search'
          role='search'
          onClick={() => {
            requestSearchFocus()
            Taro.switchTab({ url: '/pages/patents/index' })
          }}
        >
          <Text>搜索专利名称、专利号、专利权人</Text>
        </View>
      </View>
      <View className='home__entries'>
        {ENTRIES.map((e) => (
          <View key={e.title} className='home__entry' role='link' onClick={() => (e.tab ? Taro.switchTab({ url: e.url }) : Taro.navigateTo({ url: e.url }))}>
            <Text className='home__entry-title'>{e.title}</Text>
            <Text className='home__entry-hint'>{e.hint}</Text>
          </View>
        ))}
      </View>
      <Text className='section-title'>最新开放许可</Text>
      {latest.isPending ? (
        <Skeleton rows={3} />
      ) : latest.isError ? (
        <ErrorState error={latest.error} onRetry={() => latest.refetch()} />
      ) : (
        latest.data.pages[0].items.map((p) => <PatentCard key={p.id} patent={p} />)
      )}
    </View>
  )
}
