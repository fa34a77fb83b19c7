import Taro, { useRouter } from '@tarojs/taro'
import { usePullDownRefresh } from '@/components/use-pull-down-refresh'
import { Text, View } from '@tarojs/components'
import { SignInPrompt } from '@/components/gates'
import { EmptyState, ErrorState, Skeleton } from '@/components/states'
import { useNeed, useNeedMatches } from '@/features/needs/api/needs'
import { EventMatchCard, PatentMatchCard } from '@/features/needs/components/match-list'
import { industryName } from '@/rules'
import { useSessionStore } from '@/stores/session'
import { formatFen } from '@/utils/format'
import './index.scss'

export default function NeedMatchesPage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const user = useSessionStore((s) => s.user)
  const need = useNeed(id)
  const matches = useNeedMatches(id)

  usePullDownRefresh(() => Promise.all([need.refetch(), matches.refetch()]))

  if (!id) {
    return (
      <View className='page'>
        <EmptyState title='链接中缺少需求编号' hint='发布一条技术需求，即可看到为它匹配的专利和活动' actionText='发布需求' onAction={() => Taro.redirectTo({ url: '/packages/trade/pages/need-new/index' })} />
      </View>
    )
  }
  if (!user) {
    return (
      <View className='page'>
        <SignInPrompt />
      </View>
    )
  }
  if (need.isPending) return <View className='page'><Skeleton rows={3} /></View>
  if (need.isError) return <View className='page'><ErrorState error={need.error} onRetry={() => need.refetch()} /></View>

  const n = need.data.need
  return (
    <View className='page need-matches'>
      <View className='card'>
        <Text className='need-matches__title'>{n.title}</Text>
        <Text className='need-matches__meta'>
          {industryName(n.industry)}
          {n.budgetFen !== undefined ? ` · 预算 ${formatFen(n.budgetFen)}` : ''}
        </Text>
        <View className='need-matches__keywords'>
          {n.keywords.map((k) => (
            <Text key={k} className='need-matches__keyword'>
              {k}
            </Text>
          ))}
        </View>
      </View>
      {matches.isPending ? (
        <Skeleton rows={3} />
      ) : matches.isError ? (
        <ErrorState error={matches.error} onRetry={() => matches.refetch()} />
      ) : (
        <View>
          <Text className='section-title'>匹配的开放许可专利（{matches.data.patents.length}）</Text>
          {matches.data.patents.length === 0 ? (
            <EmptyState
              title='暂未找到匹配的专利'
              hint='试试更通用的关键词，例如“储能”“电池”'
              actionText='重新发布需求'
              onAction={() => Taro.redirectTo({ url: '/packages/trade/pages/need-new/index' })}
            />
          ) : (
            matches.data.patents.map((m) => <PatentMatchCard key={m.patent.id} match={m} />)
          )}
          <Text className='section-title'>近期同行业对接活动</Text>
          {matches.data.events.length === 0 ? (
            <Text className='need-matches__none'>暂无报名中的同行业对接活动，可在“活动”中查看全部活动</Text>
          ) : (
            matches.data.events.map((m) => <EventMatchCard key={m.event.id} match={m} />)
          )}
        </View>
      )}
    </View>
  )
}
