// H5: a province → city cascader, loaded only when opened, so neither it nor the region list
// (which comes from GET /api/catalog) is in the first-load JS.
import { Text, View } from '@tarojs/components'
import { lazy, Suspense, useState } from 'react'
import type { RegionPickerProps } from './region-core'

export type { RegionPickerProps } from './region-core'

const Cascader = lazy(() => import(/* webpackChunkName: "region-cascader" */ './region-cascader'))

export function RegionPicker(props: RegionPickerProps) {
  const [open, setOpen] = useState(false)
  return (
    <View>
      <View className='region-picker__button' role='button' data-testid='region-picker' onClick={() => setOpen(true)}>
        <Text>{props.text}</Text>
      </View>
      {open ? (
        <Suspense fallback={<Text className='region-picker__loading'>正在加载地区…</Text>}>
          <Cascader
            regions={props.regions}
            value={props.value}
            onPick={(code) => {
              setOpen(false)
              props.onChange(code)
            }}
            onClose={() => setOpen(false)}
          />
        </Suspense>
      ) : null}
    </View>
  )
}
