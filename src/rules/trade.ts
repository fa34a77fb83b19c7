// RULES.md for 申请许可 (开放许可实施通知) and 发布需求, written once: the forms and the mock import these.

import { checkEnterpriseName, checkDescription, checkPersonName, checkTitle, codePointLength, hasControlChars, readText, toHalfWidth } from './text'
import { checkPhone } from './phone'
import { checkUscc } from './uscc'
import { checkIndustry, isStrategicIndustry, type IndustryCode } from './catalog'
import { checkFen } from './money'
import { collectFields, fail, isPlainObject, ok, type FieldErrors, type FieldsResult, type RuleResult } from './result'

// ---------------------------------------------------------------------------------------------
// Dates

/** How far ahead an applicant may plan to start using a patent. */
export const EXPECTED_START_MAX_YEARS = 3

function isLeap(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
}

function daysInMonth(year: number, month: number): number {
  return [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
}

/** A real calendar day written `YYYY-MM-DD` (no 2026-02-30). */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!m) return false
  const year = Number(m[1])
  const month = Number(m[2])
  const day = Number(m[3])
  return year >= 1900 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

/** Same calendar day `years` later (29 Feb → 28 Feb). */
export function addYearsToDate(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) + years
  const month = date.slice(5, 7)
  let day = date.slice(8, 10)
  if (month === '02' && day === '29' && !isLeap(year)) day = '28'
  return `${year}-${month}-${day}`
}

/**
 * 预计实施时间: a day from `today` (the applicant's calendar day, China time) to three years ahead.
 * `YYYY-MM-DD` strings compare correctly as text, so no Date parsing (time zones) is involved.
 */
export function checkExpectedStart(raw: unknown, today: string): RuleResult<string> {
  const text = readText(raw)
  if (text === null) return fail('预计实施时间格式不正确')
  const value = toHalfWidth(text).trim()
  if (value === '') return fail('请选择预计实施时间')
  if (!isCalendarDate(value)) return fail('预计实施时间应为有效日期（YYYY-MM-DD）')
  if (value < today) return fail('预计实施时间不能早于今天')
  if (value > addYearsToDate(today, EXPECTED_START_MAX_YEARS)) return fail(`预计实施时间应在${EXPECTED_START_MAX_YEARS}年以内`)
  return ok(value)
}

// ---------------------------------------------------------------------------------------------
// 申请许可

export const INTENDED_USE_MAX = 500

export function checkIntendedUse(raw: unknown): RuleResult<string> {
  return checkDescription(raw, { label: '实施用途', max: INTENDED_USE_MAX })
}

/** The applicant enterprise as named on the written notice (a subset of the saved profile). */
export interface LicenceEnterprise {
  name: string
  uscc: string
  contactName: string
  phone: string
}

export function checkLicenceEnterprise(input: unknown): FieldsResult<LicenceEnterprise> {
  return collectFields<LicenceEnterprise>(input, {
    name: checkEnterpriseName,
    uscc: checkUscc,
    contactName: (raw) => checkPersonName(raw),
    phone: checkPhone,
  })
}

export interface LicenceApplicationInput {
  patentId: string
  enterprise: LicenceEnterprise
  intendedUse: string
  expectedStart: string
}

/**
 * The whole `POST /api/licence-applications` body. Enterprise problems are reported as
 * `enterprise.name`, `enterprise.uscc`, … so one 400 names every field.
 */
export function checkLicenceApplication(input: unknown, today: string): FieldsResult<LicenceApplicationInput> {
  if (!isPlainObject(input)) return { ok: false, fields: { _: '请求格式不正确' } }
  const fields: FieldErrors = {}
  const patentId = typeof input.patentId === 'string' ? input.patentId.trim() : ''
  if (patentId === '' || patentId.length > 64) fields.patentId = '请选择要申请许可的专利'

  let enterprise: LicenceEnterprise | undefined
  if (!isPlainObject(input.enterprise)) {
    fields.enterprise = '请填写企业信息'
  } else {
    const e = checkLicenceEnterprise(input.enterprise)
    if (e.ok) enterprise = e.value
    else for (const key of Object.keys(e.fields)) fields[`enterprise.${key}`] = e.fields[key]
  }
  const intendedUse = checkIntendedUse(input.intendedUse)
  if (!intendedUse.ok) fields.intendedUse = intendedUse.message
  const expectedStart = checkExpectedStart(input.expectedStart, today)
  if (!expectedStart.ok) fields.expectedStart = expectedStart.message

  if (Object.keys(fields).length > 0 || !enterprise || !intendedUse.ok || !expectedStart.ok) return { ok: false, fields }
  return { ok: true, value: { patentId, enterprise, intendedUse: intendedUse.value, expectedStart: expectedStart.value } }
}

