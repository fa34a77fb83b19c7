/** @jest-environment node */
// The deterministic seed: plausible, statute-consistent declarations at fixed ids.

import { checkPatentNo, checkTitle, isIndustry, isStrategicIndustry, ROYALTY_PROFIT_CAP, ROYALTY_SALES_CAP } from '@/rules'
import { isCityCode } from '@/rules/regions'
import { CITY_CODE, SECTOR_INDUSTRIES } from '@mock/seed/sectors'
import { FIXED_PATENTS, generatePatents, type PatentRecord } from '@mock/seed'
import { PatentStore } from '@mock/patents/store'

const TERM_YEARS = { invention: 20, utility: 10, design: 15 } as const
const TYPE_DIGIT = { invention: '1', utility: '2', design: '3' } as const

function sameDayYearsLater(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) + years
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  return `${year}${!leap && date.endsWith('-02-29') ? date.slice(4).replace('-29', '-28') : date.slice(4)}`
}

describe('seeded patents', () => {
  const patents = generatePatents(3000)

  test('should be the same for the same seed and differ for another', () => {
    expect(generatePatents(300)).toEqual(patents.slice(0, 300))
    expect(generatePatents(300, 42).map((p) => p.patentNo)).not.toEqual(patents.slice(0, 300).map((p) => p.patentNo))
  })

  test('should keep the famous rows at fixed ids', () => {
    expect(FIXED_PATENTS.lithiumCathode).toEqual({ id: 'p000001', patentNo: '201710601862.3', title: '一种用于锂离子电池的复合正极材料及其制备方法' })
    for (const fixed of Object.values(FIXED_PATENTS)) {
      const row = patents.find((p) => p.id === fixed.id)
      expect(row).toMatchObject({ patentNo: fixed.patentNo, title: fixed.title })
    }
  })

  test('should have unique ids and valid, unique patent numbers matching type and filing year', () => {
    expect(new Set(patents.map((p) => p.id)).size).toBe(patents.length)
    expect(new Set(patents.map((p) => p.patentNo)).size).toBe(patents.length)
    for (const p of patents) {
      expect(checkPatentNo(p.patentNo)).toEqual({ ok: true, value: p.patentNo })
      expect(p.patentNo.charAt(4)).toBe(TYPE_DIGIT[p.type])
      expect(p.patentNo.slice(0, 4)).toBe(p.applicationDate.slice(0, 4))
      const year = Number(p.applicationDate.slice(0, 4))
      expect(year).toBeGreaterThanOrEqual(2010)
      expect(year).toBeLessThanOrEqual(2024)
    }
  })

  test('should have statute-consistent dates, still in force', () => {
    const today = new Date().toISOString().slice(0, 10)
    for (const p of patents) {
      expect(p.applicationDate < p.grantDate).toBe(true)
      expect(p.grantDate < p.declaredAt.slice(0, 10)).toBe(true)
      expect(p.declaredAt <= p.updatedAt).toBe(true)
      expect(p.declaredAt >= '2022-01-01').toBe(true)
      expect(p.expiryDate).toBe(sameDayYearsLater(p.applicationDate, TERM_YEARS[p.type]))
      expect(p.expiryDate > today).toBe(true)
      if (p.type === 'design') expect(p.applicationDate >= '2021-06-01').toBe(true)
    }
  })

  test('should declare fees that fit the mode and stay within the caps', () => {
    const modes = new Set<string>()
    for (const p of patents) {
      modes.add(p.feeMode)
      const positiveInt = (n: number | undefined) => typeof n === 'number' && Number.isInteger(n) && n > 0
      if (p.feeMode === 'lump_sum') {
        expect(positiveInt(p.lumpSumFen)).toBe(true)
        expect(p.entryFeeFen ?? p.royaltyRate).toBeUndefined()
      } else {
        expect(p.lumpSumFen).toBeUndefined()
        expect(p.feeMode === 'entry_plus_royalty' ? positiveInt(p.entryFeeFen) : p.entryFeeFen === undefined).toBe(true)
        expect(p.royaltyRate).toBeGreaterThan(0)
        expect(p.royaltyRate).toBeLessThanOrEqual(p.royaltyBasis === 'sales' ? ROYALTY_SALES_CAP : ROYALTY_PROFIT_CAP)
      }
      expect([12, 24, 36, 48, 60]).toContain(p.licenceTermMonths)
    }
    expect(modes.size).toBe(3)
  })

  test('should read like real declarations', () => {
    const byType: Record<string, PatentRecord[]> = { invention: [], utility: [], design: [] }
    for (const p of patents) {
      byType[p.type].push(p)
      expect(checkTitle(p.title).ok).toBe(true)
      const sentences = p.abstract.split('。').filter(Boolean).length
      expect(sentences).toBeGreaterThanOrEqual(2)
      expect(sentences).toBeLessThanOrEqual(4)
      expect(p.inventors.length).toBeGreaterThanOrEqual(1)
      expect(isIndustry(p.industry) && isCityCode(p.region) && isStrategicIndustry(p.strategicIndustry)).toBe(true)
      expect(p.cooperationCities.every(isCityCode)).toBe(true)
      expect(p.maturity >= 1 && p.maturity <= 9).toBe(true)
      expect(p.evaluationReport === true).toBe(p.type !== 'invention')
      expect(p.source).toMatch(/知识产权|市场监督管理局/)
      if (p.type === 'design') expect(p.ipc).toMatch(/^LOC\(15\) \d\d-\d\d$/)
      else expect(p.ipc).toMatch(/^[A-H]\d\d[A-Z] \d+\/\d+$/)
    }
    expect(byType.invention.some((p) => /^一种.*(方法|系统)/.test(p.title))).toBe(true)
    expect(byType.utility.every((p) => !/方法/.test(p.title))).toBe(true)
    expect(byType.invention.length).toBeGreaterThan(byType.design.length)
    for (const name of ['五邑大学', '四川轻化工大学', '重庆大学', '西南医科大学']) {
      expect(patents.some((p) => p.patentee === name)).toBe(true)
    }
    expect(new Set(patents.map((p) => p.industry)).size).toBe(new Set(Object.values(SECTOR_INDUSTRIES).flat()).size)
    expect(new Set(patents.map((p) => p.region)).size).toBe(Object.keys(CITY_CODE).length)
  })

  test('timing: seeding and indexing 50,000 (printed, not asserted)', () => {
    const t0 = performance.now()
    const records = generatePatents(50000)
    const t1 = performance.now()
    const store = new PatentStore(records)
    const t2 = performance.now()
    const timings: string[] = []
    for (const [label, q] of [['plain', undefined], ['q=电池', '电池'], ['q=ZL201710601862.3', 'ZL201710601862.3']] as const) {
      const t = performance.now()
      store.list({ q, sort: 'relevance', page: 1, pageSize: 20, region: '440700' })
      timings.push(`${label} ${(performance.now() - t).toFixed(1)} ms`)
    }
    console.log(`seed 50k: generate ${(t1 - t0).toFixed(0)} ms, index ${(t2 - t1).toFixed(0)} ms; first queries: ${timings.join(', ')}`)
    expect(store.size).toBe(50000)
  })
})
