import { View } from '@tarojs/components'
import { EmptyState } from '@/components/states'

export default function Page() {
  return (
    <View className='page'>
      <EmptyState title='分享海报' hint='功能建设中' />
    </View>
  )
}
