// The HTTP contract of /work/shared/API.md as TypeScript types, shared by the app and mock/.
// Type-only apart from the enum arrays below, so importing it costs the mini-program nothing.

/** ISO 8601 timestamp with offset, e.g. `2026-03-01T09:00:00+08:00`. */
export type IsoDateTime = string
/** Calendar date `YYYY-MM-DD` (statutory patent dates are days, not instants). */
export type IsoDate = string
/** Integer amount in fen (分). */
export type Fen = number

// ---------------------------------------------------------------------------------------------
// Errors

export type ApiErrorCode =
  | 'VALIDATION_FAILED'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'EVENT_FULL'
  | 'WINDOW_CLOSED'
  | 'PAYLOAD_TOO_LARGE'
  | 'INTERNAL'

export interface ApiErrorBody {
  error: {
    code: ApiErrorCode
    /** Chinese, safe to show as is. */
    message: string
    /** Per-field Chinese messages for VALIDATION_FAILED (body fields or query parameter names). */
    fields?: Record<string, string>
  }
}

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
  /** Region code from the rules catalog (`REGIONS`). */
  region: string
  /** Industry code from the rules catalog (`INDUSTRIES`). */
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
  industry: string
  region: string
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
}

export type FacetCounts<K extends string = string> = Record<K, number>

/** Counts over the filtered set; every known option is present, 0 when absent. */
export interface PatentFacets {
  type: FacetCounts<PatentType>
  industry: FacetCounts
  region: FacetCounts
  feeMode: FacetCounts<FeeMode>
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
