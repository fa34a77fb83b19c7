import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { ApiError } from '@/api/error'
import { PrivacySheet } from '@/components/privacy-sheet'
import { EmptyState, ErrorState, Skeleton } from '@/components/states'
import { FavouriteButton } from '@/features/favourites/components/favourite-button'
import { LicenceApplyAction } from '@/features/licences/components/apply-action'
import { usePatent } from '@/features/patents/api/patents'
import { Declaration } from '@/features/patents/components/declaration'
import { FeeEstimator } from '@/features/patents/components/fee-estimator'
import { FEE_MODE_LABELS, feeSummary, formatCount, PATENT_TYPE_LABELS } from '@/features/patents/labels'
import { patentPath } from '@/shared/paths'
import { copyText, SHOWS_SYSTEM_COPY_TOAST } from '@/platform/clipboard'
import { useInitialRouteParams } from '@/platform/route-params'
import { useSharePage } from '@/platform/share'
import './index.scss'

export default function PatentPage() {
  const id = useInitialRouteParams().id ?? ''
  const patent = usePatent(id)
  const share = useSharePage(patent.data ? { title: patent.data.title, path: patentPath(patent.data.id) } : null)

  if (!id) {
    return (
      <View className='page'>
        <EmptyState title='链接中缺少专利编号' actionText='去专利列表' onAction={() => Taro.switchTab({ url: '/pages/patents/index' })} />
      </View>
    )
  }
  if (patent.isPending) return <View className='page patent'><Skeleton rows={3} /></View>
  if (patent.isError) {
    if (patent.error instanceof ApiError && patent.error.code === 'NOT_FOUND') {
      return (
        <View className='page'>
          <EmptyState title='专利不存在或已下线' hint='该专利可能已撤回开放许可声明' actionText='去专利列表' onAction={() => Taro.switchTab({ url: '/pages/patents/index' })} />
        </View>
      )
    }
    return <View className='page patent'><ErrorState error={patent.error} onRetry={() => patent.refetch()} /></View>
  }

  const p = patent.data
  const copyNumber = () =>
    copyText(`ZL${p.patentNo}`).then((ok) => {
      if (ok && !SHOWS_SYSTEM_COPY_TOAST) Taro.showToast({ title: '专利号已复制', icon: 'none' })
    })

  return (
    <View className='page patent'>
      <PrivacySheet />
      <View className='card patent__hero'>
        <View className='patent__badges'>
          <Text className={`patent__type patent__type--${p.type}`}>{PATENT_TYPE_LABELS[p.type]}</Text>
          <Text className='patent__badge'>开放许可</Text>
          <Text className='patent__badge'>{p.legalStatus === 'valid' ? '有效' : p.legalStatus}</Text>
        </View>
        <Text className='patent__title'>{p.title}</Text>
        <View className='patent__number' role='button' aria-label='复制专利号' onClick={copyNumber}>
          <Text>ZL{p.patentNo}</Text>
          <Text className='patent__copy'>复制</Text>
        </View>
        <Text className='patent__owner'>{p.patentee}</Text>
        <View className='patent__fee-box'>
          <Text className='patent__fee-label'>许可费</Text>
          <Text className='patent__fee'>{feeSummary(p)}</Text>
          <Text className='patent__fee-sub'>
            {FEE_MODE_LABELS[p.feeMode]} · 许可期限 {p.licenceTermMonths} 个月
          </Text>
        </View>
        <Text className='patent__stats'>
          {formatCount(p.views)} 次浏览 · {formatCount(p.applications)} 家企业已申请许可
        </Text>
      </View>

      <Declaration patent={p} onCopyNumber={copyNumber} />

      <View className='card'>
        <Text className='patent__section'>摘要</Text>
        <Text className='patent__abstract'>{p.abstract}</Text>
      </View>

      <FeeEstimator patent={p} />

      <View className='patent__bar'>
        <FavouriteButton patentId={p.id} />
        <Button className='patent__share' openType={share.openType} onClick={share.onShare} aria-label='分享'>
          <Text className='patent__share-icon'>⇪</Text>
          <Text className='patent__share-text'>分享</Text>
        </Button>
        <View className='patent__apply'>
          <LicenceApplyAction patentId={p.id} title={p.title} />
        </View>
      </View>
    </View>
  )
}
