// A patent's type and fee in words: the patent pages, favourites, need matches and the licence
// notice all print them, so they sit below the features (src/features/patents/labels.ts re-exports them).
import type { FeeMode, PatentType } from '@contract/common'
import { formatFen, formatPercent } from '@/utils/format'

export const PATENT_TYPE_LABELS: Record<PatentType, string> = {
  invention: '发明',
  utility: '实用新型',
  design: '外观设计',
}

export const FEE_MODE_LABELS: Record<FeeMode, string> = {
  lump_sum: '一次性支付',
  royalty: '提成支付',
  entry_plus_royalty: '入门费+提成',
}

interface FeeFields {
  feeMode: FeeMode
  lumpSumFen?: number
  entryFeeFen?: number
  royaltyRate?: number
  royaltyBasis?: 'sales' | 'profit'
}

/** 按销售额 / 按利润: a rate means nothing without it (caps 20 % of sales, 40 % of profit). */
export function royaltyBasisShort(basis: 'sales' | 'profit' | undefined): string {
  return basis === 'profit' ? '按利润' : '按销售额'
}

/** One line a person can compare across patents, e.g. "入门费 5 万元 + 提成 按销售额 3%". */
export function feeSummary(p: FeeFields): string {
  if (p.feeMode === 'lump_sum') return `一次性 ${formatFen(p.lumpSumFen ?? 0)}`
  const rate = `提成 ${royaltyBasisShort(p.royaltyBasis)} ${formatPercent(p.royaltyRate ?? 0)}`
  if (p.feeMode === 'royalty') return rate
  return `入门费 ${formatFen(p.entryFeeFen ?? 0)} + ${rate}`
}

export function royaltyBasisText(basis: 'sales' | 'profit' | undefined): string {
  return basis === 'profit' ? '年利润' : '年净销售额'
}

interface FeeStandardFields extends FeeFields {
  royaltyBasis?: 'sales' | 'profit'
  licenceTermMonths: number
}

/** The declared standard in full, e.g. "入门费 5 万元，另按年利润的 15% 提成". */
export function feeStandard(p: FeeStandardFields): string {
  if (p.feeMode === 'lump_sum') return `一次性支付 ${formatFen(p.lumpSumFen ?? 0)}，许可期限（${p.licenceTermMonths} 个月）内不再另付`
  const royalty = `按${royaltyBasisText(p.royaltyBasis)}的 ${formatPercent(p.royaltyRate ?? 0)} 逐年提成`
  if (p.feeMode === 'royalty') return royalty
  return `入门费 ${formatFen(p.entryFeeFen ?? 0)}，另${royalty}`
}
