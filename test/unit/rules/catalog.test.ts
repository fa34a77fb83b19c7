import { INDUSTRIES, REGIONS, industryLabel, isIndustry, isRegion, regionLabel } from '@/rules'
import { checkIndustry, checkRegion } from '@/rules'

test('should list about ten industries with unique snake_case codes', () => {
  const codes = INDUSTRIES.map((i) => i.code)
  expect(codes.length).toBeGreaterThanOrEqual(8)
  expect(new Set(codes).size).toBe(codes.length)
  for (const code of codes) expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/)
})

test('should list the twelve regions', () => {
  expect(REGIONS.map((r) => r.code)).toEqual([
    'jiangmen', 'luzhou', 'chongqing', 'guangzhou', 'shenzhen', 'chengdu',
    'wuhan', 'hangzhou', 'suzhou', 'xian', 'hefei', 'changsha',
  ])
})

test.each([
  [industryLabel('new_energy'), '新能源'],
  [industryLabel('ai_software'), '人工智能与软件'],
  [industryLabel('unknown_code'), 'unknown_code'],
  [regionLabel('jiangmen'), '江门'],
  [regionLabel('xian'), '西安'],
  [regionLabel('mars'), 'mars'],
])('should label a code (case %#)', (label, expected) => {
  expect(label).toBe(expected)
})

test.each([
  [isIndustry('biomedicine'), true],
  [isIndustry('jiangmen'), false],
  [isIndustry('toString'), false],
  [isIndustry(''), false],
  [isRegion('luzhou'), true],
  [isRegion('new_energy'), false],
  [isRegion('constructor'), false],
])('should recognise catalogue codes (case %#)', (actual, expected) => {
  expect(actual).toBe(expected)
})

test.each([
  [checkIndustry('food'), { ok: true, value: 'food' }],
  [checkIndustry('foo'), { ok: false, message: '请选择行业' }],
  [checkIndustry(undefined), { ok: false, message: '请选择行业' }],
  [checkRegion('hefei'), { ok: true, value: 'hefei' }],
  [checkRegion(''), { ok: false, message: '请选择地区' }],
  [checkRegion(3), { ok: false, message: '请选择地区' }],
])('should check a picker value (case %#)', (result, expected) => {
  expect(result).toEqual(expected)
})
