import type { PatentListQuery } from '@contract/common'
import { Text, View } from '@tarojs/components'
import { usePatentCounts } from '../api/patents'
import { FILTER_TITLES, formatCount } from '../labels'
import { withoutFilter, type FilterName, type PatentSearch } from '../search-params'
import { useCatalogNames } from '@/shared/catalog/api/catalog'
import { filterOptions, optionCount } from './filter-options'
import './filter-sheet.scss'

interface FilterSheetProps {
  name: FilterName
  search: PatentSearch
  query: PatentListQuery
  onSelect: (value: string | number | undefined) => void
  onClose: () => void
}

interface OptionProps {
  label: string
  checked: boolean
  /** Known count, or undefined while loading. */
  count?: number
  /** Count this query instead (许可费用上限: one query per cap; the facets have no such group). */
  countQuery?: PatentListQuery
  onSelect: () => void
}

function FilterOptionItem({ label, checked, count, countQuery, onSelect }: OptionProps) {
  const own = usePatentCounts(countQuery ?? {}, countQuery !== undefined)
  const shown = countQuery ? own.data?.total : count
  const empty = shown === 0 && !checked
  return (
    <View
      role='radio'
      aria-checked={checked}
      aria-disabled={empty}
      className={`filter-sheet__option${checked ? ' filter-sheet__option--checked' : ''}${empty ? ' filter-sheet__option--empty' : ''}`}
      onClick={() => {
        if (!empty) onSelect()
      }}
    >
      <Text className='filter-sheet__label'>{label}</Text>
      <Text className='filter-sheet__count'>{shown === undefined ? ' (…)' : ` (${formatCount(shown)})`}</Text>
    </View>
  )
}

/**
 * Options of one filter with live counts. Each option is counted against the search without this
 * filter (other filters and words still apply), so switching 发明 → 实用新型 shows what it would find.
 */
export function FilterSheet({ name, search, query, onSelect, onClose }: FilterSheetProps) {
  const base = withoutFilter(query, name)
  const counts = usePatentCounts(base, true)
  const names = useCatalogNames()
  const facets = counts.data?.facets
  const selected = search[name]
  const title = FILTER_TITLES[name]

  return (
    <View className='filter-sheet' role='dialog' aria-label={title}>
      <View className='filter-sheet__mask' data-testid='filter-sheet-mask' onClick={onClose} />
      <View className='filter-sheet__panel'>
        <View className='filter-sheet__head'>
          <Text className='filter-sheet__title'>{title}</Text>
          <View className='filter-sheet__close' role='button' aria-label='关闭' onClick={onClose}>
            <Text>×</Text>
          </View>
        </View>
        {counts.isError ? <Text className='filter-sheet__note'>数量暂时无法获取，仍可直接筛选</Text> : null}
        <View className='filter-sheet__options' role='radiogroup' aria-label={title}>
          <FilterOptionItem label='不限' checked={selected === undefined} count={counts.data?.total} onSelect={() => onSelect(undefined)} />
          {filterOptions(name, facets, names).map((option) => (
            <FilterOptionItem
              key={String(option.value)}
              label={option.label}
              checked={option.value === selected}
              count={optionCount(name, facets, option.value)}
              countQuery={name === 'maxFee' ? { ...base, maxFee: Number(option.value) } : undefined}
              onSelect={() => onSelect(option.value)}
            />
          ))}
        </View>
      </View>
    </View>
  )
}
