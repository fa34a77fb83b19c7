// RULES.md for the officer console (events, notices, status moves), written once: imported by the
// officer forms (subpackage) and by the mock's officer routes. Imported as `@/rules/officer`, not
// through `@/rules`, so nothing in the main package pulls it in except the in-process mock.

import { checkRegion, isIndustry } from './catalog'
import { fail, isPlainObject, ok, own, type FieldErrors, type FieldsResult, type RuleResult } from './result'
import { checkDescription, checkTitle, codePointLength, DESCRIPTION_MAX, readText, TITLE_MAX } from './text'
import { CST_OFFSET_MS, DAY_MS } from './time'

export const EVENT_KIND_OPTIONS = [
  { code: 'matchmaking', label: '对接活动' },
  { code: 'financing', label: '入园惠企' },
] as const
export type EventKindCode = (typeof EVENT_KIND_OPTIONS)[number]['code']

export const EVENT_CAPACITY_MAX = 10000
export const AGENDA_MAX = 30
export const BANKS_MAX = 20
export const EVENT_INDUSTRIES_MAX = 10
export const NOTICE_BODY_MAX = DESCRIPTION_MAX
export const TRANSITION_NOTE_MAX = 200
/** An event is a day or a few; anything longer is a typo in the dates. */
export const EVENT_MAX_DAYS = 31
/** How long a freed seat is held for the next waitlisted registration (`waitlistOfferHours`, issue 18). */
export const DEFAULT_OFFER_HOURS = 12
export const MAX_OFFER_HOURS = 72

export interface EventAgendaInput {
  time: string
  title: string
  speaker?: string
}

/** `POST /api/events` body (and the full shape `PATCH /api/events/:id` is merged into). */
export interface EventInput {
  kind: EventKindCode
  title: string
  organizer: string
  venue: string
  /** GB/T 2260 city code (`440700`, or a municipality's own code such as `500000`). */
  city: string
  /** ISO 8601 with offset; `YYYY-MM-DD HH:mm` (China time) is accepted on input. */
  startsAt: string
  endsAt: string
  signupOpensAt: string
  signupClosesAt: string
  capacity: number
  requiresApproval: boolean
  waitlistEnabled: boolean
  description: string
  agenda: EventAgendaInput[]
  banks: string[]
  industries: string[]
}

export type EventField = keyof EventInput


function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n)
}

