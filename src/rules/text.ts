// Text helpers free of `u`-flag regexes and ES2017+ built-ins: the mini-program build targets old
// iOS/Android JS engines and Babel would otherwise inline huge Unicode tables into the main package.

import { fail, ok, type RuleResult } from './result'

// Counts code points, so an emoji typed into a title counts as one character as users expect,
// not as the two UTF-16 units `.length` reports.
export function codePointLength(text: string): number {
  let count = 0
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) i++
    }
    count++
  }
  return count
}

// Request bodies are capped in bytes (RULES.md: ≤ 64 KB → 413); counted by hand because the
// mini-program runtime has neither TextEncoder nor Buffer.
export const MAX_BODY_BYTES = 64 * 1024

export function utf8ByteLength(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (unit < 0x80) bytes += 1
    else if (unit < 0x800) bytes += 2
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff) {
      bytes += 4
      i++
    } else bytes += 3
  }
  return bytes
}

// Chinese IMEs in full-width mode type ０-９/Ａ-Ｚ and turn the period key into 。, so codes and
// amounts typed on a phone would otherwise fail for no visible reason.
export function toHalfWidth(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/\u3002/g, '.')
}

// C0/C1 controls, plus invisible format characters (zero-width, bidi overrides, BOM, line/paragraph
// separators) that can make a name or title display differently from what was stored.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/
// Multi-line text keeps tab and newlines; everything else above is still refused.
const CONTROL_EXCEPT_NEWLINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/

export function hasControlChars(text: string, allowNewlines = false): boolean {
  return (allowNewlines ? CONTROL_EXCEPT_NEWLINES : CONTROL).test(text)
}

// undefined/null read as empty (a field left blank); any other non-string is a malformed request.
export function readText(raw: unknown): string | null {
  if (raw === undefined || raw === null) return ''
  return typeof raw === 'string' ? raw : null
}

interface TextRule {
  label: string
  min: number
  max: number
  optional?: boolean
  multiline?: boolean
  // Name fields use a shorter noun (姓名) in follow-up messages than in the prompt (联系人姓名).
  noun?: string
}

function checkText(raw: unknown, rule: TextRule): RuleResult<string> {
  const noun = rule.noun ?? rule.label
  const text = readText(raw)
  if (text === null) return fail(`${noun}格式不正确`)
  const value = text.trim()
  if (value === '') return rule.optional ? ok('') : fail(`请输入${rule.label}`)
  if (hasControlChars(value, rule.multiline)) return fail(`${noun}含有无效字符`)
  const length = codePointLength(value)
  if (length < rule.min || length > rule.max) {
    return fail(rule.min > 1 ? `${noun}应为${rule.min}–${rule.max}个字` : `${noun}不能超过${rule.max}个字`)
  }
  return ok(value)
}

export const TITLE_MAX = 50
export const DESCRIPTION_MAX = 2000

export function checkPersonName(raw: unknown, label = '联系人姓名'): RuleResult<string> {
  return checkText(raw, { label, noun: '姓名', min: 2, max: 20 })
}

export function checkEnterpriseName(raw: unknown): RuleResult<string> {
  return checkText(raw, { label: '企业名称', min: 2, max: 50 })
}

// Titles are single-line (list rows, notification headers), so newlines count as invalid.
// HTML-looking text is kept as typed: RULES.md requires rendering it as text, not stripping it.
export function checkTitle(raw: unknown, opts: { label?: string; optional?: boolean } = {}): RuleResult<string> {
  return checkText(raw, { label: opts.label ?? '标题', min: 1, max: TITLE_MAX, optional: opts.optional })
}

export function checkDescription(
  raw: unknown,
  opts: { label?: string; optional?: boolean; max?: number } = {},
): RuleResult<string> {
  return checkText(raw, {
    label: opts.label ?? '描述',
    min: 1,
    max: opts.max ?? DESCRIPTION_MAX,
    optional: opts.optional,
    multiline: true,
  })
}

// Event ids and ticket codes travel as a mini-program QR `scene`, which WeChat caps at 32 visible
// characters; URL-safe so `?scene=` and `?id=` decode to the same string in both builds.
export function isUrlSafeId(text: unknown, maxLength = 32): text is string {
  return typeof text === 'string' && text.length > 0 && text.length <= maxLength && /^[A-Za-z0-9_-]+$/.test(text)
}
