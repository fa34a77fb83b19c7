import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Input, Text, View } from '@tarojs/components'
import { EmptyState, ErrorState, Skeleton } from '@/components/states'
import { usePagedList } from '@/components/use-paged-list'
import { FilterChips } from '@/features/events/components/filter-chips'
import { useBanks, useFinanceProducts } from '@/features/finance/api/products'
import { ProductCard } from '@/features/finance/components/product-card'
import { checkFinancingAmountFen, LOAN_TERMS, parseWanYuanToFen } from '@/rules'
import './index.scss'

const TERM_FILTERS = [{ value: '', label: '全部期限' }, ...LOAN_TERMS.map((t) => ({ value: String(t), label: `${t} 个月` }))]

export default function ProductsPage() {
  const [bank, setBank] = useState('')
  const [term, setTerm] = useState('')
  const [amountText, setAmountText] = useState('')
  const [amountFen, setAmountFen] = useState<number | undefined>(undefined)
  const [amountError, setAmountError] = useState('')
  const banks = useBanks()
  // A product fits a need of X when X lies within its range: both bounds at X ask exactly that.
  const list = useFinanceProducts({ bank: bank || undefined, term: term ? Number(term) : undefined, minAmount: amountFen, maxAmount: amountFen })

  usePagedList(list)

  function applyAmount(text: string) {
    if (text.trim() === '') {
      setAmountError('')
      setAmountFen(undefined)
      return
    }
    const parsed = parseWanYuanToFen(text)
    const amount = parsed.ok ? checkFinancingAmountFen(parsed.value) : parsed
    if (!amount.ok) {
      setAmountError(amount.message)
      return
    }
    setAmountError('')
    setAmountFen(amount.value)
  }

  const bankFilters = [{ value: '', label: '全部银行' }, ...(banks.data ?? []).map((b) => ({ value: b.id, label: b.shortName || b.name }))]
  const items = list.data?.pages.flatMap((p) => p.items) ?? []
  const filtered = Boolean(bank || term || amountFen)

  return (
    <View className='page products'>
      <View className='products__filters'>
        <FilterChips label='银行' value={bank} options={bankFilters} onChange={setBank} />
        <FilterChips label='期限' value={term} options={TERM_FILTERS} onChange={setTerm} />
        <View className='products__amount'>
          <Text className='products__amount-label'>融资金额</Text>
          <Input
            className='products__amount-input'
            name='amountFilter'
            type='digit'
            confirmType='search'
            aria-label='融资金额（万元）'
            placeholder='输入金额，单位万元'
            value={amountText}
            onInput={(e) => setAmountText(e.detail.value)}
            onConfirm={(e) => applyAmount(e.detail.value)}
            onBlur={() => applyAmount(amountText)}
          />
          <View className='products__amount-go' role='button' onClick={() => applyAmount(amountText)}>
            筛选
          </View>
        </View>
        {amountError ? (
          <View className='products__amount-error' role='alert'>
            {amountError}
          </View>
        ) : null}
      </View>
      {list.isPending ? (
        <Skeleton rows={3} />
      ) : list.isError && items.length === 0 ? (
        <ErrorState error={list.error} onRetry={() => list.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState
          title='没有符合条件的融资产品'
          hint='调整银行、期限或金额试试'
          actionText={filtered ? '清除筛选' : undefined}
          onAction={() => {
            setBank('')
            setTerm('')
            setAmountText('')
            setAmountFen(undefined)
            setAmountError('')
          }}
        />
      ) : (
        <View>
          {items.map((p) => (
            <ProductCard key={p.id} product={p} />
          ))}
          <Text className='products__more'>{list.isFetchingNextPage ? '加载中…' : list.hasNextPage ? '上拉加载更多' : '没有更多了'}</Text>
        </View>
      )}
      <View className='products__apply' role='link' onClick={() => Taro.navigateTo({ url: '/packages/finance/pages/apply/index' })}>
        不确定选哪款？直接提交融资需求 ›
      </View>
    </View>
  )
}
