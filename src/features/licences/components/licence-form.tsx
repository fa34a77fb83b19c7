import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Picker, Text, View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import dayjs from 'dayjs'
import { DraftNotice } from '@/components/draft-notice'
import { chinaTime } from '@/utils/china-time'
import { ApiError } from '@/api/error'
import type { EnterpriseProfile } from '@contract/common'
import type { LicenceApplicationRequest } from '@contract/trade'
import { FormField, TextareaField } from '@/components/form-field'
import { reachedLength, useFormFields, useSubmitIntent } from '@/components/use-form-fields'
import { addYearsToDate, checkLicenceApplication, EXPECTED_START_MAX_YEARS, INTENDED_USE_MAX } from '@/rules/trade'
import { useCreateLicenceApplication } from '../api/licence-applications'
import { LICENCE_DRAFT_PREFIX } from '../labels'
import './licence-form.scss'
import { subscribeInTap } from '@/shared/subscribe-in-tap'

type FieldName = 'name' | 'uscc' | 'contactName' | 'phone' | 'intendedUse' | 'expectedStart'
type Values = Record<FieldName, string>

const ALL_FIELDS: readonly FieldName[] = ['name', 'uscc', 'contactName', 'phone', 'intendedUse', 'expectedStart']
// Codes are judged once they reach full length; judging them at every keystroke would nag.
const LIVE_AT_LENGTH: Partial<Record<FieldName, number>> = { uscc: 18, phone: 11 }

function initialValues(enterprise: EnterpriseProfile, today: string): Values {
  return {
    name: enterprise.name,
    uscc: enterprise.uscc,
    contactName: enterprise.contactName,
    phone: enterprise.phone,
    intendedUse: '',
    expectedStart: dayjs(today).add(1, 'month').format('YYYY-MM-DD'),
  }
}

function toRequest(patentId: string, v: Values): LicenceApplicationRequest {
  return {
    patentId,
    enterprise: { name: v.name, uscc: v.uscc, contactName: v.contactName, phone: v.phone },
    intendedUse: v.intendedUse,
    expectedStart: v.expectedStart,
  }
}

/** Server field names (`enterprise.uscc`) → this form's fields. */
function localField(key: string): FieldName {
  return key.replace(/^enterprise\./, '') as FieldName
}

function localFields(fields: Record<string, string>): Partial<Record<FieldName, string>> {
  const out: Partial<Record<FieldName, string>> = {}
  for (const key of Object.keys(fields)) out[localField(key)] = fields[key]
  return out
}

interface LicenceFormProps {
  patentId: string
  enterprise: EnterpriseProfile
}

