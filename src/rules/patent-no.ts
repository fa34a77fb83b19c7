// 专利申请号/专利号 (CNIPA 专利申请号标准 ZC 0006-2003): YYYY T NNNNNNN . C, and the pre-2003 8-digit form.

import { fail, ok, type RuleResult } from './result'
import { readText, toHalfWidth } from './text'

// ZC 0006-2003: weights 2…9 then 2…5 over the 12 digits; the 8-digit form used the first eight.
const WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
// 1 发明, 2 实用新型, 3 外观设计, 8 PCT 发明进入国家阶段, 9 PCT 实用新型进入国家阶段.
const TYPE_DIGITS = '12389'

export function patentNoCheckDigit(digits: string): string {
  if (!/^(\d{8}|\d{12})$/.test(digits)) throw new RangeError('patentNoCheckDigit expects 8 or 12 digits')
  let sum = 0
  for (let i = 0; i < digits.length; i++) sum += Number(digits.charAt(i)) * WEIGHTS[i]
  const rest = sum % 11
  return rest === 10 ? 'X' : String(rest)
}

interface ParsedPatentNo {
  digits: string
  check: string | null
  prefixed: boolean
}

// ZL (专利) and CN (country code) prefixes, spaces and a missing dot are all common in the wild;
// the length of the digit run tells the 12-digit form from the 8-digit one.
function parsePatentNo(raw: string): ParsedPatentNo | null {
  let text = toHalfWidth(raw).replace(/\s/g, '').toUpperCase()
  const prefixed = /^(ZL|CN)/.test(text)
  if (prefixed) text = text.slice(2)
  const match = /^(\d{12}|\d{8})(?:\.([\dX])?|([\dX]))?$/.exec(text)
  if (!match) return null
  const digits = match[1]
  return { digits, check: match[2] ?? match[3] ?? null, prefixed }
}

// The 12-digit form began on 2003-10-01; the 8-digit form ran from 1985 (专利法 in force 1985-04-01)
// until then. Its type digit is the 5th (12-digit) or the 3rd (8-digit) character.
function hasValidStructure(digits: string): boolean {
  if (digits.length === 12) return Number(digits.slice(0, 4)) >= 2003 && TYPE_DIGITS.indexOf(digits.charAt(4)) >= 0
  const year = Number(digits.slice(0, 2))
  return (year >= 85 || year <= 3) && TYPE_DIGITS.indexOf(digits.charAt(2)) >= 0
}

export function checkPatentNo(raw: unknown): RuleResult<string> {
  const text = readText(raw)
  if (text === null) return fail('专利号格式不正确')
  if (text.trim() === '') return fail('请输入专利号')
  const parsed = parsePatentNo(text)
  if (!parsed || parsed.check === null || !hasValidStructure(parsed.digits)) return fail('专利号格式不正确')
  if (patentNoCheckDigit(parsed.digits) !== parsed.check) return fail('专利号校验位错误')
  return ok(`${parsed.digits}.${parsed.check}`)
}

// Search boxes: people often drop the check digit, so it is filled in; a typed check digit must be right.
// A bare 8-digit run is more likely a date or a phone fragment, so the old form needs a ZL/CN prefix
// or its check digit to count.
export function looksLikePatentNo(raw: string): string | null {
  const parsed = parsePatentNo(raw)
  if (!parsed || !hasValidStructure(parsed.digits)) return null
  const expected = patentNoCheckDigit(parsed.digits)
  if (parsed.check !== null) return parsed.check === expected ? `${parsed.digits}.${expected}` : null
  if (parsed.digits.length === 8 && !parsed.prefixed) return null
  return `${parsed.digits}.${expected}`
}
