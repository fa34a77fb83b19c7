import { useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import { errorMessage } from '@/api/error'
import { usePatentSearch } from '../api/patent-search'
import { MAX_PLEDGED_PATENTS, type PickedPatent } from '../financing-need'
import './patent-picker.scss'

interface PatentPickerProps {
  value: PickedPatent[]
  error?: string
  onChange: (patents: PickedPatent[]) => void
}

export function PatentPicker({ value, error, onChange }: PatentPickerProps) {
  const [draft, setDraft] = useState('')
  const [q, setQ] = useState('')
  const search = usePatentSearch(q)
  const chosen = new Set(value.map((p) => p.id))
  const full = value.length >= MAX_PLEDGED_PATENTS

  const add = (p: PickedPatent) => !chosen.has(p.id) && !full && onChange([...value, { id: p.id, patentNo: p.patentNo, title: p.title }])
  const remove = (id: string) => onChange(value.filter((p) => p.id !== id))

  return (
    <View className={`form-field patent-picker${error ? ' form-field--error' : ''}`}>
      <Text className='form-field__label form-field__label--block patent-picker__label'>拟质押专利（{value.length}/{MAX_PLEDGED_PATENTS}）</Text>
      {value.length ? (
        <View className='patent-picker__chosen' aria-label='已选专利'>
          {value.map((p) => (
            <View key={p.id} className='patent-picker__row' data-testid='picked-patent'>
              <View className='patent-picker__info'>
                <Text className='patent-picker__title'>{p.title}</Text>
                <Text className='patent-picker__no'>ZL{p.patentNo}</Text>
              </View>
              <View className='patent-picker__op patent-picker__op--remove' role='button' aria-label={`移除 ${p.patentNo}`} onClick={() => remove(p.id)}>
                移除
              </View>
            </View>
          ))}
        </View>
      ) : null}
      <View className='patent-picker__search'>
        <Input
          className='patent-picker__input'
          name='patentSearch'
          type='text'
          confirmType='search'
          aria-label='搜索专利'
          placeholder='输入专利名称、专利号或专利权人'
          value={draft}
          onInput={(e) => setDraft(e.detail.value)}
          onConfirm={() => setQ(draft.trim())}
        />
        <View className='patent-picker__go' role='button' onClick={() => setQ(draft.trim())}>
          搜索
        </View>
      </View>
      {q ? (
        <View className='patent-picker__results' aria-label='搜索结果'>
          {search.isPending ? (
            <Text className='patent-picker__hint'>搜索中…</Text>
          ) : search.isError ? (
            <Text className='patent-picker__hint'>搜索失败：{errorMessage(search.error)}</Text>
          ) : search.data.length === 0 ? (
            <Text className='patent-picker__hint'>没有找到匹配的专利</Text>
          ) : (
            search.data.map((p) => (
              <View key={p.id} className='patent-picker__row' data-testid='patent-result'>
                <View className='patent-picker__info'>
                  <Text className='patent-picker__title'>{p.title}</Text>
                  <Text className='patent-picker__no'>
                    ZL{p.patentNo} · {p.patentee}
                  </Text>
                </View>
                <View
                  className={`patent-picker__op${chosen.has(p.id) || full ? ' patent-picker__op--disabled' : ''}`}
                  role='button'
                  aria-label={`选择 ${p.patentNo}`}
                  aria-disabled={chosen.has(p.id) || full}
                  onClick={() => add(p)}
                >
                  {chosen.has(p.id) ? '已选' : '选择'}
                </View>
              </View>
            ))
          )}
        </View>
      ) : null}
      {error ? (
        <View className='form-field__error' role='alert' data-testid='patentIds-error'>
          {error}
        </View>
      ) : null}
    </View>
  )
}
