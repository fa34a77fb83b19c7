// 备案倒计时: the licence contract must be filed within 3 months of the licence taking effect
// (RULES.md → open-licence fee modes). Counted in calendar days in China, whatever the phone's zone.

import { CST_OFFSET_MS, DAY_MS } from '@/rules/time'

/** Fewer days than this left and the countdown turns red. */
export const FILING_URGENT_DAYS = 14

export interface FilingCountdown {
  /** Calendar days from today to the deadline day; 0 on the day itself, negative once overdue. */
  daysLeft: number
  urgent: boolean
  overdue: boolean
  /** The deadline day, `YYYY-MM-DD` (China). */
  deadlineDate: string
}

function cstDay(ms: number): number {
  return Math.floor((ms + CST_OFFSET_MS) / DAY_MS)
}

function cstDate(ms: number): string {
  const d = new Date(cstDay(ms) * DAY_MS)
  const mm = d.getUTCMonth() + 1
  const dd = d.getUTCDate()
  return `${d.getUTCFullYear()}-${mm < 10 ? '0' : ''}${mm}-${dd < 10 ? '0' : ''}${dd}`
}

export function filingCountdown(deadlineIso: string, nowMs: number): FilingCountdown | null {
  const deadlineMs = Date.parse(deadlineIso)
  if (Number.isNaN(deadlineMs)) return null
  const daysLeft = cstDay(deadlineMs) - cstDay(nowMs)
  return { daysLeft, urgent: daysLeft < FILING_URGENT_DAYS, overdue: daysLeft < 0, deadlineDate: cstDate(deadlineMs) }
}

export function filingCountdownText(c: FilingCountdown): string {
  if (c.overdue) return `已逾期 ${-c.daysLeft} 天`
  if (c.daysLeft === 0) return '今天截止'
  return `剩余 ${c.daysLeft} 天`
}
