import { useState, type ComponentType } from 'react'
import { Text, View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import { DraftNotice } from '@/components/draft-notice'
import type { Enterprise } from '@contract/common'
import type { EventDetail, Registration, SignupRequest } from '@contract/events'
import { FormField } from '@/components/form-field'
import { reachedLength, useFormFields, useSubmitIntent } from '@/components/use-form-fields'
import {
  checkFinancing,
  EMPTY_FINANCING,
  FINANCING_FIELD_OF,
  financingFromDraft,
  financingToDraft,
  type FinancingField,
  type FinancingValues,
  type FinancingFieldsProps,
} from '@/shared/financing-need'
import { checkSignupInput } from '@/rules'
import { useSignup } from '../api/registrations'
import './signup-form.scss'

type PersonField = 'attendeeName' | 'phone'
type Field = PersonField | FinancingField

export const signupDraftId = (eventId: string) => `event-signup:${eventId}`

// The backend keys financing errors under `financingNeed.*`; the form shows them on its own fields.
// The enterprise comes from the profile and has no field here: its errors are the backend's to answer.
const SERVER_FIELD: Record<string, Field> = {
  attendeeName: 'attendeeName',
  phone: 'phone',
  'financingNeed.amountFen': FINANCING_FIELD_OF.amountFen,
  'financingNeed.termMonths': FINANCING_FIELD_OF.termMonths,
  'financingNeed.purpose': FINANCING_FIELD_OF.purpose,
  'financingNeed.patentIds': FINANCING_FIELD_OF.patentIds,
}

// Fields judged on every keystroke; the phone waits for a full-length number (or leaving the field).
const LIVE: ReadonlySet<Field> = new Set<Field>(['attendeeName', 'amount', 'purpose'])
const ALL_FIELDS: readonly Field[] = ['attendeeName', 'phone', 'amount', 'termMonths', 'purpose', 'patentIds']

interface SignupFormProps {
  event: EventDetail
  enterprise: Enterprise
  onDone: (registration: Registration) => void
  /** The 融资需求 fields of a financing session, handed in by the page (they belong to finance). */
  FinancingFields: ComponentType<FinancingFieldsProps>
}

export function SignupForm({ event, enterprise, onDone, FinancingFields }: SignupFormProps) {
  const financing = event.kind === 'financing'
  const draftId = signupDraftId(event.id)
  const form = useFormFields<Field>(draftId)
  const { draft, touch } = form
  const [person, setPerson] = useState(() => ({
    attendeeName: draft?.attendeeName ?? enterprise.contactName,
    phone: draft?.phone ?? enterprise.phone,
  }))
  const [need, setNeed] = useState<FinancingValues>(() => ({ ...EMPTY_FINANCING, ...financingFromDraft(draft) }))
  const intent = useSubmitIntent()
  // Said once on arrival; the draft saved while typing is not news.
  const [restored] = useState(() => Boolean(draft))
  const signup = useSignup()

  // The backend's own check of the body; the need is checked from the typed 万元 (checkFinancing).
  const rawBody: SignupRequest = { ...person, enterprise: { name: enterprise.name, uscc: enterprise.uscc } }
  const signupCheck = checkSignupInput(rawBody, { financing: false, attendeeLabel: '姓名' })
  const needCheck = financing ? checkFinancing(need, { requirePatents: false }) : null
  const localErrors: Partial<Record<Field, string>> = {}
  if (!signupCheck.ok) {
    for (const key of Object.keys(signupCheck.fields)) if (SERVER_FIELD[key]) localErrors[SERVER_FIELD[key]] = signupCheck.fields[key]
  }
  if (needCheck && !needCheck.ok) Object.assign(localErrors, needCheck.fields)

  const errorFor = (name: Field) => form.errorFor(name, localErrors, name === 'phone' && reachedLength(person.phone, 11))

  function persist(nextPerson: typeof person, nextNeed: FinancingValues) {
    form.saveDraft({ ...nextPerson, ...(financing ? financingToDraft(nextNeed) : {}) })
  }

  function changed(name: Field) {
    form.edited(name, { touch: LIVE.has(name) || name === 'termMonths' || name === 'patentIds' })
  }

  function changePerson(name: PersonField, value: string) {
    const next = { ...person, [name]: value }
    setPerson(next)
    persist(next, need)
    changed(name)
  }

  function changeNeed<K extends keyof FinancingValues>(name: K, value: FinancingValues[K]) {
    const next = { ...need, [name]: value }
    setNeed(next)
    persist(person, next)
    changed(name === 'patents' ? 'patentIds' : (name as FinancingField))
  }

  async function submit() {
    if (intent.busy()) return
    if (Object.keys(localErrors).length > 0) {
      form.refuse(ALL_FIELDS, '请按提示修改后再提交')
      return
    }
    const body: SignupRequest = {
      ...(signupCheck.ok ? signupCheck.value : rawBody),
      ...(needCheck?.ok ? { financingNeed: needCheck.value } : {}),
    }
    try {
      const { registration } = await intent.send((idempotencyKey) => signup.mutateAsync({ eventId: event.id, body, idempotencyKey }))
      form.clearDraft()
      onDone(registration)
    } catch (error) {
      form.failed(error, (key) => SERVER_FIELD[key])
    }
  }

  return (
    <View className='signup-form'>
      {restored ? <DraftNotice text='已恢复上次未提交的内容' /> : null}
      <Text className='signup-form__section'>报名人</Text>
      <View className='signup-form__group'>
        <FormField name='attendeeName' label='姓名' placeholder='参会人姓名' value={person.attendeeName} error={errorFor('attendeeName')} maxlength={20} onChange={(v) => changePerson('attendeeName', v)} onBlur={() => touch('attendeeName')} />
        <FormField name='phone' label='手机号' type='number' placeholder='11 位手机号' value={person.phone} error={errorFor('phone')} maxlength={13} onChange={(v) => changePerson('phone', v)} onBlur={() => touch('phone')} />
      </View>
      <Text className='signup-form__section'>报名企业</Text>
      <View className='signup-form__group signup-form__enterprise' data-testid='signup-enterprise'>
        <Text className='signup-form__enterprise-name'>{enterprise.name}</Text>
        <Text className='signup-form__enterprise-uscc'>统一社会信用代码 {enterprise.uscc}</Text>
        <Text className='signup-form__enterprise-hint'>来自“企业信息”，如需修改请前往 我的 › 企业信息</Text>
      </View>
      {financing ? (
        <>
          <Text className='signup-form__section'>融资需求</Text>
          <View className='signup-form__group'>
            <FinancingFields values={need} errorFor={errorFor} onChange={changeNeed} onBlur={touch} />
          </View>
        </>
      ) : null}
      {form.formError ? (
        <View className='signup-form__error' role='alert' data-testid='form-error'>
          {form.formError}
        </View>
      ) : null}
      <View className='signup-form__footer'>
        <AtButton type='primary' circle loading={signup.isPending} disabled={signup.isPending} onClick={submit}>
          提交报名
        </AtButton>
      </View>
    </View>
  )
}
