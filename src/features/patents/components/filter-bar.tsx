import { Text, View } from '@tarojs/components'
import { FILTER_TITLES } from '../labels'
import { FILTER_NAMES, type FilterName, type PatentSearch } from '../search-params'
import { useCatalogNames } from '@/shared/catalog/api/catalog'
import { filterBarText } from './filter-options'
import './filter-bar.scss'

interface FilterBarProps {
  search: PatentSearch
  open: FilterName | null
  onToggle: (name: FilterName) => void
}

export function FilterBar({ search, open, onToggle }: FilterBarProps) {
  const names = useCatalogNames()
  return (
    <View className='filter-bar' role='toolbar' aria-label='筛选'>
      {FILTER_NAMES.map((name) => {
        const active = search[name] !== undefined
        const text = filterBarText(name, search, names)
        return (
          <View
            key={name}
            role='button'
            aria-expanded={open === name}
            aria-label={active ? `${FILTER_TITLES[name]}：${text}` : FILTER_TITLES[name]}
            data-testid={`filter-${name}`}
            className={`filter-bar__item${active ? ' filter-bar__item--active' : ''}${open === name ? ' filter-bar__item--open' : ''}`}
            onClick={() => onToggle(name)}
          >
            <Text className='filter-bar__text'>{text}</Text>
            <View className='filter-bar__arrow' />
          </View>
        )
      })}
    </View>
  )
}
