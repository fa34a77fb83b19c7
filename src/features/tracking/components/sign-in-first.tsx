import Taro from '@tarojs/taro'
import { EmptyState } from '@/components/states'

export function SignInFirst() {
  return <EmptyState title='请先登录' hint='在“我的”选择演示身份后查看申请进度和消息' actionText='去登录' onAction={() => Taro.switchTab({ url: '/pages/me/index' })} />
}
