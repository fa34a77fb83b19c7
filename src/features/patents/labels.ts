import type { FeeMode, PatentSort, PatentType } from '@contract/common'
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

/** Short names in the filter bar; the sheet shows the full title. */
export const FILTER_BAR_LABELS = {
  type: '类型',
  industry: '行业',
  region: '地区',
  feeMode: '支付方式',
  maxFee: '费用上限',
  strategicIndustry: '新兴产业',
  ipc: 'IPC',
  maturityMin: '成熟度',
} as const

export const FILTER_TITLES = {
  type: '专利类型',
  industry: '行业',
  region: '地区',
  feeMode: '许可费支付方式',
  maxFee: '许可费用上限',
  strategicIndustry: '战略性新兴产业',
  ipc: 'IPC 分类',
  maturityMin: '技术成熟度',
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

export const VALUE_GRADE_LABELS: Record<'high' | 'medium' | 'general', string> = { high: '高价值', medium: '较高价值', general: '一般' }

/** 技术成熟度 (TRL 1–9) in words. */
export function maturityText(level: number): string {
  const stage = level <= 3 ? '实验室阶段' : level <= 6 ? '中试阶段' : '产业化阶段'
  return `${level} 级（${stage}）`
}

export const LEGAL_STATUS_LABELS: Record<string, string> = { valid: '有效' }

/** 1234567 → "1,234,567" without toLocaleString, whose locale data some mini-program engines lack. */
export function formatCount(n: number): string {
  return groupThousands(String(Math.round(n)))
}
