// Industry and region catalogues shared by seed data, API query validation and form pickers.

import { fail, ok, type RuleResult } from './result'

export const INDUSTRIES = [
  { code: 'new_energy', label: '新能源' },
  { code: 'new_materials', label: '新材料' },
  { code: 'biomedicine', label: '生物医药' },
  { code: 'advanced_manufacturing', label: '高端装备制造' },
  { code: 'electronics', label: '电子信息' },
  { code: 'energy_saving', label: '节能环保' },
  { code: 'agriculture', label: '现代农业' },
  { code: 'ai_software', label: '人工智能与软件' },
  { code: 'chemicals', label: '绿色化工' },
  { code: 'food', label: '食品加工' },
] as const satisfies readonly { code: string; label: string }[]

export const REGIONS = [
  { code: 'jiangmen', label: '江门' },
  { code: 'luzhou', label: '泸州' },
  { code: 'chongqing', label: '重庆' },
  { code: 'guangzhou', label: '广州' },
  { code: 'shenzhen', label: '深圳' },
  { code: 'chengdu', label: '成都' },
  { code: 'wuhan', label: '武汉' },
  { code: 'hangzhou', label: '杭州' },
  { code: 'suzhou', label: '苏州' },
  { code: 'xian', label: '西安' },
  { code: 'hefei', label: '合肥' },
  { code: 'changsha', label: '长沙' },
] as const satisfies readonly { code: string; label: string }[]

export type IndustryCode = (typeof INDUSTRIES)[number]['code']
export type RegionCode = (typeof REGIONS)[number]['code']

function find(list: readonly { code: string; label: string }[], code: string): { code: string; label: string } | undefined {
  for (const item of list) if (item.code === code) return item
  return undefined
}

// Unknown codes echo back rather than blank out, so data from a newer backend still shows something.
export function industryLabel(code: string): string {
  return find(INDUSTRIES, code)?.label ?? code
}

export function regionLabel(code: string): string {
  return find(REGIONS, code)?.label ?? code
}

export function isIndustry(code: string): code is IndustryCode {
  return find(INDUSTRIES, code) !== undefined
}

export function isRegion(code: string): code is RegionCode {
  return find(REGIONS, code) !== undefined
}

export function checkIndustry(raw: unknown): RuleResult<IndustryCode> {
  return typeof raw === 'string' && isIndustry(raw) ? ok(raw) : fail('请选择行业')
}

export function checkRegion(raw: unknown): RuleResult<RegionCode> {
  return typeof raw === 'string' && isRegion(raw) ? ok(raw) : fail('请选择地区')
}
