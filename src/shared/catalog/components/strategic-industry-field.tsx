import { Picker, Text, View } from '@tarojs/components'
import { strategicIndustryName, strategicIndustryTree } from '@/rules'
import type { FieldProps } from './catalog-fields'
import './catalog-fields.scss'

const STRATEGIC = strategicIndustryTree().flatMap((top) => [{ code: top.code, label: top.name }, ...(top.children ?? []).map((c) => ({ code: c.code, label: `${top.name} · ${c.name}` }))])

/** 战略性新兴产业 (2018), optional: 「不限」 or a first- or second-level category. */
export function StrategicIndustryField({ name, label, value, error, onChange }: FieldProps) {
  const options = [{ code: '', label: '不限' }, ...STRATEGIC]
  const index = Math.max(0, options.findIndex((o) => o.code === value))
  return (
    <View className={`form-field catalog-field${error ? ' form-field--error' : ''}`} data-testid={`${name}-field`}>
      <Text className='form-field__label form-field__label--block'>{label}</Text>
      <Picker mode='selector' range={options.map((o) => o.label)} value={index} onChange={(e) => onChange(options[Number(e.detail.value)].code)}>
        <View className='region-picker__button' role='button' data-testid={`${name}-picker`}>
          <Text>{value ? strategicIndustryName(value) : '不限（选填，匹配同类专利）'}</Text>
        </View>
      </Picker>
      {error ? (
        <View className='form-field__error' role='alert' data-testid={`${name}-error`}>
          {error}
        </View>
      ) : null}
    </View>
  )
}
