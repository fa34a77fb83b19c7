import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import { useQueryClient } from '@tanstack/react-query'
import { resetInprocMock } from '@/api/transport'
import { formatCount } from '@/features/patents/labels'
import { useSessionStore } from '@/stores/session'
import { DANGER_RED, showModal } from '@/components/modal'
import './index.scss'

// Lives in the mock's own subpackage (mockpkg/), next to the mock it describes; 我的 links here
// only in builds that run the mock in-process.
export default function DemoDataPage() {
  const queryClient = useQueryClient()

  async function restore() {
    const { confirm } = await showModal({
      title: '恢复初始演示数据？',
      content: '本机保存的报名、申请、收藏和企业信息都会清除，并退出登录。',
      confirmText: '恢复',
      confirmColor: DANGER_RED,
      cancelText: '再想想',
    })
    if (!confirm) return
    resetInprocMock()
    useSessionStore.getState().clear()
    queryClient.clear()
    Taro.showToast({ title: '已恢复初始数据', icon: 'success' })
    Taro.reLaunch({ url: '/pages/index/index' })
  }

  return (
    <View className='page demo-data'>
      <View className='card'>
        <Text className='demo-data__title'>本版本使用内置演示数据</Text>
        <Text className='demo-data__text'>不连接服务器：专利、活动、融资产品和办理进度都是模拟数据，运行在手机上。</Text>
        <Text className='demo-data__text' data-testid='demo-data-patents'>
          演示专利 {formatCount(HUIQI_MOCK_PATENTS)} 件，另有活动、银行与融资产品若干。
        </Text>
        <Text className='demo-data__text'>您提交的报名、申请、收藏和企业信息保存在本机，关闭小程序后仍在。</Text>
      </View>
      <View className='demo-data__actions'>
        <AtButton circle onClick={restore}>
          恢复初始演示数据
        </AtButton>
      </View>
    </View>
  )
}
