import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import { DraftNotice } from '@/components/draft-notice'
import type { NeedRequest } from '@contract/trade'
import { FormField, TextareaField } from '@/components/form-field'
import { useFormFields, useSubmitIntent } from '@/components/use-form-fields'
import { IndustryField } from '@/shared/catalog/components/catalog-fields'
import { StrategicIndustryField } from '@/shared/catalog/components/strategic-industry-field'
import { DESCRIPTION_MAX, parseWanYuanToFen, TITLE_MAX } from '@/rules'
import { checkBudgetFen, checkKeywords, checkNeed, KEYWORDS_MAX, splitKeywords } from '@/rules/trade'
import { useCreateNeed } from '../api/needs'
import './need-form.scss'

export const NEED_DRAFT_ID = 'need-new'

type FieldName = 'title' | 'description' | 'industry' | 'strategicIndustry' | 'budget' | 'keywords'
type Values = Record<FieldName, string>

const EMPTY: Values = { title: '', description: '', industry: '', strategicIndustry: '', budget: '', keywords: '' }
const ALL_FIELDS: readonly FieldName[] = ['title', 'description', 'industry', 'strategicIndustry', 'budget', 'keywords']

// The backend names the budget by its unit (`budgetFen`); the form's field is typed in 万元.
const localField = (key: string) => (key === 'budgetFen' ? 'budget' : key) as FieldName

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
  if (values.strategicIndustry) body.strategicIndustry = values.strategicIndustry
  return { body, budgetError }
}

/** 发布需求: what the enterprise is looking for; matching reads the keywords, industry and budget. */
export function NeedForm({ defaultIndustry }: { defaultIndustry?: string }) {
  const form = useFormFields<FieldName>(NEED_DRAFT_ID)
  const { draft } = form
  const [values, setValues] = useState<Values>(() => ({ ...EMPTY, industry: defaultIndustry ?? '', ...(draft as Partial<Values> | undefined) }))
  const create = useCreateNeed()
  const intent = useSubmitIntent()

  const { body, budgetError } = parse(values)
  const check = checkNeed(body)
  const localErrors: Record<string, string> = check.ok ? {} : { ...check.fields }
  if (budgetError) localErrors.budget = budgetError
  else if (localErrors.budgetFen) localErrors.budget = localErrors.budgetFen
  const checkedKeywords = checkKeywords(body.keywords)
  // What matching will use: repeats dropped, as the server will.
  const keywords = checkedKeywords.ok ? checkedKeywords.value : Array.from(new Set(body.keywords)).slice(0, KEYWORDS_MAX)
  const valid = check.ok && !budgetError

  const errorFor = (name: FieldName) => form.errorFor(name, localErrors)

  function change(name: FieldName, value: string) {
    const next = { ...values, [name]: value }
    setValues(next)
    form.saveDraft(next)
    form.edited(name, { touch: true })
  }

  function discardDraft() {
    form.discard()
    setValues({ ...EMPTY, industry: defaultIndustry ?? '' })
  }

  async function submit() {
    if (intent.busy()) return
    if (!check.ok || !valid) {
      form.refuse(ALL_FIELDS, '请按提示修改后再发布')
      return
    }
    try {
      const { need } = await intent.send((idempotencyKey) => create.mutateAsync({ body: check.value, idempotencyKey }))
      form.clearDraft()
      Taro.redirectTo({ url: `/packages/trade/pages/need-matches/index?id=${encodeURIComponent(need.id)}` })
    } catch (error) {
      form.failed(error, localField)
    }
  }

  return (
    <View className='need-form'>
      {form.restored ? <DraftNotice text='已恢复上次未发布的内容' onDiscard={discardDraft} /> : null}
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
        <IndustryField name='industry' label='所属行业' value={values.industry} error={errorFor('industry')} onChange={(v) => change('industry', v)} />
        <StrategicIndustryField name='strategicIndustry' label='战略性新兴产业' value={values.strategicIndustry ?? ''} error={errorFor('strategicIndustry')} onChange={(v) => change('strategicIndustry', v)} />
        <FormField name='budget' label='预算（万元）' type='digit' placeholder='选填' value={values.budget} error={errorFor('budget')} maxlength={12} onChange={(v) => change('budget', v)} />
      </View>
      {form.formError ? (
        <View className='need-form__error' role='alert'>
          {form.formError}
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
