import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import type { FinanceApplication } from '@contract/finance'
import { EnterprisePrompt, SignInPrompt } from '@/components/gates'
import { ErrorState, Skeleton } from '@/components/states'
import { useMe } from '@/features/auth/api/me'
import { useFinanceProduct } from '@/features/finance/api/products'
import { ApplyForm } from '@/features/finance/components/apply-form'
import { wan } from '@/features/finance/labels'
import { useSessionStore } from '@/stores/session'
import { applicationUrl } from '@/utils/paths'
import './index.scss'

function Submitted({ application }: { application: FinanceApplication }) {
  const trackingUrl = applicationUrl('finance', application.id)
  return (
    <View className='apply-done' role='status' data-testid='apply-result'>
      <View className='apply-done__icon'>✓</View>
      <Text className='apply-done__title'>融资申请已提交</Text>
      <Text className='apply-done__hint'>
        {application.title} · {wan(application.amountFen)} 万元 · {application.termMonths} 个月
      </Text>
      <Text className='apply-done__hint'>银行受理后将通知您，可在“我的申请”查看进度。</Text>
      <View className='apply-done__actions'>
        <AtButton type='primary' circle onClick={() => Taro.redirectTo({ url: trackingUrl })}>
          查看申请进度
        </AtButton>
      </View>
    </View>
  )
}

export default function ApplyPage() {
  const { params } = useRouter()
  const [productId, setProductId] = useState(params.productId ?? '')
  const token = useSessionStore((s) => s.token)
  const me = useMe()
  const product = useFinanceProduct(productId)
  const [done, setDone] = useState<FinanceApplication | null>(null)

  if (done) {
    return (
      <View className='page'>
        <Submitted application={done} />
      </View>
    )
  }
  if (!token) {
    return (
      <View className='page'>
        <SignInPrompt hint='在“我的”选择企业用户身份后即可申请融资' />
      </View>
    )
  }
  if (me.isPending || (productId && product.isPending)) return <View className='page'><Skeleton rows={2} /></View>
  if (me.isError) return <View className='page'><ErrorState error={me.error} onRetry={() => me.refetch()} /></View>
  if (productId && product.isError) return <View className='page'><ErrorState error={product.error} onRetry={() => product.refetch()} /></View>

  const enterprise = me.data.enterprise
  if (!enterprise) {
    return (
      <View className='page'>
        <EnterprisePrompt hint='融资申请需使用企业名称、统一社会信用代码和联系人' />
      </View>
    )
  }
  return (
    <View className='page'>
      <ApplyForm product={productId && product.data ? product.data : null} enterprise={enterprise} onClearProduct={() => setProductId('')} onDone={setDone} />
    </View>
  )
}
