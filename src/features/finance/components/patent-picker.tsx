import { useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import { errorMessage } from '@/api/error'
import { useMyPatents } from '../api/my-patents'
import { usePatentSearch } from '../api/patent-search'
import { MAX_PLEDGED_PATENTS } from '@/rules'
import type { PickedPatent } from '@/shared/financing-need'
import { PLEDGE_BADGE } from '../labels'
import './patent-picker.scss'

interface PatentPickerProps {
  value: PickedPatent[]
  error?: string
  /** The loan term, for the expiry check of each own patent's badge. */
  termMonths?: number
  onChange: (patents: PickedPatent[]) => void
}

/**
 * 拟质押专利: the enterprise's own patents (the register names it patentee) with a readiness badge
 * each; the search below finds any other declaration by number or name (its check will say whose it is).
 */
export function PatentPicker({ value, error, termMonths, onChange }: PatentPickerProps) {
  const [draft, setDraft] = useState('')
  const [q, setQ] = useState('')
  const search = usePatentSearch(q)
  const mine = useMyPatents(termMonths)
  const ownIds = new Set((mine.data?.items ?? []).map((i) => i.patent.id))
  // Own patents are listed above with their badge; the search shows the others.
  const others = search.data?.filter((p) => !ownIds.has(p.id))
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
      <View className='patent-picker__own' aria-label='本企业名下专利' data-testid='own-patents'>
        <Text className='patent-picker__subhead'>本企业名下专利</Text>
        {mine.isPending ? (
          <Text className='patent-picker__hint'>正在读取本企业名下专利…</Text>
        ) : mine.isError ? (
          <Text className='patent-picker__hint'>读取失败：{errorMessage(mine.error)}</Text>
        ) : mine.data.enterprise === null ? (
          <Text className='patent-picker__hint'>请先填写企业信息，出质人须为专利登记簿记载的专利权人</Text>
        ) : mine.data.items.length === 0 ? (
          <Text className='patent-picker__hint'>专利登记簿中没有以「{mine.data.enterprise.name}」为专利权人的开放许可专利</Text>
        ) : (
          mine.data.items.map(({ patent: p, check }) => {
            const blocked = !check.ok
            const disabled = chosen.has(p.id) || full || blocked
            return (
              <View key={p.id} className='patent-picker__row' data-testid='own-patent'>
                <View className='patent-picker__info'>
                  <Text className='patent-picker__title'>{p.title}</Text>
                  <Text className='patent-picker__no'>ZL{p.patentNo}</Text>
                  <Text
                    className={`patent-picker__badge${blocked ? ' patent-picker__badge--bad' : ''}`}
                    data-testid='readiness-badge'
                  >
                    {blocked ? `不可质押：${check.problems.map((x) => PLEDGE_BADGE[x.code] ?? x.message).join('、')}` : '可质押'}
                  </Text>
                </View>
                <View
                  className={`patent-picker__op${disabled ? ' patent-picker__op--disabled' : ''}`}
                  role='button'
                  aria-label={`选择 ${p.patentNo}`}
                  aria-disabled={disabled}
                  onClick={() => !blocked && add(p)}
                >
                  {chosen.has(p.id) ? '已选' : blocked ? '不可选' : '选择'}
                </View>
              </View>
            )
          })
        )}
      </View>
      <Text className='patent-picker__subhead'>查找其他专利</Text>
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
          <Text className='patent-picker__hint'>出质人须为专利权人，选择后请看下方质押前自查</Text>
          {search.isPending ? (
            <Text className='patent-picker__hint'>搜索中…</Text>
          ) : search.isError ? (
            <Text className='patent-picker__hint'>搜索失败：{errorMessage(search.error)}</Text>
          ) : !others || others.length === 0 ? (
            <Text className='patent-picker__hint'>{search.data.length > 0 ? '匹配的专利已在上方“本企业名下专利”中' : '没有找到匹配的专利'}</Text>
          ) : (
            others.map((p) => (
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
