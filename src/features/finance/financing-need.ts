import type { FinancingNeedInput } from '@contract/events'
import { checkDescription, checkFinancingAmountFen, checkTermMonths, parseWanYuanToFen } from '@/rules'

/** A patent chosen for pledge, with what the form shows about it. */
export interface PickedPatent {
  id: string
  patentNo: string
  title: string
}

export interface FinancingValues {
  /** 万元, as typed. */
  amount: string
  /** '6' | '12' | '24' | '36' | '' */
  termMonths: string
  purpose: string
  patents: PickedPatent[]
}

export type FinancingField = 'amount' | 'termMonths' | 'purpose' | 'patentIds'

export const EMPTY_FINANCING: FinancingValues = { amount: '', termMonths: '', purpose: '', patents: [] }

export const PURPOSE_MAX = 200
export const MAX_PLEDGED_PATENTS = 10

export type FinancingCheck =
  | { ok: true; value: FinancingNeedInput }
  | { ok: false; fields: Partial<Record<FinancingField, string>> }

/** RULES.md money and term rules, applied as the person types; the backend applies them again. */
export function checkFinancing(values: FinancingValues, opts: { requirePatents: boolean }): FinancingCheck {
  const fields: Partial<Record<FinancingField, string>> = {}
  let amountFen = 0
  const parsed = parseWanYuanToFen(values.amount)
  if (!parsed.ok) fields.amount = parsed.message === '请输入金额' ? '请输入融资金额' : parsed.message
  else {
    const amount = checkFinancingAmountFen(parsed.value)
    if (amount.ok) amountFen = amount.value
    else fields.amount = amount.message
  }
  const term = checkTermMonths(values.termMonths === '' ? '' : Number(values.termMonths))
  if (!term.ok) fields.termMonths = term.message
  const purpose = checkDescription(values.purpose, { label: '资金用途', max: PURPOSE_MAX })
  if (!purpose.ok) fields.purpose = purpose.message
  if (opts.requirePatents && values.patents.length === 0) fields.patentIds = '请选择拟质押的专利'
  else if (values.patents.length > MAX_PLEDGED_PATENTS) fields.patentIds = `最多选择${MAX_PLEDGED_PATENTS}件专利`
  if (Object.keys(fields).length) return { ok: false, fields }
  return {
    ok: true,
    value: {
      amountFen,
      termMonths: term.ok ? term.value : 0,
      purpose: purpose.ok ? purpose.value : '',
      patentIds: values.patents.map((p) => p.id),
    },
  }
}

/** Drafts are flat strings; the picked patents travel as JSON. */
export function financingToDraft(values: FinancingValues): Record<string, string> {
  return { amount: values.amount, termMonths: values.termMonths, purpose: values.purpose, patents: JSON.stringify(values.patents) }
}

export function financingFromDraft(draft: Record<string, string> | undefined): Partial<FinancingValues> {
  if (!draft) return {}
  const out: Partial<FinancingValues> = {}
  if (typeof draft.amount === 'string') out.amount = draft.amount
  if (typeof draft.termMonths === 'string') out.termMonths = draft.termMonths
  if (typeof draft.purpose === 'string') out.purpose = draft.purpose
  if (draft.patents) {
    try {
      const parsed = JSON.parse(draft.patents) as unknown
      if (Array.isArray(parsed)) out.patents = parsed.filter((p): p is PickedPatent => Boolean(p && typeof p.id === 'string'))
    } catch {
      // A corrupt draft loses only its patent list.
    }
  }
  return out
}
