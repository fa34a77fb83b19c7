import { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { EmptyState } from '@/components/states'
import { eventIdFromParams } from '@/features/events/event-id'

export default function EventPage() {
  const { params } = useRouter()
  const id = eventIdFromParams(params)
  return (
    <View className='page'>
      <EmptyState title='活动详情即将开放' hint={id ? `活动编号：${id}` : '链接中缺少活动编号'} />
    </View>
  )
}