/** Epoch ms → `2026-03-01T09:00:00+08:00` (API.md times carry the China offset). */
export function isoCst(ms: number): string {
  const d = new Date(ms + CST_OFFSET_MS)
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}T${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}+08:00`
}

/** Epoch ms → `2026-03-01 09:00` in China time, what the form shows and accepts. */
export function localDateTime(ms: number): string {
  return isoCst(ms).slice(0, 16).replace('T', ' ')
}

const ISO_WITH_OFFSET = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::(\d\d)(?:\.\d{1,3})?)?(Z|[+-]\d\d:\d\d)$/
const LOCAL = /^(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d\d)$/

/**
 * Reads an instant: ISO 8601 with an offset, or `YYYY-MM-DD HH:mm` as China time (what a person
 * types). Calendar-checked, so 2月30日 is refused rather than rolled into March. Returns epoch ms.
 */
export function parseEventTime(raw: unknown): number | null {
  if (typeof raw !== 'string') return null
  const text = raw.trim()
  let m = ISO_WITH_OFFSET.exec(text)
  let offsetMs = CST_OFFSET_MS
  if (m) {
    const zone = m[7]
    if (zone === 'Z') offsetMs = 0
    else {
      const sign = zone.charAt(0) === '-' ? -1 : 1
      offsetMs = sign * (Number(zone.slice(1, 3)) * 3600 + Number(zone.slice(4, 6)) * 60) * 1000
    }
  } else {
    m = LOCAL.exec(text)
    if (!m) return null
  }
  const [y, mo, d, h, mi] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])]
  const s = m[6] ? Number(m[6]) : 0
  if (y < 2000 || y > 2100 || mo < 1 || mo > 12 || h > 23 || mi > 59 || s > 59) return null
  const lastDay = new Date(Date.UTC(y, mo, 0)).getUTCDate()
  if (d < 1 || d > lastDay) return null
  return Date.UTC(y, mo - 1, d, h, mi, s) - offsetMs
}

function checkShortText(raw: unknown, label: string, max: number, optional = false): RuleResult<string> {
  const result = checkTitle(raw, { label, optional })
  if (!result.ok) return result.message.indexOf('不能超过') >= 0 ? fail(`${label}不能超过${max}个字`) : result
  return codePointLength(result.value) > max ? fail(`${label}不能超过${max}个字`) : result
}

function checkBoolean(raw: unknown, label: string): RuleResult<boolean> {
  if (raw === undefined || raw === null) return ok(false)
  return typeof raw === 'boolean' ? ok(raw) : fail(`${label}应为是或否`)
}

/** Whole people: `12`, not `12.5`, `1e3` or `"12"` typed as a number by a buggy client. */
export function checkCapacity(raw: unknown, minCapacity = 0): RuleResult<number> {
  let n: number
  if (typeof raw === 'number') n = raw
  else if (typeof raw === 'string' && /^\s*\d{1,6}\s*$/.test(raw)) n = Number(raw)
  else return fail(raw === undefined || raw === null || raw === '' ? '请输入名额' : '名额应为整数')
  if (!Number.isInteger(n)) return fail('名额应为整数')
  if (n < 1) return fail('名额至少为 1 人')
  if (n > EVENT_CAPACITY_MAX) return fail(`名额不能超过 ${EVENT_CAPACITY_MAX} 人`)
  if (n < minCapacity) return fail(`已有 ${minCapacity} 人获得名额，名额不能少于 ${minCapacity}`)
  return ok(n)
}

const AGENDA_TIME = /^([01]\d|2[0-3]):[0-5]\d(-([01]\d|2[0-3]):[0-5]\d)?$/

function checkAgenda(raw: unknown): RuleResult<EventAgendaInput[]> {
  if (raw === undefined || raw === null) return ok([])
  if (!Array.isArray(raw)) return fail('议程格式不正确')
  if (raw.length > AGENDA_MAX) return fail(`议程最多 ${AGENDA_MAX} 项`)
  const out: EventAgendaInput[] = []
  for (let i = 0; i < raw.length; i++) {
    const item: unknown = raw[i]
    const n = i + 1
    if (!isPlainObject(item)) return fail(`第 ${n} 项议程格式不正确`)
    const time = readText(item.time)
    if (time === null || !AGENDA_TIME.test(time.trim())) return fail(`第 ${n} 项议程的时间应为 09:00 或 09:00-10:30`)
    const title = checkShortText(item.title, `第 ${n} 项议程的内容`, TITLE_MAX)
    if (!title.ok) return title
    const speaker = checkShortText(item.speaker, `第 ${n} 项议程的嘉宾`, 20, true)
    if (!speaker.ok) return speaker
    out.push(speaker.value ? { time: time.trim(), title: title.value, speaker: speaker.value } : { time: time.trim(), title: title.value })
  }
  return ok(out)
}

function checkBanks(raw: unknown): RuleResult<string[]> {
  if (raw === undefined || raw === null) return ok([])
  if (!Array.isArray(raw)) return fail('合作银行格式不正确')
  if (raw.length > BANKS_MAX) return fail(`合作银行最多 ${BANKS_MAX} 家`)
  const out: string[] = []
  for (const item of raw) {
    const name = checkShortText(item, '银行名称', 30)
    if (!name.ok) return name
    if (out.indexOf(name.value) < 0) out.push(name.value)
  }
  return ok(out)
}

function checkIndustries(raw: unknown): RuleResult<string[]> {
  if (raw === undefined || raw === null) return ok([])
  if (!Array.isArray(raw)) return fail('服务行业格式不正确')
  if (raw.length > EVENT_INDUSTRIES_MAX) return fail(`服务行业最多选择 ${EVENT_INDUSTRIES_MAX} 个`)
  const out: string[] = []
  for (const item of raw) {
    if (typeof item !== 'string' || !isIndustry(item)) return fail('请从列表中选择服务行业')
    if (out.indexOf(item) < 0) out.push(item)
  }
  return ok(out)
}

/** Splits what a person typed into bank names: commas, 顿号, semicolons or new lines. */
export function splitList(text: string): string[] {
  return text
    .split(/[,，、;；\n]+/)
    .map((s) => s.trim())
    .filter(Boolean)
}

export interface EventCheckOptions {
  /** Seats already taken (confirmed + checked in) when editing: capacity may not drop below it. */
  minCapacity?: number
  /** GB/T 2260 lookup (the backend's); the app's picker only offers catalogue codes. */
  isKnownCity?: (code: string) => boolean
}

/**
 * Every field of an event, each with its own Chinese message, then the rules between fields:
 * start < end, the sign-up window opens before it closes and closes no later than the start.
 * Times come back normalised to ISO with +08:00.
 */
export function checkEventInput(input: unknown, options: EventCheckOptions = {}): FieldsResult<EventInput> {
  if (!isPlainObject(input)) return { ok: false, fields: { _: '请求格式不正确' } }
  const get = (key: string): unknown => own(input, key)
  const fields: FieldErrors = {}
  const take = <T>(key: EventField, result: RuleResult<T>): T | undefined => {
    if (result.ok) return result.value
    fields[key] = result.message
    return undefined
  }

  const rawKind = get('kind')
  const kind = take<EventKindCode>(
    'kind',
    EVENT_KIND_OPTIONS.some((o) => o.code === rawKind) ? ok(rawKind as EventKindCode) : fail(rawKind ? '不支持的活动类型' : '请选择活动类型'),
  )
  const title = take('title', checkTitle(get('title'), { label: '活动名称' }))
  const organizer = take('organizer', checkShortText(get('organizer'), '主办单位', TITLE_MAX))
  const venue = take('venue', checkShortText(get('venue'), '活动地点', TITLE_MAX))
  const rawCity = get('city')
  const cityCheck = checkRegion(rawCity, options.isKnownCity)
  const city = take('city', cityCheck.ok ? cityCheck : fail(rawCity ? '请从列表中选择城市' : '请选择城市'))

  const times = {} as Record<'startsAt' | 'endsAt' | 'signupOpensAt' | 'signupClosesAt', number | undefined>
  const TIME_LABELS = { startsAt: '开始时间', endsAt: '结束时间', signupOpensAt: '报名开始时间', signupClosesAt: '报名截止时间' } as const
  for (const key of Object.keys(TIME_LABELS) as (keyof typeof TIME_LABELS)[]) {
    const raw = get(key)
    const ms = parseEventTime(raw)
    if (ms === null) fields[key] = raw === undefined || raw === null || raw === '' ? `请填写${TIME_LABELS[key]}` : `${TIME_LABELS[key]}格式应为 2026-03-01 09:00`
    times[key] = ms ?? undefined
  }
  const { startsAt, endsAt, signupOpensAt, signupClosesAt } = times
  if (startsAt !== undefined && endsAt !== undefined) {
    if (endsAt <= startsAt) fields.endsAt = '结束时间应晚于开始时间'
    else if (endsAt - startsAt > EVENT_MAX_DAYS * DAY_MS) fields.endsAt = `活动时长不能超过 ${EVENT_MAX_DAYS} 天`
  }
  if (signupClosesAt !== undefined && startsAt !== undefined && signupClosesAt > startsAt) {
    fields.signupClosesAt = '报名截止时间不能晚于活动开始时间'
  }
  if (signupOpensAt !== undefined && signupClosesAt !== undefined && signupOpensAt >= signupClosesAt && !fields.signupClosesAt) {
    fields.signupOpensAt = '报名开始时间应早于报名截止时间'
  }

  const capacity = take('capacity', checkCapacity(get('capacity'), options.minCapacity))
  const requiresApproval = take('requiresApproval', checkBoolean(get('requiresApproval'), '是否需要审核'))
  const waitlistEnabled = take('waitlistEnabled', checkBoolean(get('waitlistEnabled'), '是否开启候补'))
  const description = take('description', checkDescription(get('description'), { label: '活动介绍', optional: true }))
  const agenda = take('agenda', checkAgenda(get('agenda')))
  const banks = take('banks', checkBanks(get('banks')))
  const industries = take('industries', checkIndustries(get('industries')))

  if (Object.keys(fields).length > 0) return { ok: false, fields }
  return {
    ok: true,
    value: {
      kind: kind!,
      title: title!,
      organizer: organizer!,
      venue: venue!,
      city: city!,
      startsAt: isoCst(startsAt!),
      endsAt: isoCst(endsAt!),
      signupOpensAt: isoCst(signupOpensAt!),
      signupClosesAt: isoCst(signupClosesAt!),
      capacity: capacity!,
      requiresApproval: requiresApproval!,
      waitlistEnabled: waitlistEnabled!,
      description: description!,
      agenda: agenda!,
      banks: banks!,
      industries: industries!,
    },
  }
}

/** `POST /api/events/:id/notices`: a one-line title and a plain-text body. */
export function checkNoticeInput(input: unknown): FieldsResult<{ title: string; body: string }> {
  if (!isPlainObject(input)) return { ok: false, fields: { _: '请求格式不正确' } }
  const title = checkTitle(input.title, { label: '通知标题' })
  const body = checkDescription(input.body, { label: '通知正文', max: NOTICE_BODY_MAX })
  const fields: FieldErrors = {}
  if (!title.ok) fields.title = title.message
  if (!body.ok) fields.body = body.message
  if (!title.ok || !body.ok) return { ok: false, fields }
  return { ok: true, value: { title: title.value, body: body.value } }
}

/** The officer's note on a status move; a rejection must say why (the applicant reads it). */
export function checkTransitionNote(raw: unknown, to: string): RuleResult<string> {
  const result = checkDescription(raw, { label: '处理意见', optional: to !== 'rejected', max: TRANSITION_NOTE_MAX })
  if (!result.ok && to === 'rejected' && result.message.indexOf('请输入') === 0) return fail('驳回时请填写原因')
  return result
}
