import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { PatentDetail } from '@contract/common'
import { FormField } from '@/components/form-field'
import { parseWanYuanToFen, type RuleResult } from '@/rules'
import { toHalfWidth } from '@/rules/text'
import { formatFen } from '@/utils/format'
import { declaredFeeWarnings, estimateFee, needsProfit, type DeclaredFee } from '../fee-calculator'
import { feeStandard } from '../labels'
import './fee-estimator.scss'

const MAX_YEARS = 30
// 100 亿元: anything above is almost certainly 元 typed into a 万元 field.
const MAX_ANNUAL_FEN = 1_000_000_000_000

type FieldName = 'annualSales' | 'annualProfit' | 'years'

function parseAmount(text: string): RuleResult<number> {
  const result = parseWanYuanToFen(text)
  if (result.ok && result.value > MAX_ANNUAL_FEN) return { ok: false, message: '金额过大，请确认单位为万元' }
  return result
}

export function parseYears(text: string): RuleResult<number> {
  const input = toHalfWidth(text).trim()
  if (input === '') return { ok: false, message: '请输入测算年限' }
  if (!/^\d{1,2}$/.test(input) || Number(input) < 1 || Number(input) > MAX_YEARS) return { ok: false, message: `测算年限应为 1–${MAX_YEARS} 的整数` }
  return { ok: true, value: Number(input) }
}

function declaredFee(p: PatentDetail): DeclaredFee {
  return {
    feeMode: p.feeMode,
    lumpSumFen: p.lumpSumFen,
    entryFeeFen: p.entryFeeFen,
    royaltyRate: p.royaltyRate,
    royaltyBasis: p.royaltyBasis,
    licenceTermMonths: p.licenceTermMonths,
  }
}

/** 许可费测算: the user's expected figures against the patent's declared fee mode. */
export function FeeEstimator({ patent }: { patent: PatentDetail }) {
  const fee = declaredFee(patent)
  // A lump sum depends on neither figure; a royalty on profit needs only the profit.
  const usesProfit = needsProfit(fee)
  const usesSales = fee.feeMode !== 'lump_sum' && !usesProfit
  const [values, setValues] = useState<Record<FieldName, string>>({
    annualSales: '',
    annualProfit: '',
    years: String(Math.max(1, Math.ceil(patent.licenceTermMonths / 12))),
  })
  const [touched, setTouched] = useState<Partial<Record<FieldName, boolean>>>({})

  const sales = usesSales ? parseAmount(values.annualSales) : ({ ok: true, value: 0 } as const)
  const profit = usesProfit ? parseAmount(values.annualProfit) : null
  const years = parseYears(values.years)

  // A field speaks up as soon as it holds something wrong, or once it has been left empty.
  function errorFor(name: FieldName, result: RuleResult<number> | null): string | undefined {
    if (!result || result.ok) return undefined
    return values[name].trim() !== '' || touched[name] ? result.message : undefined
  }

  const change = (name: FieldName) => (value: string) => setValues((v) => ({ ...v, [name]: value }))
  const touch = (name: FieldName) => () => setTouched((t) => ({ ...t, [name]: true }))

  const declared = declaredFeeWarnings(fee)
  const estimate =
    sales.ok && years.ok && (!profit || profit.ok)
      ? estimateFee(fee, { annualSalesFen: sales.value, annualProfitFen: profit && profit.ok ? profit.value : undefined, years: years.value })
      : null
  const missing = usesProfit ? '预计年利润' : '预计年销售额'

  return (
    <View className='card fee-estimator' data-testid='fee-estimator'>
      <Text className='fee-estimator__title'>许可费测算</Text>
      <Text className='fee-estimator__declared'>声明标准：{feeStandard(patent)}</Text>
      {declared.map((w) => (
        <View key={w} className='fee-estimator__warning' role='alert'>
          {w}
        </View>
      ))}
      <View className='fee-estimator__form'>
        {usesSales ? (
          <FormField
            name='annualSales'
            label='预计年销售额（万元）'
            type='digit'
            placeholder='如 500'
            value={values.annualSales}
            error={errorFor('annualSales', sales)}
            onChange={change('annualSales')}
            onBlur={touch('annualSales')}
          />
        ) : (
          <Text className='fee-estimator__hint'>
            {usesProfit ? '按利润提成：只需填写预计年利润与测算年限。' : '一次性支付的许可费与销售额无关，只需选择测算年限。'}
          </Text>
        )}
        {usesProfit ? (
          <FormField
            name='annualProfit'
            label='预计年利润（万元）'
            type='digit'
            placeholder='如 80'
            value={values.annualProfit}
            error={errorFor('annualProfit', profit)}
            onChange={change('annualProfit')}
            onBlur={touch('annualProfit')}
          />
        ) : null}
        <FormField
          name='years'
          label='测算年限（年）'
          type='number'
          maxlength={2}
          value={values.years}
          error={errorFor('years', years)}
          onChange={change('years')}
          onBlur={touch('years')}
        />
      </View>

      {estimate ? (
        <View className='fee-estimator__result' data-testid='fee-estimate' aria-live='polite'>
          <View className='fee-estimator__row'>
            <Text className='fee-estimator__label'>预计许可费合计</Text>
            <Text className='fee-estimator__total' data-testid='fee-total'>
              {formatFen(estimate.totalFen)}
            </Text>
          </View>
          <View className='fee-estimator__row'>
            <Text className='fee-estimator__label'>年均</Text>
            <Text className='fee-estimator__value' data-testid='fee-average'>
              {formatFen(estimate.averagePerYearFen, { decimals: 2 })}
            </Text>
          </View>
          <View className='fee-estimator__years' data-testid='fee-yearly'>
            {estimate.yearlyFen.map((amount, i) => (
              <View key={i} className='fee-estimator__year'>
                <Text className='fee-estimator__year-label'>第 {i + 1} 年</Text>
                <Text className='fee-estimator__year-value'>{formatFen(amount)}</Text>
              </View>
            ))}
          </View>
          <View className='fee-estimator__formula'>
            <Text className='fee-estimator__formula-label'>计算方式</Text>
            <Text className='fee-estimator__formula-text' data-testid='fee-formula'>
              {estimate.formula}
            </Text>
          </View>
          {estimate.warnings
            .filter((w) => declared.indexOf(w) < 0)
            .map((w) => (
              <View key={w} className='fee-estimator__warning' role='alert'>
                {w}
              </View>
            ))}
        </View>
      ) : (
        <Text className='fee-estimator__placeholder'>填写{missing}后显示测算结果</Text>
      )}
      <Text className='fee-estimator__note'>测算仅供参考，实际费用以与专利权人签订的许可合同为准。</Text>
    </View>
  )
}
