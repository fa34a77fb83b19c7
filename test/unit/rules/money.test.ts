import {
  FINANCING_MAX_FEN,
  FINANCING_MIN_FEN,
  LOAN_TERMS,
  ROYALTY_PROFIT_CAP,
  ROYALTY_SALES_CAP,
  checkFen,
  checkFinancingAmountFen,
  checkRoyaltyRate,
  checkTermMonths,
  parseWanYuanToFen,
  parseYuanToFen,
} from '@/rules'

test.each([1, 100, 123456, Number.MAX_SAFE_INTEGER])('should accept %p fen', (fen) => {
  expect(checkFen(fen)).toEqual({ ok: true, value: fen })
})

test.each([
  [undefined, '请输入金额'],
  [null, '请输入金额'],
  ['', '请输入金额'],
  [-1, '金额必须大于0'],
  [0, '金额必须大于0'],
  [-0.5, '金额必须大于0'],
  [1.5, '金额须为整数（单位：分）'],
  ['100', '金额格式不正确'],
  ['abc', '金额格式不正确'],
  ['1e9', '金额格式不正确'],
  [NaN, '金额格式不正确'],
  [Infinity, '金额格式不正确'],
  [true, '金额格式不正确'],
  [{}, '金额格式不正确'],
  [2 ** 53, '金额超出范围'],
  [1e21, '金额超出范围'],
])('should reject %p fen with %p', (raw, message) => {
  expect(checkFen(raw)).toEqual({ ok: false, message })
})

test.each([
  [1e9, { maxFen: 100_000_000 }, '金额不能超过100万元'],
  [50, { label: '预算', minFen: 100 }, '预算不能低于1元'],
  [150, { minFen: 199 }, '金额不能低于1.99元'],
  [-1, { label: '入门费' }, '入门费必须大于0'],
])('should reject %p fen under %p with %p', (raw, opts, message) => {
  expect(checkFen(raw, opts)).toEqual({ ok: false, message })
})

test('should put the financing range at 10 万元 – 5,000 万元 in fen', () => {
  expect(FINANCING_MIN_FEN).toBe(10_000_000)
  expect(FINANCING_MAX_FEN).toBe(5_000_000_000)
})

test.each([
  [10_000_000, true],
  [1e9, true],
  [5_000_000_000, true],
  [9_999_999, false],
  [5_000_000_001, false],
])('should judge a financing amount of %p fen: ok = %p', (fen, ok) => {
  expect(checkFinancingAmountFen(fen).ok).toBe(ok)
})

test.each([
  [9_999_999, '融资金额不能低于10万元'],
  [1e9 * 100, '融资金额不能超过5000万元'],
  [-1, '融资金额必须大于0'],
  ['1e9', '融资金额格式不正确'],
  ['abc', '融资金额格式不正确'],
  [undefined, '请输入融资金额'],
])('should reject a financing amount of %p with %p', (raw, message) => {
  expect(checkFinancingAmountFen(raw)).toEqual({ ok: false, message })
})

test('should offer exactly the four loan terms', () => {
  expect(LOAN_TERMS).toEqual([6, 12, 24, 36])
})

test.each([6, 12, 24, 36])('should accept a %p-month term', (months) => {
  expect(checkTermMonths(months)).toEqual({ ok: true, value: months })
})

test.each([
  [undefined, '请选择融资期限'],
  [null, '请选择融资期限'],
  [18, '融资期限应为6、12、24或36个月'],
  [0, '融资期限应为6、12、24或36个月'],
  [12.5, '融资期限应为6、12、24或36个月'],
  ['12', '融资期限应为6、12、24或36个月'],
])('should reject a term of %p with %p', (raw, message) => {
  expect(checkTermMonths(raw)).toEqual({ ok: false, message })
})

test('should cap royalties at 20 % of net sales and 40 % of profit', () => {
  expect(ROYALTY_SALES_CAP).toBe(0.2)
  expect(ROYALTY_PROFIT_CAP).toBe(0.4)
})

test.each([
  [0.05, 'sales', { ok: true, value: 0.05 }],
  [0.2, 'sales', { ok: true, value: 0.2 }],
  [0.21, 'sales', { ok: false, message: '按净销售额提成不能超过20%' }],
  [0.4, 'profit', { ok: true, value: 0.4 }],
  [0.41, 'profit', { ok: false, message: '按利润提成不能超过40%' }],
  [0, 'sales', { ok: false, message: '提成比例必须大于0' }],
  ['5%', 'sales', { ok: false, message: '提成比例格式不正确' }],
  [undefined, 'profit', { ok: false, message: '请输入提成比例' }],
] as const)('should check a royalty rate of %p on %p', (raw, basis, expected) => {
  expect(checkRoyaltyRate(raw, basis)).toEqual(expected)
})

test.each([
  ['12', 1200],
  ['12.5', 1250],
  ['12.50', 1250],
  ['0.29', 29],
  ['0.01', 1],
  ['1,234.56', 123456],
  ['1，234.56', 123456],
  [' 100 ', 10000],
  ['１００', 10000],
  ['12。5', 1250],
  ['.5', 50],
  ['12.', 1200],
  ['007', 700],
  ['90071992547409.91', Number.MAX_SAFE_INTEGER],
])('should parse %p 元 as %p fen', (text, fen) => {
  expect(parseYuanToFen(text)).toEqual({ ok: true, value: fen })
})

test.each([
  ['', '请输入金额'],
  ['  ', '请输入金额'],
  ['abc', '请输入有效的金额'],
  ['1e9', '请输入有效的金额'],
  ['.', '请输入有效的金额'],
  ['1.2.3', '请输入有效的金额'],
  ['+5', '请输入有效的金额'],
  ['12元', '请输入有效的金额'],
  ['-1', '金额必须大于0'],
  ['0', '金额必须大于0'],
  ['0.00', '金额必须大于0'],
  ['12.345', '金额最多保留两位小数'],
  ['99999999999999999', '金额过大'],
  ['90071992547409.92', '金额过大'],
])('should reject %p 元 with %p', (text, message) => {
  expect(parseYuanToFen(text)).toEqual({ ok: false, message })
})

test.each([
  ['12.5', 12_500_000],
  ['10', FINANCING_MIN_FEN],
  ['5000', FINANCING_MAX_FEN],
  ['5,000', FINANCING_MAX_FEN],
  ['0.07', 70_000],
  ['0.000001', 1],
])('should parse %p 万元 as %p fen', (text, fen) => {
  expect(parseWanYuanToFen(text)).toEqual({ ok: true, value: fen })
})

test.each([
  ['', '请输入金额'],
  ['1e9', '请输入有效的金额'],
  ['abc', '请输入有效的金额'],
  ['-3', '金额必须大于0'],
  ['0.0000001', '金额最多精确到分'],
])('should reject %p 万元 with %p', (text, message) => {
  expect(parseWanYuanToFen(text)).toEqual({ ok: false, message })
})

test('should refuse 1e9 万元 typed as digits once checked against the financing cap', () => {
  const parsed = parseWanYuanToFen('1000000000')
  expect(parsed.ok).toBe(true)
  expect(parsed.ok && checkFinancingAmountFen(parsed.value)).toEqual({ ok: false, message: '融资金额不能超过5000万元' })
})
