import type { FeeMode, PatentSort, PatentType } from '@/api/types'
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
