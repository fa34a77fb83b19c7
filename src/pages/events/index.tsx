import { View } from '@tarojs/components'
import { EmptyState } from '@/components/states'

// The events catalogue (对接活动 / 入园惠企) lands with the events feature; the tab and path are public already.
export default function EventsPage() {
  return (
    <View className='page'>
      <EmptyState title='活动报名即将开放' hint='供需对接、企业进高校、路演与入园惠企融资活动将在这里发布' />
    </View>
  )
}
