// Financing contract (API.md → Financing: 入园惠企 融资对接) as TypeScript types, shared by the app
// and mock/. Type-only apart from the value lists below.

import type { FinanceStatus } from '@/rules'
import type { Fen, IsoDate, IsoDateTime, ListResponse, PatentSummary } from './common'

/** What secures the loan. */
export const COLLATERAL_TYPES = ['patent_pledge', 'ip_portfolio_pledge', 'patent_pledge_guarantee', 'credit'] as const
/**
 * `patent_pledge` 专利权质押; `ip_portfolio_pledge` 知识产权组合质押 (专利 + 商标);
 * `patent_pledge_guarantee` 专利质押 + 政策性担保; `credit` 信用贷 (知识产权作为增信, 无需质押).
 */
export type Collateral = (typeof COLLATERAL_TYPES)[number]

export const COLLATERAL_LABELS: Record<Collateral, string> = {
  patent_pledge: '专利权质押',
  ip_portfolio_pledge: '知识产权组合质押',
  patent_pledge_guarantee: '专利质押+担保',
  credit: '信用贷款',
}

export interface Bank {
  /** Short code, e.g. `icbc`; what `?bank=` takes. */
  id: string
  name: string
  shortName: string
}

/** `GET /api/finance/banks` (public). */
export interface BankListResponse {
  items: Bank[]
}

/**
 * `GET /api/finance/products?bank=&minAmount=&maxAmount=&term=&collateral=&page=&pageSize=` (public).
 * `minAmount`/`maxAmount` are fen: a product matches when its range overlaps [minAmount, maxAmount]
 * (one bound alone: the product can lend at least / at most that). `term` is one of 6/12/24/36 and
 * must be among the product's terms. Unknown bank, bad numbers or minAmount > maxAmount → 400.
 */
export interface FinanceProductQuery {
  bank?: string
  minAmount?: Fen
  maxAmount?: Fen
  term?: number
  collateral?: Collateral
  page?: number
  pageSize?: number
}

export interface FinanceProduct {
  id: string
  /** Bank display name (中国工商银行…). */
  bank: string
  bankId: string
  name: string
  minAmountFen: Fen
  maxAmountFen: Fen
  /** Subset of 6/12/24/36, ascending. */
  termMonths: number[]
  /** Annual interest rate as a fraction (0.0345 = 3.45 %). */
  annualRateMin: number
  annualRateMax: number
  collateral: Collateral
  requiredDocuments: string[]
  description: string
  /** Short selling points for cards (e.g. 贴息 50%, 最快 7 个工作日放款). */
  highlights: string[]
}

export type FinanceProductListResponse = ListResponse<FinanceProduct>

/** `GET /api/finance/products/:id` (public) answers the `FinanceProduct` itself, like the other detail routes; 404 when unknown. */
export type FinanceProductResponse = FinanceProduct

// ---------------------------------------------------------------------------------------------
// Applications

/**
 * `POST /api/finance/applications` body (role sme, send an `Idempotency-Key`). Field errors are keyed
 * `enterprise.name`, `enterprise.uscc`, `enterprise.contactName`, `enterprise.phone`, `amountFen`,
 * `termMonths`, `purpose`, `productId`, `patentIds`. `patentIds` needs 1–10 existing patents unless
 * the product is a `credit` product (then 0–10). With `productId`, amount and term must fit the product.
 */
export interface FinanceApplicationRequest {
  enterprise: { name: string; uscc: string; contactName: string; phone: string }
  amountFen: Fen
  termMonths: number
  /** 1–200 chars. */
  purpose: string
  productId?: string
  patentIds: string[]
}

export interface FinanceApplication {
  id: string
  status: FinanceStatus
  statusLabel: string
  /** What 我的申请 shows: the product's name, or 知识产权质押融资申请. */
  title: string
  enterprise: { name: string; uscc: string; contactName: string; phone: string }
  amountFen: Fen
  termMonths: number
  purpose: string
  productId?: string
  /** Summary of the chosen product, when `productId` is set. */
  product?: { id: string; bank: string; name: string }
  patentIds: string[]
  /** The pledged patents (GET by id). */
  patents?: { id: string; patentNo: string; title: string; patentee: string }[]
  /** Their 质押前自查 as it stands now; the application's own pledge is not held against it. */
  pledgeCheck?: PledgeCheckItem[]
  createdAt: IsoDateTime
  updatedAt: IsoDateTime
  timeline: { status: string; at: IsoDateTime; note: string }[]
}

/** `POST /api/finance/applications` → 201; `GET /api/finance/applications/:id` (owner, else 404). */
export interface FinanceApplicationResponse {
  application: FinanceApplication
}

// ---------------------------------------------------------------------------------------------
// Pledge readiness (质押前自查)

export const PLEDGE_PROBLEM_CODES = [
  'not_valid',
  'annuity_unpaid',
  'already_pledged',
  'term_past_expiry',
  'co_owner_consent',
  'disputed',
  'not_patentee',
  'invalidation_pending',
  'same_day_pair',
] as const
/**
 * RULES.md → Pledge readiness: `not_valid` 专利权未生效/已终止/已届满; `annuity_unpaid` 年费未缴;
 * `already_pledged` 已质押; `term_past_expiry` 贷款期限超过专利权届满日; `co_owner_consent` 共有专利未经全体共有人同意;
 * `disputed` 权属纠纷/被采取保全措施; `not_patentee` 申请人不是专利权人; `invalidation_pending` 无效宣告请求审查中;
 * `same_day_pair` 同日申请的发明与实用新型尚未放弃其一. Every problem blocks the pledge (409 `PLEDGE_BLOCKED`).
 */
export type PledgeProblemCode = (typeof PLEDGE_PROBLEM_CODES)[number]

export interface PledgeProblem {
  code: PledgeProblemCode
  /** What is wrong, in Chinese. */
  message: string
  /** What to do about it, in Chinese (e.g. 请先补缴年费及滞纳金后再办理质押登记). */
  action: string
  /** The ground of refusal in 专利权质押登记办法 it falls under. */
  ground: string
}

export interface PledgeCheckItem {
  patentId: string
  patentNo: string
  title: string
  patentee: string
  expiryDate: IsoDate
  ok: boolean
  problems: PledgeProblem[]
}

/**
 * `GET /api/finance/pledge-check?patentIds=a,b&termMonths=12&applicant=` (signed in). 1–10 ids, comma
 * separated (repeating `patentIds=` also works); unknown ids → 400 `fields.patentIds`. `termMonths`
 * (6/12/24/36) enables the expiry check. The applicant compared with the patentee is `applicant` when
 * given, else the caller's enterprise name.
 */
export interface PledgeCheckResponse {
  items: PledgeCheckItem[]
}

/** `GET /api/me/patents?termMonths=` (sme): the patents whose registered patentee is the caller's enterprise, each with its 质押前自查. */
export interface MyPatentsResponse {
  items: { patent: PatentSummary; check: PledgeCheckItem }[]
  total: number
  /** The enterprise compared with the register; null without 企业信息. */
  enterprise: { name: string; uscc: string } | null
}
