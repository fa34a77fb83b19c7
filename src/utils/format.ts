import { chinaDate, chinaTime } from './china-time'

const YUAN_PER_WAN = 10_000

/** Money arrives in fen; people read 元 below 10,000 元 and 万元 above (4 decimals keep it exact to the 元). */
export function formatFen(fen: number): string {
  const yuan = fen / 100
  if (Math.abs(yuan) >= YUAN_PER_WAN) return `${trimZeros((yuan / YUAN_PER_WAN).toFixed(4))} 万元`
  return `${yuan.toLocaleString('zh-CN', { maximumFractionDigits: 2 })} 元`
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
