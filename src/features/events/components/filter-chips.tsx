import { ScrollView, View } from '@tarojs/components'
import './filter-chips.scss'

interface FilterChipsProps<V extends string> {
  label: string
  value: V
  options: readonly { value: V; label: string }[]
  onChange: (value: V) => void
}

/** One horizontally scrolling row of single-choice chips (city, time, status). */
export function FilterChips<V extends string>({ label, value, options, onChange }: FilterChipsProps<V>) {
  return (
    <ScrollView scrollX className='filter-chips' enhanced showScrollbar={false}>
      <View className='filter-chips__row' role='radiogroup' aria-label={label}>
        {options.map((o) => (
          <View
            key={o.value || 'all'}
            role='radio'
            aria-checked={o.value === value}
            className={`filter-chips__chip${o.value === value ? ' filter-chips__chip--active' : ''}`}
            onClick={() => onChange(o.value)}
          >
            {o.label}
          </View>
        ))}
      </View>
    </ScrollView>
  )
}
