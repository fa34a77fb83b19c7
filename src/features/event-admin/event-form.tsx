import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Input, Switch, Text, Textarea, View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import { DraftNotice } from '@/components/draft-notice'
import { ApiError, errorMessage } from '@/api/error'
import { newIdempotencyKey } from '@/api/client'
import type { OfficerEvent } from '@contract/officer'
import { ChipSelect, FormField } from '@/components/form-field'
import { RegionField } from '@/shared/catalog/components/catalog-fields'
import { commonIndustries, DESCRIPTION_MAX, industryName } from '@/rules'
import { AGENDA_MAX, DEFAULT_OFFER_HOURS, EVENT_KIND_OPTIONS, MAX_OFFER_HOURS, checkEventInput, localDateTime, splitList, type EventField } from '@/rules/officer'
import { useDraftsStore } from '@/stores/drafts'
import { DateTimePickers } from '@/officer/components/date-time-pickers'
import { useSaveEvent } from './api'
import './event-form.scss'

export const NEW_EVENT_DRAFT_ID = 'officer-event-new'

interface AgendaRow {
  time: string
  title: string
  speaker: string
}

export interface EventFormValues {
  kind: string
  title: string
  organizer: string
  venue: string
  city: string
  startsAt: string
  endsAt: string
  signupOpensAt: string
  signupClosesAt: string
  capacity: string
  requiresApproval: boolean
  waitlistEnabled: boolean
  /** Hours a freed seat is held for the next waitlisted registration; '' promotes at once (issue 18). */
  waitlistOfferHours: string
  description: string
  agenda: AgendaRow[]
  banks: string
  industries: string[]
}

const DAY_MS = 24 * 3600 * 1000

/** The form's 候补确认时限: '' → 0 (promote at once), else whole hours 1–72; null when not one of those. */
function offerHoursOf(text: string): number | null {
  const t = (text ?? '').trim()
  if (t === '') return 0
  if (!/^\d{1,2}$/.test(t)) return null
  const n = Number(t)
  return n >= 1 && n <= MAX_OFFER_HOURS ? n : null
}

/** A new event: tomorrow 09:00–17:00, sign-up open from now until 08:00 on the day. */
export function defaultValues(nowMs: number): EventFormValues {
  const day = localDateTime(nowMs + DAY_MS).slice(0, 10)
  return {
    kind: 'matchmaking',
    title: '',
    organizer: '园区知识产权服务中心',
    venue: '',
    city: '',
    startsAt: `${day} 09:00`,
    endsAt: `${day} 17:00`,
    signupOpensAt: localDateTime(nowMs),
    signupClosesAt: `${day} 08:00`,
    capacity: '100',
    requiresApproval: false,
    waitlistEnabled: true,
    waitlistOfferHours: String(DEFAULT_OFFER_HOURS),
    description: '',
    agenda: [],
    banks: '',
    industries: [],
  }
}

export function valuesOf(event: OfficerEvent): EventFormValues {
  const local = (iso: string) => localDateTime(Date.parse(iso))
  return {
    kind: event.kind,
    title: event.title,
    organizer: event.organizer,
    venue: event.venue,
    city: event.city,
    startsAt: local(event.startsAt),
    endsAt: local(event.endsAt),
    signupOpensAt: local(event.signupOpensAt),
    signupClosesAt: local(event.signupClosesAt),
    capacity: String(event.capacity),
    requiresApproval: event.requiresApproval,
    waitlistEnabled: event.waitlistEnabled,
    waitlistOfferHours: event.waitlistOfferHours ? String(event.waitlistOfferHours) : '',
    description: event.description,
    agenda: event.agenda.map((a) => ({ time: a.time, title: a.title, speaker: a.speaker ?? '' })),
    banks: (event.banks ?? []).join('、'),
    industries: event.industries.slice(),
  }
}

