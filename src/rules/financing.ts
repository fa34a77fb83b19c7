// 入园惠企 financing (RULES.md → 金额, 融资期限, free text), written once: the financing need of a
// financing-event sign-up and the body of `POST /api/finance/applications`. Field keys are the API's,
// so a form maps the backend's `fields` and its own instant messages through one table.

import type { FinancingNeedInput } from '@contract/events'
import type { FinanceApplicationRequest, FinanceProduct } from '@contract/finance'
import { checkFinancingAmountFen, checkTermMonths } from './money'
import { checkPhone } from './phone'
import { BODY_NOT_OBJECT, isPlainObject, own, type FieldErrors, type FieldsResult, type RuleResult } from './result'
import { checkDescription, checkEnterpriseName, checkPersonName } from './text'
import { checkUscc } from './uscc'

export const PURPOSE_MAX = 200
/** Patents pledged for one loan (and listed in a sign-up's financing need). */
export const MAX_PLEDGED_PATENTS = 10

const PATENTS_REQUIRED = '请至少选择一件专利'

export function checkPurpose(raw: unknown): RuleResult<string> {
  return checkDescription(raw, { label: '资金用途', max: PURPOSE_MAX })
}

export interface PatentIdsRule {
  /** 0 when the list may be empty (a sign-up's need, a credit product). */
  min: number
  max?: number
  /** The backend's lookup; the form only offers patents it has found, so it passes none. */
  exists?: (id: string) => boolean
  /** What an empty list is told when `min` is 1; the form names its picker. */
  requiredMessage?: string
}

/** `min`–`max` patent ids, trimmed, no duplicates, each known to `exists` when given. */
export function checkPatentIds(raw: unknown, rule: PatentIdsRule): RuleResult<string[]> {
  const max = rule.max ?? MAX_PLEDGED_PATENTS
  const list = raw === undefined || raw === null ? [] : raw
  if (!Array.isArray(list)) return { ok: false, message: '专利列表格式不正确' }
  if (list.length < rule.min) return { ok: false, message: rule.requiredMessage ?? PATENTS_REQUIRED }
  if (list.length > max) return { ok: false, message: `最多选择${max}件专利` }
  const out: string[] = []
  const unknown: string[] = []
  for (const item of list) {
    if (typeof item !== 'string' || item.trim() === '') return { ok: false, message: '专利列表格式不正确' }
    const id = item.trim()
    if (out.indexOf(id) >= 0) return { ok: false, message: `专利重复：${id.slice(0, 20)}` }
    if (rule.exists && !rule.exists(id)) unknown.push(id.slice(0, 20))
    out.push(id)
  }
  if (unknown.length > 0) return { ok: false, message: `专利不存在：${unknown.slice(0, 3).join('、')}` }
  return { ok: true, value: out }
}

/** Fields of `FinancingNeedInput`; a sign-up prefixes them with `financingNeed.`. */
export type FinancingNeedField = keyof FinancingNeedInput

/** `{ amountFen, termMonths, purpose, patentIds }`, field by field. */
export function checkFinancingNeed(input: unknown, patents: PatentIdsRule): FieldsResult<FinancingNeedInput> {
  if (!isPlainObject(input)) return { ok: false, fields: { _: BODY_NOT_OBJECT } }
  const amount = checkFinancingAmountFen(own(input, 'amountFen'))
  const term = checkTermMonths(own(input, 'termMonths'))
  const purpose = checkPurpose(own(input, 'purpose'))
  const patentIds = checkPatentIds(own(input, 'patentIds'), patents)
  const fields: FieldErrors = {}
  if (!amount.ok) fields.amountFen = amount.message
  if (!term.ok) fields.termMonths = term.message
  if (!purpose.ok) fields.purpose = purpose.message
  if (!patentIds.ok) fields.patentIds = patentIds.message
  if (!amount.ok || !term.ok || !purpose.ok || !patentIds.ok) return { ok: false, fields }
  return { ok: true, value: { amountFen: amount.value, termMonths: term.value, purpose: purpose.value, patentIds: patentIds.value } }
}

