import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { ErrorState, Skeleton } from '@/components/states'
import { usePatent } from '@/features/patents/api/patents'
import { FEE_MODE_LABELS, feeSummary, PATENT_TYPE_LABELS } from '@/features/patents/labels'
import { industryLabel, regionLabel } from '@/rules'
import { formatDate } from '@/utils/format'
import './index.scss'

function Field({ label, value }: { label: string; value: string }) {
  return (
    <View className='field'>
      <Text className='field__label'>{label}</Text>
      <Text className='field__value'>{value}</Text>
    </View>
  )
}

export default function PatentPage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const patent = usePatent(id)

  if (patent.isPending) return <View className='page'><Skeleton rows={3} /></View>
  if (patent.isError) return <View className='page'><ErrorState error={patent.error} onRetry={() => patent.refetch()} /></View>

  const p = patent.data
  return (
    <View className='page patent'>
      <View className='card'>
        <Text className='patent__title'>{p.title}</Text>
        <Text className='patent__fee'>{feeSummary(p)}</Text>
      </View>
      <View className='card'>
        <Field label='专利号' value={`ZL${p.patentNo}`} />
        <Field label='专利类型' value={PATENT_TYPE_LABELS[p.type]} />
        <Field label='专利权人' value={p.patentee} />
        <Field label='发明人' value={p.inventors.join('、')} />
        <Field label='申请日' value={formatDate(p.applicationDate)} />
        <Field label='授权公告日' value={formatDate(p.grantDate)} />
        <Field label='届满日' value={formatDate(p.expiryDate)} />
        <Field label='法律状态' value={p.legalStatus === 'valid' ? '有效' : p.legalStatus} />
        <Field label='IPC 分类号' value={p.ipc} />
        <Field label='行业 / 地区' value={`${industryLabel(p.industry)} / ${regionLabel(p.region)}`} />
        <Field label='许可费支付方式' value={FEE_MODE_LABELS[p.feeMode]} />
        <Field label='许可期限' value={`${p.licenceTermMonths} 个月`} />
        <Field label='声明日期' value={formatDate(p.declaredAt)} />
        <Field label='更新日期' value={formatDate(p.updatedAt)} />
        <Field label='来源' value={p.source} />
      </View>
      <View className='card'>
        <Text className='patent__section'>摘要</Text>
        <Text className='patent__abstract'>{p.abstract}</Text>
      </View>
    </View>
  )
}
