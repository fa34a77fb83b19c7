import { Picker, Text, View } from '@tarojs/components'
import { ChipSelect } from '@/components/form-field'
import { RegionPicker } from '@/platform/region-picker'
import { allIndustries, COMMON_CITIES, commonIndustries, industryName } from '@/rules'
import { useCatalog, useCatalogNames } from '../api/catalog'
import './catalog-fields.scss'

export interface FieldProps {
  name: string
  label: string
  value: string
  error?: string
  onChange: (code: string) => void
}

/**
 * A GB/T 2260 city: quick picks where the demo data lives, and any other city through the platform's
 * region picker (WeChat's native one, or the H5 cascader loaded when opened).
 */
export function RegionField({ name, label, value, error, onChange }: FieldProps) {
  const names = useCatalogNames()
  const catalog = useCatalog()
  const quick: { code: string; label: string }[] = COMMON_CITIES.map((c) => ({ code: c.code, label: c.label }))
  if (value && !quick.some((c) => c.code === value)) quick.push({ code: value, label: names.region(value) || '已选城市' })
  return (
    <View className='catalog-field' data-testid={`${name}-field`}>
      <ChipSelect name={name} label={label} options={quick} value={value} error={error} onChange={onChange} />
      <View className='catalog-field__more'>
        <Text className='catalog-field__hint'>其他城市：</Text>
        <RegionPicker value={value} regions={catalog.data?.regions} text={value ? `${names.regionFull(value) || '已选'}（更改）` : '选择省份和城市'} onChange={onChange} />
      </View>
    </View>
  )
}

const ALL = allIndustries()

/** A GB/T 4754-2017 大类: common ones as chips, all 97 in a picker. */
export function IndustryField({ name, label, value, error, onChange }: FieldProps) {
  const quick = commonIndustries()
  if (value && !quick.some((c) => c.code === value)) quick.push({ code: value, label: industryName(value) })
  const index = ALL.findIndex((i) => i.code === value)
  return (
    <View className='catalog-field' data-testid={`${name}-field`}>
      <ChipSelect name={name} label={label} options={quick} value={value} error={error} onChange={onChange} />
      <View className='catalog-field__more'>
        <Text className='catalog-field__hint'>其他行业：</Text>
        <Picker mode='selector' range={ALL.map((i) => `${i.section} · ${i.label}`)} value={index < 0 ? 0 : index} onChange={(e) => onChange(ALL[Number(e.detail.value)].code)}>
          <View className='region-picker__button' role='button' data-testid={`${name}-picker`}>
            <Text>{value ? `${industryName(value)}（更改）` : '按国民经济行业分类选择'}</Text>
          </View>
        </Picker>
      </View>
    </View>
  )
}
