import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import { useQueries } from '@tanstack/react-query'
import type { FinanceApplicationDetail, LicenceApplicationDetail, RegistrationDetail } from '@contract/tracking'
import type { FinancingNeedInput } from '@contract/events'
import { useRegistration } from '@/features/events/api/registrations'
import { useFinanceProduct } from '@/features/finance/api/products'
import { PledgeSummary } from '@/shared/pledge/pledge-summary'
import { patentDetailQueryOptions } from '@/features/patents/api/patents'
import { licenceApplyPath, patentPath } from '@/shared/paths'
import { formatFen } from '@/utils/format'
import { eventPath } from '@/utils/paths'

export function DetailField({ label, value }: { label: string; value: string }) {
  return (
    <View className='detail-field'>
      <Text className='detail-field__label'>{label}</Text>
      <Text className='detail-field__value'>{value}</Text>
    </View>
  )
}

function DetailLink({ text, url }: { text: string; url: string }) {
  return (
    <View className='detail-link' role='link' onClick={() => Taro.navigateTo({ url })}>
      <Text>{text}</Text>
      <Text className='detail-link__go'>›</Text>
    </View>
  )
}

/** The pledged patents by number and title (the application keeps only their ids). */
function PledgedPatents({ ids }: { ids: readonly string[] }) {
  const patents = useQueries({ queries: ids.map((id) => patentDetailQueryOptions(id)) })
  if (ids.length === 0) return null
  return (
    <View className='detail-field' data-testid='pledged-patents'>
      <Text className='detail-field__label'>质押专利</Text>
      <View className='detail-field__value'>
        {ids.map((id, i) => {
          const p = patents[i]?.data
          return (
            <View key={id} className='detail-field__line' role='link' onClick={() => Taro.navigateTo({ url: patentPath(id) })}>
              {p ? `ZL${p.patentNo} ${p.title}` : '加载中…'}
            </View>
          )
        })}
      </View>
    </View>
  )
}

function FinancingNeed({ need }: { need: FinancingNeedInput }) {
  return (
    <>
      <DetailField label='融资金额' value={formatFen(need.amountFen)} />
      <DetailField label='融资期限' value={`${need.termMonths} 个月`} />
      <DetailField label='资金用途' value={need.purpose} />
      <PledgedPatents ids={need.patentIds} />
    </>
  )
}

/** 融资申请: the bank and product applied to (银行 first, as on the product pages), and what is pledged. */
export function FinanceRelated({ detail }: { detail: FinanceApplicationDetail }) {
  const product = useFinanceProduct(detail.productId ?? '')
  const p = product.data
  return (
    <>
      {detail.productId ? <DetailField label='合作银行' value={p ? p.bank : '加载中…'} /> : null}
      {detail.productId ? <DetailField label='融资产品' value={p ? p.name : '加载中…'} /> : null}
      <PledgedPatents ids={detail.patentIds} />
      {detail.patents ? (
        <PledgeSummary patents={detail.patents} checks={detail.pledgeCheck} onOpen={(id) => Taro.navigateTo({ url: patentPath(id) })} />
      ) : null}
      {detail.productId ? <DetailLink text='查看融资产品' url={`/packages/finance/pages/product/index?id=${encodeURIComponent(detail.productId)}`} /> : null}
    </>
  )
}

/** 活动报名: a financing session's registration carries the financing need it was made with. */
export function RegistrationRelated({ detail }: { detail: RegistrationDetail }) {
  const registration = useRegistration(detail.id)
  const need = registration.data?.financingNeed
  return (
    <>
      {need ? (
        <View className='detail-group' data-testid='financing-need'>
          <Text className='detail-group__title'>融资需求</Text>
          <FinancingNeed need={need} />
        </View>
      ) : null}
      <DetailLink text='查看活动详情' url={eventPath(detail.eventId)} />
    </>
  )
}

/** 许可申请: back to the patent; after a refusal or withdrawal, a fresh application. */
export function LicenceRelated({ detail }: { detail: LicenceApplicationDetail }) {
  const ended = detail.status === 'rejected' || detail.status === 'withdrawn'
  return (
    <>
      <DetailLink text='查看专利详情' url={patentPath(detail.patentId)} />
      {!ended ? <DetailLink text='实施许可通知（复制文本或保存图片，发送给专利权人）' url={`/packages/trade/pages/licence-done/index?id=${encodeURIComponent(detail.id)}`} /> : null}
      {ended ? (
        <View className='detail-actions__item detail-reapply'>
          <AtButton type='primary' circle onClick={() => Taro.navigateTo({ url: licenceApplyPath(detail.patentId) })}>
            重新申请
          </AtButton>
        </View>
      ) : null}
    </>
  )
}
