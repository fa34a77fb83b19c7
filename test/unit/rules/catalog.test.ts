import {
  checkIndustry,
  checkRegion,
  industryMatches,
  industryName,
  industryTree,
  ipcClassOf,
  ipcName,
  ipcTree,
  isIndustry,
  isIndustryFilter,
  isIpcFilter,
  isStrategicIndustry,
  regionMatches,
  strategicIndustryName,
  strategicIndustryTree,
} from '@/rules'
import { isCityCode, isRegionCode, regionName, regionTree } from '@/rules/regions'

const count = (tree: { children?: unknown[] }[]) => tree.reduce((n, t) => n + (t.children?.length ?? 0), 0)

test('should hold GB/T 4754-2017 as 20 门类 and 97 大类', () => {
  const tree = industryTree()
  expect(tree.map((t) => t.code).join('')).toBe('ABCDEFGHIJKLMNOPQRST')
  expect(count(tree)).toBe(97)
  expect(tree.find((t) => t.code === 'C')!.children).toHaveLength(31)
  expect(industryName('C38')).toBe('电气机械和器材制造业')
  expect(industryName('I65')).toBe('软件和信息技术服务业')
  expect(industryName('T97')).toBe('国际组织')
})

test('should hold 战略性新兴产业分类 (2018) as 9 first-level and 40 second-level categories', () => {
  const tree = strategicIndustryTree()
  expect(tree).toHaveLength(9)
  expect(count(tree)).toBe(40)
  expect(strategicIndustryName('6')).toBe('新能源产业')
  expect(strategicIndustryName('6.4')).toBe('生物质能及其他新能源产业')
  expect(strategicIndustryName('1.5')).toBe('人工智能')
})

test('should hold the IPC as 8 sections and 132 classes with Chinese titles', () => {
  const tree = ipcTree()
  expect(tree.map((t) => t.code).join('')).toBe('ABCDEFGH')
  expect(tree.map((t) => t.children!.length)).toEqual([16, 38, 21, 9, 8, 18, 15, 7])
  expect(count(tree)).toBe(132)
  expect(ipcName('H')).toBe('电学')
  expect(ipcName('H01')).toBe('基本电气元件')
  expect(ipcClassOf('H01M 4/525')).toBe('H01')
  expect(ipcClassOf('LOC(15) 13-02')).toBe('')
})

test('should hold GB/T 2260 as 34 provinces and 337 prefecture-level cities', () => {
  const tree = regionTree()
  expect(tree).toHaveLength(34)
  expect(count(tree)).toBe(337)
  expect(regionName('440700')).toBe('江门市')
  expect(regionName('510500')).toBe('泸州市')
  expect(regionName('500000')).toBe('重庆市')
  expect(tree.find((p) => p.code === '500000')!.children).toBeUndefined()
})

test.each([
  [isIndustry('C38'), true],
  [isIndustry('C'), false],
  [isIndustry('C99'), false],
  [isIndustry('new_energy'), false],
  [isIndustry('constructor'), false],
  [isIndustryFilter('C'), true],
  [isIndustryFilter('C38'), true],
  [isIndustryFilter('Z'), false],
  [isStrategicIndustry('6.3'), true],
  [isStrategicIndustry('6.9'), false],
  [isIpcFilter('H01M'), true],
  [isIpcFilter('H'), true],
  [isIpcFilter('H77'), false],
  [isCityCode('440700'), true],
  [isCityCode('440000'), false],
  [isCityCode('500000'), true],
  [isRegionCode('440000'), true],
  [isRegionCode('jiangmen'), false],
  [isRegionCode('__proto__'), false],
  [industryMatches('C', 'C38'), true],
  [industryMatches('C38', 'C39'), false],
  [regionMatches('440000', '440700'), true],
  [regionMatches('510000', '440700'), false],
  [regionMatches('500000', '500000'), true],
])('should classify catalogue codes (%#)', (actual, expected) => {
  expect(actual).toBe(expected)
})

test.each([
  [checkIndustry('C14'), { ok: true, value: 'C14' }],
  [checkIndustry('food'), { ok: false, message: '请选择行业' }],
  [checkIndustry(undefined), { ok: false, message: '请选择行业' }],
  [checkRegion('440700', isCityCode), { ok: true, value: '440700' }],
  [checkRegion('440000', isCityCode), { ok: false, message: '请从列表中选择地级市' }],
  [checkRegion('jiangmen'), { ok: false, message: '请从列表中选择地级市' }],
  [checkRegion(''), { ok: false, message: '请选择地区' }],
  [checkRegion(3), { ok: false, message: '请选择地区' }],
])('should check industry and region fields (%#)', (actual, expected) => {
  expect(actual).toEqual(expected)
})
