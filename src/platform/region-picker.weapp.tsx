// Mini-program: WeChat's own region picker (native, ships no data, answers GB/T 2260 codes).
import { Picker, Text, View } from '@tarojs/components'
import { cityCodeFromPicker, type RegionPickerProps } from './region-core'

export type { RegionPickerProps } from './region-core'

export function RegionPicker({ text, onChange }: RegionPickerProps) {
  return (
    <Picker
      mode='region'
      // `level` is a WeChat attribute Taro passes through; province + city is what the API takes.
      {...({ level: 'city' } as Record<string, string>)}
      value={[]}
      onChange={(e) => {
        const code = cityCodeFromPicker((e.detail as { code?: string[] }).code)
        if (code) onChange(code)
      }}
    >
      <View className='region-picker__button' role='button' data-testid='region-picker'>
        <Text>{text}</Text>
      </View>
    </Picker>
  )
}
