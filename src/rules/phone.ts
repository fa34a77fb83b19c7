// 中国大陆手机号 (RULES.md): 1[3-9] followed by 9 digits.

import { fail, ok, type RuleResult } from './result'
import { readText, toHalfWidth } from './text'

export function checkPhone(raw: unknown): RuleResult<string> {
  const text = readText(raw)
  if (text === null) return fail('手机号格式不正确')
  // People paste numbers grouped as 138 0013 8000 or 138-0013-8000, sometimes with the +86 country code.
  let phone = toHalfWidth(text).replace(/[\s-]/g, '')
  if (phone === '') return fail('请输入手机号')
  if (phone.indexOf('+86') === 0) phone = phone.slice(3)
  if (!/^1[3-9]\d{9}$/.test(phone)) return fail('手机号格式不正确')
  return ok(phone)
}
