import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { EmptyState } from '@/components/states'
import { useSessionStore } from '@/stores/session'

export default function WorkbenchPage() {
  const user = useSessionStore((s) => s.user)
  if (user?.role !== 'officer') {
    return (
      <View className='page'>
        <EmptyState title='无权限' hint='工作台仅对工作人员开放' actionText='返回我的' onAction={() => Taro.switchTab({ url: '/pages/me/index' })} />
      </View>
    )
  }
  return (
    <View className='page'>
      <View className='card'>
        <Text>您好，{user.name}。活动管理、报名审核、扫码签到与申请处理将在此提供。</Text>
      </View>
    </View>
  )
}
