import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { FinanceProduct } from '@contract/finance'
import { amountRange, collateralLabel, rateRange, termsText } from '../labels'
import './product-card.scss'

export function ProductCard({ product }: { product: FinanceProduct }) {
  return (
    <View
      className='product-card'
      role='link'
      data-testid='product-card'
      onClick={() => Taro.navigateTo({ url: `/packages/finance/pages/product/index?id=${encodeURIComponent(product.id)}` })}
    >
      <View className='product-card__head'>
        <Text className='product-card__bank'>{product.bank}</Text>
        <Text className='product-card__collateral'>{collateralLabel(product.collateral)}</Text>
      </View>
      <Text className='product-card__name'>{product.name}</Text>
      <View className='product-card__figures'>
        <View className='product-card__figure'>
          <Text className='product-card__value product-card__value--rate'>{rateRange(product)}</Text>
          <Text className='product-card__label'>年化利率</Text>
        </View>
        <View className='product-card__figure'>
          <Text className='product-card__value'>{amountRange(product)}</Text>
          <Text className='product-card__label'>额度</Text>
        </View>
      </View>
      <Text className='product-card__terms'>期限 {termsText(product.termMonths)}</Text>
      {product.highlights.length ? (
        <View className='product-card__tags'>
          {product.highlights.map((h) => (
            <Text key={h} className='product-card__tag'>
              {h}
            </Text>
          ))}
        </View>
      ) : null}
    </View>
  )
}