/** What the rules (and the API) read: empty agenda rows dropped, banks split, capacity as typed. */
function toInput(values: EventFormValues) {
  return {
    ...values,
    agenda: values.agenda
      .filter((a) => a.time.trim() || a.title.trim() || a.speaker.trim())
      .map((a) => (a.speaker.trim() ? { time: a.time, title: a.title, speaker: a.speaker } : { time: a.time, title: a.title })),
    banks: splitList(values.banks),
  }
}

const DATE_FIELDS = [
  ['startsAt', '开始时间', 'YYYY-MM-DD HH:mm'],
  ['endsAt', '结束时间', 'YYYY-MM-DD HH:mm'],
  ['signupOpensAt', '报名开始', 'YYYY-MM-DD HH:mm'],
  ['signupClosesAt', '报名截止', '不晚于活动开始'],
] as const

const ALL_FIELDS: EventField[] = [
  'kind',
  'title',
  'organizer',
  'venue',
  'city',
  'startsAt',
  'endsAt',
  'signupOpensAt',
  'signupClosesAt',
  'capacity',
  'requiresApproval',
  'waitlistEnabled',
  'description',
  'agenda',
  'banks',
  'industries',
]

interface EventFormProps {
  /** The event being edited; absent for a new one. */
  event?: OfficerEvent
  onSaved: (event: OfficerEvent) => void
}