/** 申请许可: the written notice of 专利法第五十一条, prefilled from the saved 企业信息. */
export function LicenceForm({ patentId, enterprise }: LicenceFormProps) {
  const draftId = LICENCE_DRAFT_PREFIX + patentId
  const form = useFormFields<FieldName>(draftId)
  const { draft, errorFor: shownError, touch } = form
  const [today] = useState(() => chinaTime().format('YYYY-MM-DD'))
  const [values, setValues] = useState<Values>(() => ({ ...initialValues(enterprise, today), ...(draft as Partial<Values> | undefined) }))
  const [conflict, setConflict] = useState(false)
  const create = useCreateLicenceApplication()
  // One key per intent: a double tap or a retry after a lost response creates one application.
  const intent = useSubmitIntent()

  const check = checkLicenceApplication(toRequest(patentId, values), today)
  const localErrors = check.ok ? {} : localFields(check.fields)

  function errorFor(name: FieldName): string | undefined {
    const live = LIVE_AT_LENGTH[name]
    return shownError(name, localErrors, live !== undefined && reachedLength(values[name], live))
  }

  function change(name: FieldName, value: string) {
    const next = { ...values, [name]: value }
    setValues(next)
    setConflict(false)
    form.saveDraft(next)
    // Free text is judged as it is typed; codes wait for full length or blur (LIVE_AT_LENGTH).
    form.edited(name, { touch: LIVE_AT_LENGTH[name] === undefined })
  }

  function discardDraft() {
    form.discard()
    setValues(initialValues(enterprise, today))
  }

  async function submit() {
    if (intent.busy()) return
    if (!check.ok) {
      form.refuse(ALL_FIELDS, '请按提示修改后再提交')
      return
    }
    // Before the first await: WeChat shows the subscribe dialog only inside the tap itself.
    subscribeInTap('application')
    try {
      const { application } = await intent.send((idempotencyKey) => create.mutateAsync({ body: check.value, idempotencyKey }))
      form.clearDraft()
      Taro.redirectTo({ url: `/packages/trade/pages/licence-done/index?id=${encodeURIComponent(application.id)}` })
    } catch (error) {
      form.failed(error, localField)
      setConflict(error instanceof ApiError && error.code === 'CONFLICT')
    }
  }

  const dateError = errorFor('expectedStart')
  return (
    <View className='licence-form'>
      {form.restored ? <DraftNotice text='已恢复上次未提交的内容' onDiscard={discardDraft} /> : null}
      <Text className='section-title'>申请企业</Text>
      <View className='licence-form__group'>
        <FormField name='name' label='企业名称' value={values.name} error={errorFor('name')} maxlength={50} onChange={(v) => change('name', v)} onBlur={() => touch('name')} />
        <FormField name='uscc' label='统一社会信用代码' value={values.uscc} error={errorFor('uscc')} maxlength={24} onChange={(v) => change('uscc', v)} onBlur={() => touch('uscc')} />
        <FormField name='contactName' label='联系人' value={values.contactName} error={errorFor('contactName')} maxlength={20} onChange={(v) => change('contactName', v)} onBlur={() => touch('contactName')} />
        <FormField name='phone' label='手机号' type='number' value={values.phone} error={errorFor('phone')} maxlength={13} onChange={(v) => change('phone', v)} onBlur={() => touch('phone')} />
      </View>
      <Text className='section-title'>实施计划</Text>
      <View className='licence-form__group'>
        <TextareaField
          name='intendedUse'
          label='实施用途'
          placeholder='如：用于本公司储能电池产品线，年产 10 万套'
          value={values.intendedUse}
          max={INTENDED_USE_MAX}
          error={errorFor('intendedUse')}
          onChange={(v) => change('intendedUse', v)}
          onBlur={() => touch('intendedUse')}
        />
        <Picker mode='date' value={values.expectedStart || today} start={today} end={addYearsToDate(today, EXPECTED_START_MAX_YEARS)} onChange={(e) => change('expectedStart', String(e.detail.value))}>
          <View className={`form-field${dateError ? ' form-field--error' : ''}`}>
            <View className='form-field__row' role='button' aria-label='预计实施时间'>
              <Text className='form-field__label'>预计实施时间</Text>
              <Text className='licence-form__date' data-testid='expectedStart-value'>
                {values.expectedStart || '请选择'}
              </Text>
              <Text className='licence-form__arrow'>›</Text>
            </View>
            {dateError ? (
              <View className='form-field__error' role='alert' data-testid='expectedStart-error'>
                {dateError}
              </View>
            ) : null}
          </View>
        </Picker>
      </View>
      {form.formError ? (
        <View className='licence-form__error' role='alert'>
          <Text>{form.formError}</Text>
          {conflict ? (
            <Text className='licence-form__link' onClick={() => Taro.navigateTo({ url: '/packages/tracking/pages/applications/index' })}>
              查看我的申请
            </Text>
          ) : null}
        </View>
      ) : null}
      <View className='licence-form__footer'>
        <Text className='licence-form__hint'>提交即视为向专利权人发出书面实施许可通知（专利法第五十一条）</Text>
        <AtButton type='primary' circle loading={create.isPending} disabled={create.isPending} onClick={submit}>
          提交申请
        </AtButton>
      </View>
    </View>
  )
}