// ---------------------------------------------------------------------------------------------
// 发布需求

export const KEYWORDS_MAX = 8
export const KEYWORD_MAX_CHARS = 20
// 1 亿元: far above any open-licence fee, so a typo of extra zeros is caught.
export const NEED_BUDGET_MAX_FEN = 10_000 * 1_000_000

function foldKeyword(text: string): string {
  return toHalfWidth(text).toLowerCase()
}

/** What a person types into one box: keywords separated by spaces, commas or 、；. */
export function splitKeywords(text: string): string[] {
  return toHalfWidth(text)
    .split(/[\s,，、;；]+/)
    .map((k) => k.trim())
    .filter((k) => k !== '')
}

/** 1–8 keywords of 1–20 characters each; repeats (ignoring case and full-width forms) are dropped. */
export function checkKeywords(raw: unknown): RuleResult<string[]> {
  if (raw === undefined || raw === null) return fail('请至少填写1个关键词')
  if (!Array.isArray(raw)) return fail('关键词格式不正确')
  const out: string[] = []
  const seen: string[] = []
  for (const item of raw) {
    if (typeof item !== 'string') return fail('关键词格式不正确')
    const keyword = toHalfWidth(item).trim()
    if (keyword === '') return fail('关键词不能为空')
    if (hasControlChars(keyword)) return fail('关键词含有无效字符')
    if (codePointLength(keyword) > KEYWORD_MAX_CHARS) return fail(`每个关键词不超过${KEYWORD_MAX_CHARS}个字：${keyword.slice(0, 10)}…`)
    const folded = foldKeyword(keyword)
    if (seen.indexOf(folded) >= 0) continue
    seen.push(folded)
    out.push(keyword)
  }
  if (out.length === 0) return fail('请至少填写1个关键词')
  if (out.length > KEYWORDS_MAX) return fail(`关键词最多${KEYWORDS_MAX}个`)
  return ok(out)
}

/** 预算 (optional): absent, or integer fen within 1 亿元. */
export function checkBudgetFen(raw: unknown): RuleResult<number | undefined> {
  if (raw === undefined || raw === null) return ok(undefined)
  const r = checkFen(raw, { label: '预算', maxFen: NEED_BUDGET_MAX_FEN })
  return r.ok ? ok(r.value) : r
}

export interface NeedInput {
  title: string
  description: string
  industry: IndustryCode
  /** 战略性新兴产业 (optional): matches declarations of that category too. */
  strategicIndustry?: string
  budgetFen?: number
  keywords: string[]
}

/** 战略性新兴产业 (optional): absent, or a first- or second-level code of the 2018 classification. */
export function checkStrategicIndustry(raw: unknown): RuleResult<string | undefined> {
  if (raw === undefined || raw === null || raw === '') return ok(undefined)
  return typeof raw === 'string' && isStrategicIndustry(raw) ? ok(raw) : fail('请从列表中选择战略性新兴产业')
}

export function checkNeed(input: unknown): FieldsResult<NeedInput> {
  const result = collectFields<NeedInput>(input, {
    title: (raw) => checkTitle(raw, { label: '需求标题' }),
    description: (raw) => checkDescription(raw, { label: '需求描述' }),
    industry: checkIndustry,
    strategicIndustry: checkStrategicIndustry,
    budgetFen: checkBudgetFen,
    keywords: checkKeywords,
  })
  if (result.ok && result.value.budgetFen === undefined) delete result.value.budgetFen
  if (result.ok && result.value.strategicIndustry === undefined) delete result.value.strategicIndustry
  return result
}
