// Money is integer fen (分) end to end (API.md), so sums never meet binary-fraction rounding.

import { fail, ok, type RuleResult } from './result'
import { toHalfWidth } from './text'

// Number.isSafeInteger is ES2015; spelled out so no polyfill is needed on old mini-program engines.
const MAX_SAFE = 9007199254740991

function isSafeInteger(n: number): boolean {
  return Math.floor(n) === n && n >= -MAX_SAFE && n <= MAX_SAFE
}

const FEN_PER_YUAN = 100
const FEN_PER_WAN = 1_000_000

function formatFen(fen: number): string {
  if (fen % FEN_PER_WAN === 0) return `${fen / FEN_PER_WAN}万元`
  if (fen % FEN_PER_YUAN === 0) return `${fen / FEN_PER_YUAN}元`
  return `${(fen / FEN_PER_YUAN).toFixed(2)}元`
}

// JSON clients send numbers; a numeric string is refused on purpose so that '1e9' or '12.5' typed into
// a form never reaches the API unparsed (forms go through parseYuanToFen/parseWanYuanToFen first).
export function checkFen(
  raw: unknown,
  opts: { label?: string; minFen?: number; maxFen?: number } = {},
): RuleResult<number> {
  const label = opts.label ?? '金额'
  if (raw === undefined || raw === null || raw === '') return fail(`请输入${label}`)
  if (typeof raw !== 'number' || raw !== raw || raw === Infinity || raw === -Infinity) return fail(`${label}格式不正确`)
  if (raw <= 0) return fail(`${label}必须大于0`)
  if (raw > MAX_SAFE) return fail(`${label}超出范围`)
  if (!isSafeInteger(raw)) return fail(`${label}须为整数（单位：分）`)
  if (opts.minFen !== undefined && raw < opts.minFen) return fail(`${label}不能低于${formatFen(opts.minFen)}`)
  if (opts.maxFen !== undefined && raw > opts.maxFen) return fail(`${label}不能超过${formatFen(opts.maxFen)}`)
  return ok(raw)
}

// 入园惠企 patent-pledge financing range (RULES.md): 10 万元 – 5,000 万元.
export const FINANCING_MIN_FEN = 10 * FEN_PER_WAN
export const FINANCING_MAX_FEN = 5000 * FEN_PER_WAN

export function checkFinancingAmountFen(raw: unknown): RuleResult<number> {
  return checkFen(raw, { label: '融资金额', minFen: FINANCING_MIN_FEN, maxFen: FINANCING_MAX_FEN })
}

export const LOAN_TERMS = [6, 12, 24, 36] as const

export type LoanTerm = (typeof LOAN_TERMS)[number]

export function checkTermMonths(raw: unknown): RuleResult<number> {
  if (raw === undefined || raw === null || raw === '') return fail('请选择融资期限')
  for (const term of LOAN_TERMS) if (raw === term) return ok(term)
  return fail(`融资期限应为${LOAN_TERMS.slice(0, -1).join('、')}或${LOAN_TERMS[LOAN_TERMS.length - 1]}个月`)
}

// 开放许可 royalty caps from RULES.md (专利法第五十条; 实施细则第八十五条起 on the declared 许可使用费):
// a rate on net sales above 20 %, or on profit above 40 %, is flagged. Rates are fractions (0.05 = 5 %).
export const ROYALTY_SALES_CAP = 0.2
export const ROYALTY_PROFIT_CAP = 0.4

export type RoyaltyBasis = 'sales' | 'profit'

export function checkRoyaltyRate(raw: unknown, basis: RoyaltyBasis): RuleResult<number> {
  if (raw === undefined || raw === null || raw === '') return fail('请输入提成比例')
  if (typeof raw !== 'number' || raw !== raw || raw === Infinity || raw === -Infinity) return fail('提成比例格式不正确')
  if (raw <= 0) return fail('提成比例必须大于0')
  if (basis === 'sales' && raw > ROYALTY_SALES_CAP) return fail('按净销售额提成不能超过20%')
  if (basis === 'profit' && raw > ROYALTY_PROFIT_CAP) return fail('按利润提成不能超过40%')
  return ok(raw)
}

// Decimal strings are split and scaled as text: '0.29' * 100 in floating point is 28.999999999999996.
function parseDecimalToFen(text: string, scaleDigits: number, tooPreciseMessage: string): RuleResult<number> {
  const input = toHalfWidth(text).replace(/[\s,]/g, '')
  if (input === '') return fail('请输入金额')
  if (/^-[\d.]+$/.test(input)) return fail('金额必须大于0')
  const match = /^(\d*)(?:\.(\d*))?$/.exec(input)
  if (!match || (match[1] === '' && !match[2])) return fail('请输入有效的金额')
  const whole = match[1].replace(/^0+/, '')
  let fraction = match[2] ?? ''
  if (fraction.length > scaleDigits) return fail(tooPreciseMessage)
  if (whole.length > 15) return fail('金额过大')
  while (fraction.length < scaleDigits) fraction += '0'
  const fen = Number(whole || '0') * Math.pow(10, scaleDigits) + Number(fraction || '0')
  if (!isSafeInteger(fen)) return fail('金额过大')
  if (fen === 0) return fail('金额必须大于0')
  return ok(fen)
}

export function parseYuanToFen(text: string): RuleResult<number> {
  return parseDecimalToFen(text, 2, '金额最多保留两位小数')
}

// 1 万元 = 1,000,000 分, so six decimals of 万元 are exactly one fen.
export function parseWanYuanToFen(text: string): RuleResult<number> {
  return parseDecimalToFen(text, 6, '金额最多精确到分')
}
