// 统一社会信用代码 per GB 32100-2015 (法人和其他组织统一社会信用代码编码规则).

import { fail, ok, type RuleResult } from './result'
import { readText, toHalfWidth } from './text'

// GB 32100-2015 §4.1: the code alphabet leaves out I O Z S V so they can't be misread as 1 0 2 5 U;
// a character's numeric value is its index here.
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
// GB 32100-2015 §4.3: weight of position i is 3^(i-1) mod 31.
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

export function usccCheckChar(first17: string): string {
  const code = first17.toUpperCase()
  if (code.length !== 17) throw new RangeError('usccCheckChar expects the first 17 characters')
  let sum = 0
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(code.charAt(i))
    if (value < 0) throw new RangeError(`invalid USCC character: ${code.charAt(i)}`)
    sum += value * WEIGHTS[i]
  }
  // C18 = 31 − MOD(Σ, 31); a result of 31 wraps to 0 (GB 32100-2015 §4.3).
  return ALPHABET.charAt((31 - (sum % 31)) % 31)
}

export function checkUscc(raw: unknown): RuleResult<string> {
  const text = readText(raw)
  if (text === null) return fail('统一社会信用代码格式不正确')
  const code = toHalfWidth(text).trim().toUpperCase()
  if (code === '') return fail('请输入统一社会信用代码')
  if (code.length !== 18) return fail('统一社会信用代码应为18位')
  for (let i = 0; i < 18; i++) {
    if (ALPHABET.indexOf(code.charAt(i)) < 0) return fail('统一社会信用代码含有无效字符')
  }
  if (usccCheckChar(code.slice(0, 17)) !== code.charAt(17)) return fail('统一社会信用代码校验位错误')
  return ok(code)
}
