import { useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import { newIdempotencyKey } from '@/api/client'
import { ApiError, errorMessage } from '@/api/error'
import type { NeedRequest } from '@/api/types-trade'
import { ChipSelect, FormField } from '@/components/form-field'
import { TextareaField } from '@/features/licences/components/textarea-field'
import { DESCRIPTION_MAX, INDUSTRIES, parseWanYuanToFen, TITLE_MAX } from '@/rules'
import { checkBudgetFen, checkKeywords, checkNeed, KEYWORDS_MAX, splitKeywords } from '@/rules/trade'
import { useDraftsStore } from '@/stores/drafts'
import { useCreateNeed } from '../api/needs'
import './need-form.scss'

export const NEED_DRAFT_ID = 'need-new'

type FieldName = 'title' | 'description' | 'industry' | 'budget' | 'keywords'
type Values = Record<FieldName, string>

const EMPTY: Values = { title: '', description: '', industry: '', budget: '', keywords: '' }
const ALL_TOUCHED: Record<FieldName, boolean> = { title: true, description: true, industry: true, budget: true, keywords: true }

/** The form's text → the request, with the field errors only the form can see (budget typed in 万元). */
function parse(values: Values): { body: NeedRequest; budgetError?: string } {
  let budgetFen: number | undefined
  let budgetError: string | undefined
  if (values.budget.trim() !== '') {
    const parsed = parseWanYuanToFen(values.budget)
    if (!parsed.ok) budgetError = parsed.message
    else {
      const checked = checkBudgetFen(parsed.value)
      if (checked.ok) budgetFen = checked.value
      else budgetError = checked.message
    }
  }
  const body: NeedRequest = {
    title: values.title,
    description: values.description,
    industry: values.industry,
    keywords: splitKeywords(values.keywords),
  }
  if (budgetFen !== undefined) body.budgetFen = budgetFen
  return { body, budgetError }
}

/** 发布需求: what the enterprise is looking for; matching reads the keywords, industry and budget. */
export function NeedForm({ defaultIndustry }: { defaultIndustry?: string }) {
  const draft = useDraftsStore((s) => s.drafts[NEED_DRAFT_ID])
  const saveDraft = useDraftsStore((s) => s.saveDraft)
  const clearDraft = useDraftsStore((s) => s.clearDraft)
  const [values, setValues] = useState<Values>(() => ({ ...EMPTY, industry: defaultIndustry ?? '', ...(draft as Partial<Values> | undefined) }))
  const [touched, setTouched] = useState<Partial<Record<FieldName, boolean>>>({})
  const [serverFields, setServerFields] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState('')
  const create = useCreateNeed()
  const intentKey = useRef<string | null>(null)
  const inFlight = useRef(false)

  const { body, budgetError } = parse(values)
  const check = checkNeed(body)
  const localErrors: Record<string, string> = check.ok ? {} : { ...check.fields }
  if (budgetError) localErrors.budget = budgetError
  else if (localErrors.budgetFen) localErrors.budget = localErrors.budgetFen
  const checkedKeywords = checkKeywords(body.keywords)
  // What matching will use: repeats dropped, as the server will.
  const keywords = checkedKeywords.ok ? checkedKeywords.value : Array.from(new Set(body.keywords)).slice(0, KEYWORDS_MAX)
  const valid = check.ok && !budgetError

  function errorFor(name: FieldName): string | undefined {
    const server = serverFields[name === 'budget' ? 'budgetFen' : name]
    if (server) return server
    return touched[name] ? localErrors[name] : undefined
  }

  function change(name: FieldName, value: string) {
    const next = { ...values, [name]: value }
    setValues(next)
    setServerFields(({ [name === 'budget' ? 'budgetFen' : name]: _cleared, ...rest }) => rest)
    setFormError('')
    saveDraft(NEED_DRAFT_ID, next)
    setTouched((t) => ({ ...t, [name]: true }))
  }

  function discardDraft() {
    clearDraft(NEED_DRAFT_ID)
    setValues({ ...EMPTY, industry: defaultIndustry ?? '' })
    setTouched({})
    setServerFields({})
  }

  async function submit() {
    if (inFlight.current) return
    if (!check.ok || !valid) {
      setTouched(ALL_TOUCHED)
      setFormError('请按提示修改后再发布')
      return
    }
    inFlight.current = true
    intentKey.current = intentKey.current ?? newIdempotencyKey()
    try {
      const { need } = await create.mutateAsync({ body: check.value, idempotencyKey: intentKey.current })
      intentKey.current = null
      clearDraft(NEED_DRAFT_ID)
      Taro.redirectTo({ url: `/packages/trade/pages/need-matches/index?id=${encodeURIComponent(need.id)}` })
    } catch (error) {
      if (error instanceof ApiError && Object.keys(error.fields).length) setServerFields(error.fields)
      setFormError(errorMessage(error))
    } finally {
      inFlight.current = false
    }
  }

  return (
    <View className='need-form'>
      {draft ? (
        <View className='need-form__notice' role='status'>
          <Text>已恢复上次未发布的内容</Text>
          <Text className='need-form__link' onClick={discardDraft}>
            放弃修改
          </Text>
        </View>
      ) : null}
      <View className='need-form__group'>
        <FormField name='title' label='需求标题' placeholder='如：寻找储能电池热管理技术' value={values.title} error={errorFor('title')} maxlength={TITLE_MAX} onChange={(v) => change('title', v)} />
        <TextareaField
          name='description'
          label='需求描述'
          placeholder='想解决什么问题、现有条件、希望的合作方式'
          value={values.description}
          max={DESCRIPTION_MAX}
          error={errorFor('description')}
          onChange={(v) => change('description', v)}
        />
      </View>
      <View className='need-form__group'>
        <FormField
          name='keywords'
          label='关键词'
          placeholder='用空格或逗号分隔，最多 8 个'
          value={values.keywords}
          error={errorFor('keywords')}
          maxlength={200}
          onChange={(v) => change('keywords', v)}
        />
        {keywords.length > 0 ? (
          <View className='need-form__keywords' aria-label='将按这些关键词匹配'>
            {keywords.map((k) => (
              <Text key={k} className='need-form__keyword'>
                {k}
              </Text>
            ))}
          </View>
        ) : null}
        <ChipSelect name='industry' label='所属行业' options={INDUSTRIES} value={values.industry} error={errorFor('industry')} onChange={(v) => change('industry', v)} />
        <FormField name='budget' label='预算（万元）' type='digit' placeholder='选填' value={values.budget} error={errorFor('budget')} maxlength={12} onChange={(v) => change('budget', v)} />
      </View>
      {formError ? (
        <View className='need-form__error' role='alert'>
          {formError}
        </View>
      ) : null}
      <View className='need-form__footer'>
        <AtButton type='primary' circle loading={create.isPending} disabled={create.isPending} onClick={submit}>
          发布并匹配
        </AtButton>
      </View>
    </View>
  )
}
