import { useEffect, useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import './search-bar.scss'

interface SearchBarProps {
  value: string
  onSearch: (q: string) => void
  /** Put the caret in the box (e.g. arriving from the home page's search). */
  focus?: boolean
}

export const SEARCH_PLACEHOLDER = '搜索专利名称、专利号、专利权人'

export function SearchBar({ value, onSearch, focus = false }: SearchBarProps) {
  const [draft, setDraft] = useState(value)
  // A cleared search (清除筛选) or a link opened elsewhere changes the value from outside.
  useEffect(() => setDraft(value), [value])

  const submit = (text: string) => onSearch(text.trim())

  return (
    <View className='search-bar' role='search'>
      <View className='search-bar__box'>
        <View className='search-bar__icon' />
        <Input
          className='search-bar__input'
          name='q'
          type='text'
          confirmType='search'
          maxlength={100}
          focus={focus}
          aria-label='搜索专利'
          placeholder={SEARCH_PLACEHOLDER}
          value={draft}
          onInput={(e) => setDraft(e.detail.value)}
          onConfirm={(e) => submit(e.detail.value)}
        />
        {draft ? (
          <View
            className='search-bar__clear'
            role='button'
            aria-label='清除搜索词'
            onClick={() => {
              setDraft('')
              if (value) onSearch('')
            }}
          >
            <Text>×</Text>
          </View>
        ) : null}
      </View>
      <View className='search-bar__submit' role='button' onClick={() => submit(draft)}>
        搜索
      </View>
    </View>
  )
}