/** What of a bank product the application must fit. */
export type ProductTerms = Pick<FinanceProduct, 'id' | 'minAmountFen' | 'maxAmountFen' | 'termMonths' | 'collateral'>

export function amountFitsProduct(product: Pick<ProductTerms, 'minAmountFen' | 'maxAmountFen'>, amountFen: number): boolean {
  return amountFen >= product.minAmountFen && amountFen <= product.maxAmountFen
}

/** A credit (信用) product needs no pledge; every other financing here is secured by patents. */
export function needsPledge(product: Pick<ProductTerms, 'collateral'> | null | undefined): boolean {
  return !product || product.collateral !== 'credit'
}

const FEN_PER_WAN = 1_000_000

/** Fen as 万元 in messages (`500万元`), however many decimals that takes. */
export function wan(fen: number): string {
  return `${fen / FEN_PER_WAN}万元`
}

export interface FinanceApplicationRule {
  /** The bank products (the backend's table); an unknown `productId` is refused. */
  findProduct: (id: string) => ProductTerms | undefined
  patentExists?: (id: string) => boolean
}

/**
 * `POST /api/finance/applications`: the enterprise and its contact, the need, and — when a product is
 * named — that the amount and term fit it. Keys as the API answers them (`enterprise.uscc`, `amountFen`).
 */
export function checkFinanceApplication(body: unknown, rule: FinanceApplicationRule): FieldsResult<FinanceApplicationRequest> {
  if (!isPlainObject(body)) return { ok: false, fields: { _: BODY_NOT_OBJECT } }
  const fields: FieldErrors = {}

  const rawEnterprise = own(body, 'enterprise')
  const e = isPlainObject(rawEnterprise) ? rawEnterprise : {}
  const name = checkEnterpriseName(own(e, 'name'))
  const uscc = checkUscc(own(e, 'uscc'))
  const contactName = checkPersonName(own(e, 'contactName'))
  const phone = checkPhone(own(e, 'phone'))
  if (!name.ok) fields['enterprise.name'] = name.message
  if (!uscc.ok) fields['enterprise.uscc'] = uscc.message
  if (!contactName.ok) fields['enterprise.contactName'] = contactName.message
  if (!phone.ok) fields['enterprise.phone'] = phone.message

  const amount = checkFinancingAmountFen(own(body, 'amountFen'))
  const term = checkTermMonths(own(body, 'termMonths'))
  const purpose = checkPurpose(own(body, 'purpose'))
  if (!amount.ok) fields.amountFen = amount.message
  if (!term.ok) fields.termMonths = term.message
  if (!purpose.ok) fields.purpose = purpose.message

  const rawProductId = own(body, 'productId')
  let product: ProductTerms | undefined
  if (rawProductId !== undefined && rawProductId !== null && rawProductId !== '') {
    product = typeof rawProductId === 'string' ? rule.findProduct(rawProductId) : undefined
    if (!product) fields.productId = '融资产品不存在'
    else {
      if (amount.ok && !amountFitsProduct(product, amount.value)) {
        fields.amountFen = `该产品可贷金额为${wan(product.minAmountFen)}–${wan(product.maxAmountFen)}`
      }
      if (term.ok && product.termMonths.indexOf(term.value) < 0) {
        fields.termMonths = `该产品期限可选${product.termMonths.join('、')}个月`
      }
    }
  }

  const patents = checkPatentIds(own(body, 'patentIds'), { min: needsPledge(product) ? 1 : 0, exists: rule.patentExists })
  if (!patents.ok) fields.patentIds = patents.message

  if (Object.keys(fields).length > 0 || !name.ok || !uscc.ok || !contactName.ok || !phone.ok || !amount.ok || !term.ok || !purpose.ok || !patents.ok) {
    return { ok: false, fields }
  }
  const value: FinanceApplicationRequest = {
    enterprise: { name: name.value, uscc: uscc.value, contactName: contactName.value, phone: phone.value },
    amountFen: amount.value,
    termMonths: term.value,
    purpose: purpose.value,
    patentIds: patents.value,
  }
  if (product) value.productId = product.id
  return { ok: true, value }
}
