// The HTTP contract of /work/shared/API.md as TypeScript types, shared by the app and mock/.
// Type-only apart from the enum arrays below, so importing it costs the mini-program nothing.

/** ISO 8601 timestamp with offset, e.g. `2026-03-01T09:00:00+08:00`. */
export type IsoDateTime = string
/** Calendar date `YYYY-MM-DD` (statutory patent dates are days, not instants). */
export type IsoDate = string
/** Integer amount in fen (分). */
export type Fen = number

export type { ApiErrorBody, ApiErrorCode } from './errors'

// ---------------------------------------------------------------------------------------------
// Lists

export interface ListResponse<T> {
  items: T[]
  total: number
  page: number
  pageSize: number
}

export const MAX_PAGE_SIZE = 50
export const DEFAULT_PAGE_SIZE = 20

// ---------------------------------------------------------------------------------------------
// Users and auth

export const ROLES = ['sme', 'officer'] as const
export type Role = (typeof ROLES)[number]

export interface User {
  id: string
  role: Role
  name: string
  createdAt: IsoDateTime
}

export interface LoginRequest {
  role: Role
  /** What `Taro.login` returned (mini-program); omitted on H5 → the seeded demo user of the role. */
  code?: string
  /** Officers only: the backend's officer passcode (wrong or missing → 401). */
  passcode?: string
}

export interface LoginResponse {
  token: string
  user: User
}

/** The verified enterprise profile every form reuses (`PUT /api/me/enterprise` body). */
export interface EnterpriseProfile {
  name: string
  /** 统一社会信用代码, stored upper case. */
  uscc: string
  contactName: string
  phone: string
  /** GB/T 2260 city code (`440700`; a municipality's own code such as `500000`). */
  region: string
  /** GB/T 4754-2017 大类 (`C38`). */
  industry: string
}

/** A saved profile as returned by the API. */
export interface Enterprise extends EnterpriseProfile {
  updatedAt: IsoDateTime
}

export interface MeResponse {
  user: User
  enterprise: Enterprise | null
}

export interface EnterpriseResponse {
  enterprise: Enterprise
}

// ---------------------------------------------------------------------------------------------
// Patents (开放许可供给清单)

export const PATENT_TYPES = ['invention', 'utility', 'design'] as const
export type PatentType = (typeof PATENT_TYPES)[number]

/** 专利法第五十条 / 实施细则第八十五条: 一次性支付, 提成, 入门费 + 提成. */
export const FEE_MODES = ['lump_sum', 'royalty', 'entry_plus_royalty'] as const
export type FeeMode = (typeof FEE_MODES)[number]

/** What a royalty rate is taken of: net sales (cap 20 %) or profit (cap 40 %). */
export const ROYALTY_BASES = ['sales', 'profit'] as const
export type RoyaltyBasis = (typeof ROYALTY_BASES)[number]

export const PATENT_SORTS = ['relevance', 'newest', 'fee_asc', 'fee_desc', 'popular'] as const
export type PatentSort = (typeof PATENT_SORTS)[number]

export interface PatentListQuery {
  q?: string
  type?: PatentType
  industry?: string
  region?: string
  feeMode?: FeeMode
  /** 战略性新兴产业: first (`6`) or second level (`6.3`). */
  strategicIndustry?: string
  /** IPC section, class or subclass prefix (`H`, `H01`, `H01M`). */
  ipc?: string
  /** 技术成熟度 at least (1–9). */
  maturityMin?: number
  /**
   * Upper bound in fen on the headline (up-front) fee: lumpSumFen for lump_sum, entryFeeFen for
   * entry_plus_royalty, 0 for royalty. fee_asc / fee_desc sort by the same figure.
   */
  maxFee?: Fen
  sort?: PatentSort
  page?: number
  pageSize?: number
}

interface PatentFees {
  feeMode: FeeMode
  /** lump_sum only. */
  lumpSumFen?: Fen
  /** entry_plus_royalty only. */
  entryFeeFen?: Fen
  /** royalty / entry_plus_royalty only; a fraction (0.05 = 5 %). */
  royaltyRate?: number
  /** Present whenever royaltyRate is. */
  royaltyBasis?: RoyaltyBasis
}

export interface PatentSummary extends PatentFees {
  id: string
  /** Normalised `YYYYTNNNNNNN.C`. */
  patentNo: string
  title: string
  type: PatentType
  patentee: string
  /** GB/T 4754-2017 大类. */
  industry: string
  /** GB/T 2260 city code. */
  region: string
  strategicIndustry: string
  maturity: number
  licenceTermMonths: number
  declaredAt: IsoDateTime
  views: number
  applications: number
  /** The start of the abstract, for list rows. */
  abstractSnippet: string
}

/** The statutory open-licence declaration (开放许可声明). */
export interface PatentDetail extends PatentFees {
  id: string
  patentNo: string
  title: string
  type: PatentType
  abstract: string
  /** IPC main class for inventions/utility models; Locarno class (`LOC(15) 12-08`) for designs. */
  ipc: string
  patentee: string
  inventors: string[]
  applicationDate: IsoDate
  grantDate: IsoDate
  expiryDate: IsoDate
  legalStatus: 'valid'
  industry: string
  region: string
  licenceTermMonths: number
  declaredAt: IsoDateTime
  updatedAt: IsoDateTime
  source: string
  /** 专利权评价报告: present (true) on utility-model and design patents. */
  evaluationReport?: boolean
  views: number
  applications: number
  /** 战略性新兴产业分类 (2018) second level. */
  strategicIndustry: string
  /** 技术成熟度 1–9. */
  maturity: number
  /** 专利价值分级自评. */
  valueGrade: ValueGrade
  /** 对应产品. */
  products: string[]
  /** 技术优势. */
  advantages: string
  /** 性能指标. */
  metrics: string
  /** 意向合作城市, GB/T 2260 codes. */
  cooperationCities: string[]
  contact: { name: string; phone: string; email?: string }
}

export const VALUE_GRADES = ['high', 'medium', 'general'] as const
export type ValueGrade = (typeof VALUE_GRADES)[number]

export type FacetCounts<K extends string = string> = Record<K, number>

/** Counts over the filtered set; every known option is present, 0 when absent. */
export interface PatentFacets {
  type: FacetCounts<PatentType>
  industry: FacetCounts
  region: FacetCounts
  feeMode: FacetCounts<FeeMode>
  strategicIndustry: FacetCounts
  /** By IPC class (`H01`); designs carry a Locarno class and are not counted. */
  ipc: FacetCounts
  /** By 技术成熟度 `1`…`9`. */
  maturity: FacetCounts
}

export type Facets = PatentFacets

export interface PatentListResponse extends ListResponse<PatentSummary> {
  facets: PatentFacets
}

// ---------------------------------------------------------------------------------------------
// Health

export interface HealthResponse {
  ok: true
  version: string
}
