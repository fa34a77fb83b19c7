import type { PatentSort } from '@contract/common'
import { formatFen, groupThousands } from '@/utils/format'

export { FEE_MODE_LABELS, PATENT_TYPE_LABELS, feeStandard, feeSummary, royaltyBasisShort, royaltyBasisText } from '@/shared/patent-labels'

export const SORT_LABELS: Record<PatentSort, string> = {
  relevance: '综合',
  newest: '最新发布',
  fee_asc: '许可费从低到高',
  fee_desc: '许可费从高到低',
  popular: '热度',
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
