import type { FeeMode, PatentSort, PatentType } from '@/api/types'
import { formatFen, formatPercent, groupThousands } from '@/utils/format'

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

export const SORT_LABELS: Record<PatentSort, string> = {
  relevance: '综合',
  newest: '最新发布',
  fee_asc: '许可费从低到高',
  fee_desc: '许可费从高到低',
  popular: '热度',
}

interface FeeFields {
  feeMode: FeeMode
  lumpSumFen?: number
  entryFeeFen?: number
  royaltyRate?: number
}

/** One line a person can compare across patents, e.g. "入门费 5 万元 + 提成 3%". */
export function feeSummary(p: FeeFields): string {
  if (p.feeMode === 'lump_sum') return `一次性 ${formatFen(p.lumpSumFen ?? 0)}`
  if (p.feeMode === 'royalty') return `提成 ${formatPercent(p.royaltyRate ?? 0)}`
  return `入门费 ${formatFen(p.entryFeeFen ?? 0)} + 提成 ${formatPercent(p.royaltyRate ?? 0)}`
}

/** Short names in the filter bar; the sheet shows the full title. */
export const FILTER_BAR_LABELS = {
  type: '类型',
  industry: '行业',
  region: '地区',
  feeMode: '支付方式',
  maxFee: '费用上限',
} as const

export const FILTER_TITLES = {
  type: '专利类型',
  industry: '行业',
  region: '地区',
  feeMode: '许可费支付方式',
  maxFee: '许可费用上限',
} as const

/** 许可费用上限 option label; 0 means royalty-only declarations (nothing to pay up front). */
export function maxFeeLabel(fen: number): string {
  return fen === 0 ? '无前期费用（仅提成）' : `${formatFen(fen).replace(' ', '')}以内`
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

export const LEGAL_STATUS_LABELS: Record<string, string> = { valid: '有效' }

/** 1234567 → "1,234,567" without toLocaleString, whose locale data some mini-program engines lack. */
export function formatCount(n: number): string {
  return groupThousands(String(Math.round(n)))
}