export function EventForm({ event, onSaved }: EventFormProps) {
  const draft = useDraftsStore((s) => (event ? undefined : s.drafts[NEW_EVENT_DRAFT_ID]))
  const saveDraft = useDraftsStore((s) => s.saveDraft)
  const clearDraft = useDraftsStore((s) => s.clearDraft)
  // Only a draft found on opening is "restored"; the one each keystroke saves is not.
  const [restored, setRestored] = useState(() => Boolean(draft?.json))
  const [values, setValues] = useState<EventFormValues>(() => {
    if (event) return valuesOf(event)
    if (draft?.json) {
      try {
        return { ...defaultValues(Date.now()), ...(JSON.parse(draft.json) as Partial<EventFormValues>) }
      } catch {
        // A draft from an older form version: start over.
      }
    }
    return defaultValues(Date.now())
  })
  const [touched, setTouched] = useState<Partial<Record<EventField, boolean>>>({})
  const [serverFields, setServerFields] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState('')
  // One key per "create this event" intent: a retry after a lost response cannot create it twice.
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey)
  const save = useSaveEvent(event ? event.id : null)

  const seatsTaken = event ? event.confirmedCount : 0
  const check = checkEventInput(toInput(values), { minCapacity: seatsTaken })
  const localErrors: Record<string, string> = check.ok ? {} : check.fields
  const offerHours = offerHoursOf(values.waitlistOfferHours)

  function errorFor(name: EventField): string | undefined {
    return serverFields[name] ?? (touched[name] ? localErrors[name] : undefined)
  }

  function change<K extends keyof EventFormValues>(name: K, value: EventFormValues[K]) {
    const next = { ...values, [name]: value }
    setValues(next)
    setServerFields(({ [name]: _cleared, ...rest }) => rest)
    setFormError('')
    if (!event) saveDraft(NEW_EVENT_DRAFT_ID, { json: JSON.stringify(next) })
  }

  const touch = (name: EventField) => () => setTouched((t) => ({ ...t, [name]: true }))
  const pick = <K extends keyof EventFormValues>(name: K & EventField) => (value: EventFormValues[K]) => {
    change(name, value)
    setTouched((t) => ({ ...t, [name]: true }))
  }
  const text = (name: keyof EventFormValues & EventField) => ({
    name,
    value: values[name] as string,
    error: errorFor(name),
    onChange: (v: string) => change(name, v),
    onBlur: touch(name),
  })

  function setAgenda(index: number, key: keyof AgendaRow, value: string) {
    change(
      'agenda',
      values.agenda.map((row, i) => (i === index ? { ...row, [key]: value } : row)),
    )
  }

  async function submit() {
    if (save.isPending) return
    if (!check.ok || offerHours === null) {
      setTouched(Object.fromEntries(ALL_FIELDS.map((f) => [f, true])))
      setFormError('请按提示修改后再保存')
      return
    }
    try {
      const { event: saved } = await save.mutateAsync({ input: { ...check.value, waitlistOfferHours: values.waitlistEnabled ? offerHours : 0 }, idempotencyKey })
      if (!event) {
        clearDraft(NEW_EVENT_DRAFT_ID)
        setIdempotencyKey(newIdempotencyKey())
      }
      Taro.showToast({ title: event ? '已保存' : '活动已创建', icon: 'success' })
      onSaved(saved)
    } catch (error) {
      if (error instanceof ApiError && Object.keys(error.fields).length) {
        setServerFields(error.fields)
        setTouched(Object.fromEntries(ALL_FIELDS.map((f) => [f, true])))
      }
      setFormError(errorMessage(error))
    }
  }

  return (
    <View className='event-form'>
      {restored && !event ? (
        <DraftNotice
          text='已恢复上次未保存的内容'
          discardText='重新填写'
          onDiscard={() => {
            clearDraft(NEW_EVENT_DRAFT_ID)
            setRestored(false)
            setValues(defaultValues(Date.now()))
            setTouched({})
          }}
        />
      ) : null}
      <View className='event-form__group'>
        <ChipSelect name='kind' label='活动类型' options={EVENT_KIND_OPTIONS} value={values.kind} error={errorFor('kind')} onChange={pick('kind')} />
        <FormField label='活动名称' placeholder='不超过 50 字' maxlength={60} {...text('title')} />
        <FormField label='主办单位' placeholder='如：江门市市场监督管理局' maxlength={60} {...text('organizer')} />
        <FormField label='活动地点' placeholder='场馆与会议室' maxlength={60} {...text('venue')} />
        <RegionField name='city' label='所在城市' value={values.city} error={errorFor('city')} onChange={pick('city')} />
      </View>
      <View className='event-form__group'>
        <Text className='event-form__hint'>北京时间，点日期、时间选择，或按 2026-03-01 09:00 输入</Text>
        {DATE_FIELDS.map(([name, label, placeholder]) => (
          <View key={name}>
            <FormField label={label} placeholder={placeholder} maxlength={25} {...text(name)} />
            <DateTimePickers
              label={label}
              value={values[name]}
              fallbackDate={values.startsAt.slice(0, 10) || localDateTime(Date.now()).slice(0, 10)}
              onChange={(v) => {
                change(name, v)
                touch(name)()
              }}
            />
          </View>
        ))}
      </View>
      <View className='event-form__group'>
        <FormField label='名额' type='number' placeholder={seatsTaken ? `不少于已确认的 ${seatsTaken} 人` : '1–10000'} maxlength={6} {...text('capacity')} />
        {/* aria-label names the mini-program's switch; nativeProps the checkbox inside H5's. */}
        <View className='event-form__switch'>
          <Text className='event-form__switch-label'>报名需审核</Text>
          <Switch aria-label='报名需审核' nativeProps={{ 'aria-label': '报名需审核' }} checked={values.requiresApproval} color='#1f5fd6' onChange={(e) => pick('requiresApproval')(e.detail.value)} />
        </View>
        <View className='event-form__switch'>
          <Text className='event-form__switch-label'>名额满后开放候补</Text>
          <Switch aria-label='名额满后开放候补' nativeProps={{ 'aria-label': '名额满后开放候补' }} checked={values.waitlistEnabled} color='#1f5fd6' onChange={(e) => pick('waitlistEnabled')(e.detail.value)} />
        </View>
        {values.waitlistEnabled ? (
          <FormField
            label='候补确认时限（小时）'
            type='number'
            placeholder='留空：有名额时立即递补'
            maxlength={2}
            name='waitlistOfferHours'
            value={values.waitlistOfferHours}
            error={serverFields.waitlistOfferHours ?? (offerHours === null ? `请输入 1–${MAX_OFFER_HOURS} 的整数，或留空` : undefined)}
            onChange={(v: string) => change('waitlistOfferHours', v)}
          />
        ) : null}
      </View>
      <View className='event-form__group event-form__block'>
        <Text className='event-form__label'>活动介绍</Text>
        <Textarea
          className='o-textarea'
          name='description'
          value={values.description}
          maxlength={DESCRIPTION_MAX}
          placeholder='纯文本，最多 2000 字'
          onInput={(e) => change('description', e.detail.value)}
          onBlur={touch('description')}
        />
        {errorFor('description') ? (
          <View className='form-field__error event-form__error' role='alert' data-testid='description-error'>
            {errorFor('description')}
          </View>
        ) : null}
      </View>
      <View className='event-form__group event-form__block'>
        <Text className='event-form__label'>议程</Text>
        {values.agenda.map((row, i) => (
          <View key={i} className='event-form__agenda'>
            <Input className='event-form__agenda-time' name={`agenda-${i}-time`} aria-label={`第 ${i + 1} 项议程时间`} placeholder='09:00' value={row.time} maxlength={11} onInput={(e) => setAgenda(i, 'time', e.detail.value)} onBlur={touch('agenda')} />
            <Input className='event-form__agenda-title' name={`agenda-${i}-title`} aria-label={`第 ${i + 1} 项议程内容`} placeholder='内容' value={row.title} maxlength={60} onInput={(e) => setAgenda(i, 'title', e.detail.value)} onBlur={touch('agenda')} />
            <Input className='event-form__agenda-speaker' name={`agenda-${i}-speaker`} aria-label={`第 ${i + 1} 项议程嘉宾`} placeholder='嘉宾（选填）' value={row.speaker} maxlength={20} onInput={(e) => setAgenda(i, 'speaker', e.detail.value)} onBlur={touch('agenda')} />
            <View className='o-action o-action--danger' role='button' onClick={() => change('agenda', values.agenda.filter((_, j) => j !== i))}>
              删除
            </View>
          </View>
        ))}
        {values.agenda.length < AGENDA_MAX ? (
          <View className='o-action' role='button' onClick={() => change('agenda', [...values.agenda, { time: '', title: '', speaker: '' }])}>
            ＋ 添加议程
          </View>
        ) : null}
        {errorFor('agenda') ? (
          <View className='form-field__error event-form__error' role='alert' data-testid='agenda-error'>
            {errorFor('agenda')}
          </View>
        ) : null}
      </View>
      <View className='event-form__group'>
        <FormField label='合作银行' placeholder='多家用顿号分隔（融资活动）' maxlength={400} {...text('banks')} />
        <View className='form-field'>
          <Text className='form-field__label form-field__label--block'>服务行业</Text>
          <View className='chips' role='group' aria-label='服务行业'>
            {[...commonIndustries(), ...values.industries.filter((c) => !commonIndustries().some((o) => o.code === c)).map((code) => ({ code, label: industryName(code) }))].map((o) => {
              const on = values.industries.indexOf(o.code) >= 0
              return (
                <View
                  key={o.code}
                  role='checkbox'
                  aria-checked={on}
                  className={`chip${on ? ' chip--active' : ''}`}
                  onClick={() => pick('industries')(on ? values.industries.filter((c) => c !== o.code) : [...values.industries, o.code])}
                >
                  {o.label}
                </View>
              )
            })}
          </View>
          {errorFor('industries') ? (
            <View className='form-field__error' role='alert' data-testid='industries-error'>
              {errorFor('industries')}
            </View>
          ) : null}
        </View>
      </View>
      {formError ? (
        <View className='o-error' role='alert'>
          {formError}
        </View>
      ) : null}
      <View className='event-form__footer'>
        <AtButton type='primary' circle loading={save.isPending} disabled={save.isPending} onClick={submit}>
          {event ? '保存修改' : '创建活动'}
        </AtButton>
      </View>
    </View>
  )
}
