import { ScrollView, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { RegionNode } from './region-core'
import './region-cascader.scss'

interface CascaderProps {
  regions: RegionNode[] | undefined
  value: string
  onPick: (cityCode: string) => void
  onClose: () => void
}

/** Two columns: provinces, then the chosen province's cities; a municipality is picked at once. */
export default function RegionCascader({ regions, value, onPick, onClose }: CascaderProps) {
  const initial = regions?.find((p) => p.code === value || p.children?.some((c) => c.code === value))
  const [province, setProvince] = useState<RegionNode | undefined>(initial)
  return (
    <View className='region-cascader' role='dialog' aria-label='选择地区'>
      <View className='region-cascader__mask' onClick={onClose} />
      <View className='region-cascader__panel'>
        <View className='region-cascader__head'>
          <Text className='region-cascader__title'>{province ? province.name : '选择省份'}</Text>
          <View className='region-cascader__close' role='button' aria-label='关闭' onClick={onClose}>
            <Text>×</Text>
          </View>
        </View>
        {!regions ? <Text className='region-cascader__note'>正在加载地区…</Text> : null}
        <View className='region-cascader__columns'>
          <ScrollView scrollY className='region-cascader__column'>
            <View role='listbox' aria-label='省份'>
            {(regions ?? []).map((p) => (
              <View
                key={p.code}
                role='option'
                aria-selected={province?.code === p.code}
                className={`region-cascader__item${province?.code === p.code ? ' region-cascader__item--active' : ''}`}
                onClick={() => (p.children && p.children.length > 0 ? setProvince(p) : onPick(p.code))}
              >
                {p.name}
              </View>
            ))}
            </View>
          </ScrollView>
          <ScrollView scrollY className='region-cascader__column'>
            <View role='listbox' aria-label='城市'>
            {(province?.children ?? []).map((c) => (
              <View
                key={c.code}
                role='option'
                aria-selected={c.code === value}
                className={`region-cascader__item${c.code === value ? ' region-cascader__item--active' : ''}`}
                onClick={() => onPick(c.code)}
              >
                {c.name}
              </View>
            ))}
            </View>
          </ScrollView>
        </View>
      </View>
    </View>
  )
}
