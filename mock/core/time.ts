// API times are ISO 8601 with the China offset (API.md); Date#toISOString would give UTC `Z`.

import { CST_OFFSET_MS, DAY_MS } from '@/rules/time'

export { DAY_MS }

function pad(n: number, width = 2): string {
  let s = String(n)
  while (s.length < width) s = '0' + s
  return s
}

// Module-level alias: global lookups are slow inside Jest's vm sandbox, and this runs per row.
const floor = Math.floor

const PAD2: string[] = []
for (let i = 0; i < 100; i++) PAD2.push(i < 10 ? '0' + i : String(i))

// Seeding formats ~150k dates; caching the day part keeps that off the seeding budget.
const dayCache = new Map<number, string>()

function dayString(dayIndex: number): string {
  let s = dayCache.get(dayIndex)
  if (s === undefined) {
    const d = new Date(dayIndex * DAY_MS)
    s = `${pad(d.getUTCFullYear(), 4)}-${PAD2[d.getUTCMonth() + 1]}-${PAD2[d.getUTCDate()]}`
    if (dayCache.size < 20000) dayCache.set(dayIndex, s)
  }
  return s
}

/** `2026-03-01T09:00:00+08:00` */
export function toIsoCst(ms: number): string {
  const local = floor((ms + CST_OFFSET_MS) / 1000)
  const dayIndex = floor(local / 86400)
  const secs = local - dayIndex * 86400
  const h = floor(secs / 3600)
  const m = floor((secs - h * 3600) / 60)
  return `${dayString(dayIndex)}T${PAD2[h]}:${PAD2[m]}:${PAD2[secs % 60]}+08:00`
}

/** The calendar day in China of an instant, `YYYY-MM-DD`. */
export function toDateCst(ms: number): string {
  return dayString(floor((ms + CST_OFFSET_MS) / DAY_MS))
}

/** Midnight in China of a calendar day, as epoch ms. */
export function cstMidnight(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) - CST_OFFSET_MS
}

/** Same calendar day `years` later (29 Feb → 28 Feb), as `YYYY-MM-DD`. */
export function addYears(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) + years
  const month = Number(date.slice(5, 7))
  let day = Number(date.slice(8, 10))
  if (month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) day = 28
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`
}
