import { ScrollView, Text, View } from '@tarojs/components'
import './filter-chips.scss'

export interface FilterGroup<V extends string = string> {
  label: string
  value: V
  options: readonly { value: V; label: string }[]
  onChange: (value: V) => void
}

function Group<V extends string>({ label, value, options, onChange }: FilterGroup<V>) {
  return (
    <View className='filter-chips__group' role='radiogroup' aria-label={label}>
      {options.map((o) => (
        <View
          key={o.value || 'all'}
          role='radio'
          aria-checked={o.value === value}
          className={`filter-chips__chip${o.value === value ? ' filter-chips__chip--active' : ''}`}
          onClick={() => onChange(o.value)}
        >
          <Text className='filter-chips__pill'>{o.label}</Text>
        </View>
      ))}
    </View>
  )
}

/** One horizontally scrolling row of single-choice chips (city, time, status). */
export function FilterChips<V extends string>(props: FilterGroup<V>) {
  return (
    <ScrollView scrollX className='filter-chips' enhanced showScrollbar={false}>
      <View className='filter-chips__row'>
        <Group {...props} />
      </View>
    </ScrollView>
  )
}

/**
 * Several single-choice groups in one scrolling row, a thin divider between them: the filters
 * take one line of the screen instead of one per group, so the first events show without scrolling.
 */
export function FilterChipsRow({ groups }: { groups: readonly FilterGroup[] }) {
  return (
    <ScrollView scrollX className='filter-chips' enhanced showScrollbar={false}>
      <View className='filter-chips__row'>
        {groups.map((g, i) => (
          <View key={g.label} className={`filter-chips__cell${i > 0 ? ' filter-chips__cell--divided' : ''}`}>
            <Group {...g} />
          </View>
        ))}
      </View>
    </ScrollView>
  )
}
