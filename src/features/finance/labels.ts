import { COLLATERAL_LABELS, type Collateral, type FinanceProduct } from '@contract/finance'
import { formatPercent, groupThousands } from '@/utils/format'

const FEN_PER_WAN = 1_000_000

/** Loan sizes are always read in 万元 (10 万元 – 5,000 万元), even below 1 万; thousands grouped like every other amount. */
export function wan(fen: number): string {
  const [whole, fraction = ''] = String(Number((fen / FEN_PER_WAN).toFixed(2))).split('.')
  return `${groupThousands(whole)}${fraction ? `.${fraction}` : ''}`
}

export function amountRange(p: Pick<FinanceProduct, 'minAmountFen' | 'maxAmountFen'>): string {
  return `${wan(p.minAmountFen)}–${wan(p.maxAmountFen)} 万元`
}

export function rateRange(p: Pick<FinanceProduct, 'annualRateMin' | 'annualRateMax'>): string {
  return p.annualRateMin === p.annualRateMax ? formatPercent(p.annualRateMin) : `${formatPercent(p.annualRateMin)}–${formatPercent(p.annualRateMax)}`
}

export function termsText(terms: readonly number[]): string {
  return `${terms.join(' / ')} 个月`
}

export function collateralLabel(c: Collateral): string {
  return COLLATERAL_LABELS[c] ?? c
}

/** The 质押前自查 problem in a few words, for a badge on the picker's row. */
// Shared with the officer's application review (src/shared/pledge).
export { PLEDGE_BADGE } from '@/shared/pledge/labels'
