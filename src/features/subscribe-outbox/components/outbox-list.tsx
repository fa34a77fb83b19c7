import { useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '@/api/client'
import { EmptyState, ErrorState, Skeleton } from '@/components/states'
import { formatDateTime } from '@/utils/format'
import './outbox-list.scss'

const PURPOSE_LABELS = { registration: '活动报名结果通知', application: '申请进度通知' } as const

export const outboxKeys = ['officer', 'subscribe-outbox'] as const

const outboxQueryOptions = () =>
  queryOptions({
    queryKey: outboxKeys,
    queryFn: () => api('GET /api/officer/subscribe-outbox', { query: { pageSize: 10 } }),
  })

/** What WeChat's subscribeMessage.send received: one per acceptance, values as cut to its limits. */
export function OutboxList() {
  const list = useQuery(outboxQueryOptions())
  useDidShow(() => void list.refetch())
  return (
    <View className='outbox' data-testid='subscribe-outbox'>
      <Text className='o-hint'>用户每同意一次订阅，只发送一条对应模板的消息；站内消息始终发送。</Text>
      {list.isPending ? (
        <Skeleton rows={3} />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState title='暂无发送记录' hint='用户同意订阅后，状态变化会在这里留下发送记录' />
      ) : (
        list.data.items.map((m) => (
          <View key={m.id} className='o-card outbox__item' data-testid='outbox-message'>
            <View className='outbox__head'>
              <Text className='o-badge'>{PURPOSE_LABELS[m.purpose]}</Text>
              <Text className='o-card__meta'>{formatDateTime(m.sentAt)}</Text>
            </View>
            <Text className='o-card__meta'>
              接收人：{m.userName} · 模板 {m.templateId}
            </Text>
            {Object.entries(m.data).map(([key, v]) => (
              <Text key={key} className='outbox__field'>
                {key}：{v.value}
              </Text>
            ))}
            <Text className='o-card__meta'>打开页面：{m.page.split('?')[0]}</Text>
          </View>
        ))
      )}
    </View>
  )
}
