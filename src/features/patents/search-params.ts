// The 专利 tab's search as plain data: read from route params (reload, back, shared link), written
// back to them, and turned into the API query. Unknown values in a link are dropped rather than
// sent, so a stale or hand-edited link still opens a working list.
import { FEE_MODES, PATENT_SORTS, PATENT_TYPES, type FeeMode, type PatentListQuery, type PatentSort, type PatentType } from '@contract/common'
import { looksLikeRegionCode } from '@/rules'

export interface PatentSearch {
  q: string
  type?: PatentType
  industry?: string
  region?: string
  feeMode?: FeeMode
  /** Cap on the up-front fee, in fen (API `maxFee`). */
  maxFee?: number
  /** 战略性新兴产业 (`6` or `6.3`). */
  strategicIndustry?: string
  /** IPC section or class (`H`, `H01`). */
  ipc?: string
  /** 技术成熟度 at least. */
  maturityMin?: number
  sort: PatentSort
}

export type FilterName = 'type' | 'industry' | 'region' | 'feeMode' | 'maxFee' | 'strategicIndustry' | 'ipc' | 'maturityMin'

export const FILTER_NAMES: readonly FilterName[] = ['type', 'industry', 'region', 'feeMode', 'maxFee', 'strategicIndustry', 'ipc', 'maturityMin']

/** 技术成熟度 choices: at least this level. */
export const MATURITY_OPTIONS: readonly number[] = [3, 5, 7, 9]

export const EMPTY_SEARCH: PatentSearch = { q: '', sort: 'relevance' }

const WAN = 1_000_000 // 1 万元 in fen
/** 许可费用上限 choices, in fen; 0 = no up-front fee at all (royalty only). */
export const MAX_FEE_OPTIONS: readonly number[] = [0, 1 * WAN, 5 * WAN, 10 * WAN, 30 * WAN, 50 * WAN, 100 * WAN]
// Matches the API's own bound (mock/handlers/patents.ts): 1 亿元.
const MAX_FEE_LIMIT = 10_000_000_000
const MAX_Q_LENGTH = 100

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined {
  return value !== undefined && (allowed as readonly string[]).indexOf(value) >= 0 ? (value as T) : undefined
}

export function parseSearch(params: Record<string, string | undefined>): PatentSearch {
  const search: PatentSearch = { q: (params.q ?? '').trim().slice(0, MAX_Q_LENGTH), sort: oneOf(params.sort, PATENT_SORTS) ?? 'relevance' }
  const type = oneOf(params.type, PATENT_TYPES)
  if (type) search.type = type
  // Shapes only: the catalogues stay out of this first-load module (the API answers 400 to an unknown code).
  if (params.industry && /^[A-T](\d{2})?$/.test(params.industry)) search.industry = params.industry
  if (params.region && looksLikeRegionCode(params.region)) search.region = params.region
  if (params.strategicIndustry && /^[1-9](\.[1-7])?$/.test(params.strategicIndustry)) search.strategicIndustry = params.strategicIndustry
  if (params.ipc && /^[A-H](\d{2}[A-Z]?)?$/.test(params.ipc)) search.ipc = params.ipc
  if (params.maturityMin && /^[1-9]$/.test(params.maturityMin)) search.maturityMin = Number(params.maturityMin)
  const feeMode = oneOf(params.feeMode, FEE_MODES)
  if (feeMode) search.feeMode = feeMode
  if (params.maxFee !== undefined && /^\d{1,11}$/.test(params.maxFee)) {
    const maxFee = Number(params.maxFee)
    if (maxFee <= MAX_FEE_LIMIT) search.maxFee = maxFee
  }
  return search
}

/** Route params in a stable order; defaults are left out so a plain list has a plain URL. */
export function toRouteParams(search: PatentSearch): Record<string, string | undefined> {
  return {
    q: search.q || undefined,
    type: search.type,
    industry: search.industry,
    region: search.region,
    feeMode: search.feeMode,
    maxFee: search.maxFee === undefined ? undefined : String(search.maxFee),
    strategicIndustry: search.strategicIndustry,
    ipc: search.ipc,
    maturityMin: search.maturityMin === undefined ? undefined : String(search.maturityMin),
    sort: search.sort === 'relevance' ? undefined : search.sort,
  }
}

export function toListQuery(search: PatentSearch): PatentListQuery {
  const query: PatentListQuery = { sort: search.sort }
  if (search.q) query.q = search.q
  for (const name of FILTER_NAMES) {
    const value = search[name]
    if (value !== undefined) (query as Record<string, unknown>)[name] = value
  }
  return query
}

export function activeFilterCount(search: PatentSearch): number {
  return FILTER_NAMES.filter((name) => search[name] !== undefined).length
}

export function withFilter(search: PatentSearch, name: FilterName, value: string | number | undefined): PatentSearch {
  const next: PatentSearch = { ...search }
  if (value === undefined) delete next[name]
  else (next as unknown as Record<string, unknown>)[name] = value
  return next
}

/** The query without one filter: what the options of that filter are counted against. */
export function withoutFilter(query: PatentListQuery, name: FilterName): PatentListQuery {
  const { [name]: _dropped, ...rest } = query
  return rest
}

/** Clears the search words and every filter; the chosen sort stays. */
export function clearedSearch(search: PatentSearch): PatentSearch {
  return { ...EMPTY_SEARCH, sort: search.sort }
}
