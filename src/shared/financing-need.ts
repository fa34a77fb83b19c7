import type { FinancingNeedInput } from '@contract/events'
import { checkFinancingNeed, parseWanYuanToFen, type FinancingNeedField } from '@/rules'

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

/** The 融资需求 fields' props (finance's FinancingFields), so a form of another feature can be handed them. */
export interface FinancingFieldsProps {
  values: FinancingValues
  errorFor: (name: FinancingField) => string | undefined
  onChange: <K extends keyof FinancingValues>(name: K, value: FinancingValues[K]) => void
  onBlur: (name: FinancingField) => void
  /** Terms the chosen product offers; all four when none is chosen. */
  terms?: readonly number[]
}

export const EMPTY_FINANCING: FinancingValues = { amount: '', termMonths: '', purpose: '', patents: [] }

export type FinancingCheck =
  | { ok: true; value: FinancingNeedInput }
  | { ok: false; fields: Partial<Record<FinancingField, string>> }

/** The API's keys (`amountFen` in a need or an application) → the form's fields (`amount`, typed in 万元). */
export const FINANCING_FIELD_OF: Record<FinancingNeedField, FinancingField> = {
  amountFen: 'amount',
  termMonths: 'termMonths',
  purpose: 'purpose',
  patentIds: 'patentIds',
}

/**
 * RULES.md money and term rules (src/rules/financing.ts, the backend's own), applied as the person
 * types. Only the typed 万元 is read here; everything else is the shared check with the API's keys.
 */
export function checkFinancing(values: FinancingValues, opts: { requirePatents: boolean }): FinancingCheck {
  const parsed = parseWanYuanToFen(values.amount)
  const need = {
    amountFen: parsed.ok ? parsed.value : undefined,
    termMonths: values.termMonths === '' ? '' : Number(values.termMonths),
    purpose: values.purpose,
    patentIds: values.patents.map((p) => p.id),
  }
  const result = checkFinancingNeed(need, { min: opts.requirePatents ? 1 : 0, requiredMessage: '请选择拟质押的专利' })
  const fields: Partial<Record<FinancingField, string>> = {}
  if (!result.ok) for (const key of Object.keys(FINANCING_FIELD_OF) as FinancingNeedField[]) if (result.fields[key]) fields[FINANCING_FIELD_OF[key]] = result.fields[key]
  // An amount that is not a number yet says why (`金额最多精确到分`); an empty one asks for 融资金额.
  if (!parsed.ok && parsed.message !== '请输入金额') fields.amount = parsed.message
  if (result.ok) return result
  return { ok: false, fields }
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
