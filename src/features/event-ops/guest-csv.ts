import Papa from 'papaparse'
import type { GuestRow } from '@contract/officer'

// Parsed here, in the officer subpackage only (papaparse never reaches the main package). The
// header names are the export's own (导出名单), so an exported sheet can be edited and imported back.
const COLUMNS: Record<keyof GuestRow, string[]> = {
  attendeeName: ['姓名', '参会人', 'name'],
  phone: ['手机号', '手机', 'phone'],
  enterpriseName: ['企业名称', '企业', 'enterprise'],
  uscc: ['统一社会信用代码', '信用代码', 'uscc'],
}

export interface ParsedGuests {
  rows: GuestRow[]
  /** Header columns that were not found (Chinese names). */
  missing: string[]
}

export function parseGuestCsv(text: string): ParsedGuests {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, '').trim(), { skipEmptyLines: 'greedy' })
  const [header = [], ...data] = result.data
  const names = header.map((h) => String(h).trim().toLowerCase())
  const index = {} as Record<keyof GuestRow, number>
  const missing: string[] = []
  for (const key of Object.keys(COLUMNS) as (keyof GuestRow)[]) {
    index[key] = names.findIndex((n) => COLUMNS[key].some((c) => c.toLowerCase() === n))
    if (index[key] < 0) missing.push(COLUMNS[key][0])
  }
  if (missing.length > 0) return { rows: [], missing }
  const rows = data.map((cells) => ({
    attendeeName: String(cells[index.attendeeName] ?? '').trim(),
    phone: String(cells[index.phone] ?? '').trim(),
    enterpriseName: String(cells[index.enterpriseName] ?? '').trim(),
    uscc: String(cells[index.uscc] ?? '').trim(),
  }))
  return { rows, missing }
}

export const GUEST_FIELD_LABELS: Record<string, string> = { attendeeName: '姓名', phone: '手机号', enterpriseName: '企业名称', uscc: '统一社会信用代码', _: '' }
