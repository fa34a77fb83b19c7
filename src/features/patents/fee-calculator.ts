import type { FeeMode, RoyaltyBasis } from '@contract/common'
import { ROYALTY_PROFIT_CAP, ROYALTY_SALES_CAP } from '@/rules'
import { formatFen, formatPercent } from '@/utils/format'

/** The fee terms a patentee declared in the open-licence statement (专利法第五十条). */
export interface DeclaredFee {
  feeMode: FeeMode
  lumpSumFen?: number
  entryFeeFen?: number
  royaltyRate?: number
  royaltyBasis?: RoyaltyBasis
  licenceTermMonths: number
}

/** What the licensee expects: yearly net sales, yearly profit (for profit-based royalties), years of use. */
export interface FeeScenario {
  annualSalesFen: number
  annualProfitFen?: number
  years: number
}

export interface FeeEstimate {
  totalFen: number
  /** Cost in each year of use; year 1 carries the lump sum or entry fee. */
  yearlyFen: number[]
  averagePerYearFen: number
  /** The formula in words, with the figures filled in. */
  formula: string
  warnings: string[]
}

export function needsProfit(fee: DeclaredFee): boolean {
  return fee.feeMode !== 'lump_sum' && fee.royaltyBasis === 'profit'
}

function royaltyCapWarning(fee: DeclaredFee): string | null {
  const rate = fee.royaltyRate ?? 0
  if (fee.royaltyBasis === 'profit' && rate > ROYALTY_PROFIT_CAP)
    return `声明的提成比例 ${formatPercent(rate)} 超过按利润提成的上限 ${formatPercent(ROYALTY_PROFIT_CAP)}，请与专利权人核实`
  if (fee.royaltyBasis !== 'profit' && rate > ROYALTY_SALES_CAP)
    return `声明的提成比例 ${formatPercent(rate)} 超过按净销售额提成的上限 ${formatPercent(ROYALTY_SALES_CAP)}，请与专利权人核实`
  return null
}

/** Problems with the declaration itself (a rate beyond the caps of RULES.md), whatever the scenario. */
export function declaredFeeWarnings(fee: DeclaredFee): string[] {
  if (fee.feeMode === 'lump_sum') return []
  const warning = royaltyCapWarning(fee)
  return warning ? [warning] : []
}

/**
 * Estimates the licence cost for the declared fee mode. Pure: the same inputs always give the same
 * figures, so the page and the tests agree. Amounts are integer fen, rounded per year.
 */
export function estimateFee(fee: DeclaredFee, scenario: FeeScenario): FeeEstimate {
  const years = Math.max(1, Math.floor(scenario.years))
  const warnings: string[] = []
  const termYears = fee.licenceTermMonths / 12
  if (years > termYears) {
    warnings.push(`测算年限 ${years} 年超过声明的许可期限 ${fee.licenceTermMonths} 个月，超出部分需与专利权人另行约定`)
  }

  if (fee.feeMode === 'lump_sum') {
    const total = fee.lumpSumFen ?? 0
    const yearly = Array.from({ length: years }, (_, i) => (i === 0 ? total : 0))
    return {
      totalFen: total,
      yearlyFen: yearly,
      averagePerYearFen: Math.round(total / years),
      formula: `一次性支付许可费 ${formatFen(total)}，覆盖整个许可期限（${fee.licenceTermMonths} 个月），与销售额无关`,
      warnings,
    }
  }

  const capWarning = royaltyCapWarning(fee)
  if (capWarning) warnings.push(capWarning)
  const rate = fee.royaltyRate ?? 0
  const onProfit = fee.royaltyBasis === 'profit'
  const base = onProfit ? (scenario.annualProfitFen ?? 0) : scenario.annualSalesFen
  // Sales are optional for a royalty on profit: compare only when they were given.
  if (onProfit && scenario.annualProfitFen !== undefined && scenario.annualSalesFen > 0 && scenario.annualProfitFen > scenario.annualSalesFen) {
    warnings.push('预计年利润高于年销售额，请检查填写')
  }
  const royaltyPerYear = Math.round(base * rate)
  const entry = fee.feeMode === 'entry_plus_royalty' ? (fee.entryFeeFen ?? 0) : 0
  const yearly = Array.from({ length: years }, (_, i) => royaltyPerYear + (i === 0 ? entry : 0))
  const total = entry + royaltyPerYear * years
  const baseName = onProfit ? '年利润' : '年净销售额'
  const royaltyText = `${baseName} ${formatFen(base)} × 提成比例 ${formatPercent(rate)} × ${years} 年`
  return {
    totalFen: total,
    yearlyFen: yearly,
    averagePerYearFen: Math.round(total / years),
    formula: entry ? `入门费 ${formatFen(entry)} + ${royaltyText}` : royaltyText,
    warnings,
  }
}
