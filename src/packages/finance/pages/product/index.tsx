import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import { EmptyState, ErrorState, Skeleton } from '@/components/states'
import { useFinanceProduct } from '@/features/finance/api/products'
import { amountRange, collateralLabel, rateRange, termsText } from '@/features/finance/labels'
import './index.scss'

function Field({ label, value }: { label: string; value: string }) {
  return (
    <View className='product-field'>
      <Text className='product-field__label'>{label}</Text>
      <Text className='product-field__value'>{value}</Text>
    </View>
  )
}

export default function ProductPage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const product = useFinanceProduct(id)

  if (!id) return <View className='page'><EmptyState title='链接中缺少产品编号' /></View>
  if (product.isPending) return <View className='page'><Skeleton rows={2} /></View>
  if (product.isError) return <View className='page'><ErrorState error={product.error} onRetry={() => product.refetch()} /></View>

  const p = product.data
  return (
    <View className='page product'>
      <View className='card'>
        <Text className='product__bank'>{p.bank}</Text>
        <Text className='product__name'>{p.name}</Text>
        <Text className='product__rate'>年化利率 {rateRange(p)}</Text>
        {p.highlights.length ? (
          <View className='product__tags'>
            {p.highlights.map((h) => (
              <Text key={h} className='product__tag'>
                {h}
              </Text>
            ))}
          </View>
        ) : null}
      </View>
      <View className='card'>
        <Field label='融资额度' value={amountRange(p)} />
        <Field label='融资期限' value={termsText(p.termMonths)} />
        <Field label='年化利率' value={rateRange(p)} />
        <Field label='担保方式' value={collateralLabel(p.collateral)} />
      </View>
      <View className='card'>
        <Text className='product__section'>所需材料</Text>
        {p.requiredDocuments.map((d, i) => (
          <Text key={d} className='product__doc'>
            {i + 1}. {d}
          </Text>
        ))}
      </View>
      {p.description ? (
        <View className='card'>
          <Text className='product__section'>产品说明</Text>
          <Text className='product__description'>{p.description}</Text>
        </View>
      ) : null}
      <View className='product__footer'>
        <AtButton type='primary' circle onClick={() => Taro.navigateTo({ url: `/packages/finance/pages/apply/index?productId=${encodeURIComponent(p.id)}` })}>
          申请融资
        </AtButton>
      </View>
    </View>
  )
}
