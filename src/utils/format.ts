import { chinaDate, chinaTime } from './china-time'

const YUAN_PER_WAN = 10_000

/**
 * Money arrives in fen; people read 元 below 10,000 元 and 万元 above, thousands grouped
 * (「1,000 万元」). 4 decimals keep a 万元 figure exact to the 元; `decimals` shortens a derived
 * figure such as a yearly average (「30.07 万元」, not 「30.0667 万元」).
 */
export function formatFen(fen: number, { decimals = 4 }: { decimals?: number } = {}): string {
  const yuan = fen / 100
  if (Math.abs(yuan) >= YUAN_PER_WAN) {
    const [whole, fraction = ''] = Math.abs(yuan / YUAN_PER_WAN).toFixed(decimals).split('.')
    const rest = fraction.replace(/0+$/, '')
    return `${yuan < 0 ? '-' : ''}${groupThousands(whole)}${rest ? `.${rest}` : ''} 万元`
  }
  // By hand rather than toLocaleString: building Intl formatters on every call cost ~1 ms each
  // on a slow phone (a patent list formats dozens), and some mini-program engines lack the locale.
  const [whole, fraction] = Math.abs(yuan).toFixed(2).split('.')
  const grouped = groupThousands(whole)
  const cents = fraction.replace(/0+$/, '')
  return `${yuan < 0 ? '-' : ''}${grouped}${cents ? `.${cents}` : ''} 元`
}

/** "1234567" → "1,234,567". */
export function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

function trimZeros(text: string): string {
  return text.replace(/\.?0+$/, '')
}

export function formatPercent(rate: number): string {
  return `${trimZeros((rate * 100).toFixed(2))}%`
}

/** Beijing time (./china-time.ts), whatever zone the phone is in. */
export function formatDateTime(iso: string | undefined | null): string {
  return iso ? chinaTime(iso).format('YYYY-MM-DD HH:mm') : '—'
}

export function formatDate(iso: string | undefined | null): string {
  return iso ? chinaDate(iso) : '—'
}
