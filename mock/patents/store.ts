// The supply list held as column arrays with precomputed orders, so a faceted, sorted, paged
// query over 50,000 declarations is one linear pass over typed arrays (no per-request sorting of
// objects) and a text search is indexOf over one concatenated, lower-cased string.

import type { FeeMode, PatentDetail, PatentSort, PatentSummary, PatentType } from '@contract/common'
import { FEE_MODES, PATENT_TYPES } from '@contract/common'
import { industryMatches, ipcClassOf, looksLikePatentNo, regionMatches } from '@/rules'
import { toHalfWidth } from '@/rules/text'
import type { PatentRecord } from '../seed/patents'

export interface PatentFilter {
  /** Already trimmed; empty → no text filter. */
  q?: string
  type?: PatentType
  industry?: string
  region?: string
  feeMode?: FeeMode
  maxFeeFen?: number
  /** 门类 or 大类 (validated by the handler). */
  strategicIndustry?: string
  ipc?: string
  maturityMin?: number
  sort: PatentSort
  page: number
  pageSize: number
}

export interface PatentListResult {
  items: PatentSummary[]
  total: number
  facets: {
    type: Record<string, number>
    industry: Record<string, number>
    region: Record<string, number>
    feeMode: Record<string, number>
    strategicIndustry: Record<string, number>
    ipc: Record<string, number>
    maturity: Record<string, number>
  }
}

const TYPE_CODES: readonly string[] = PATENT_TYPES
const FEE_CODES: readonly string[] = FEE_MODES
const MATURITY_CODES: readonly string[] = ['1', '2', '3', '4', '5', '6', '7', '8', '9']

/** The distinct values of one column, sorted: facets list every option the list holds. */
function distinct(records: PatentRecord[], of: (r: PatentRecord) => string): string[] {
  const set = new Set<string>()
  for (const r of records) set.add(of(r))
  return Array.from(set).sort()
}

/** 1 for each code a filter selects, so the scan tests one byte per row. */
function mask(codes: readonly string[], selects: (code: string) => boolean): Uint8Array {
  const out = new Uint8Array(codes.length)
  for (let c = 0; c < codes.length; c++) out[c] = selects(codes[c]) ? 1 : 0
  return out
}

// Where a term first occurs in a row decides its weight: the text is laid out title, number,
// patentee, abstract, so the earliest hit is also the strongest.
const WEIGHT_TITLE_START = 12
const WEIGHT_TITLE = 8
const WEIGHT_NUMBER = 10
const WEIGHT_PATENTEE = 5
const WEIGHT_ABSTRACT = 1
const SNIPPET_CHARS = 60
const TERM_CACHE_SIZE = 64
const MAX_TERMS = 8

function codeIndex(codes: readonly string[], code: string): number {
  const i = codes.indexOf(code)
  if (i < 0) throw new Error(`unknown code ${code}`)
  return i
}

/**
 * Full-width ASCII (typed by Chinese IMEs) folded to half-width and lower-cased, for both the
 * indexed text and the query.
 */
export function foldForSearch(text: string): string {
  return toHalfWidth(text).toLowerCase()
}

/** Up-front fee used by maxFee and the fee sorts; royalty-only declarations cost 0 up front. */
export function headlineFeeFen(p: { feeMode: FeeMode; lumpSumFen?: number; entryFeeFen?: number }): number {
  if (p.feeMode === 'lump_sum') return p.lumpSumFen ?? 0
  if (p.feeMode === 'entry_plus_royalty') return p.entryFeeFen ?? 0
  return 0
}

function sortedOrder(n: number, compare: (a: number, b: number) => number): Int32Array {
  const order = new Int32Array(n)
  for (let i = 0; i < n; i++) order[i] = i
  // Typed-array sort with a comparator is a stable TimSort in V8; ties still fall back to the index.
  order.sort(compare)
  return order
}

export class PatentStore {
  readonly size: number
  private readonly records: PatentRecord[]
  private readonly byId = new Map<string, number>()
  private readonly byNumber = new Map<string, number>()

  private readonly typeOf: Uint8Array
  private readonly industryOf: Uint8Array
  private readonly regionOf: Uint8Array
  private readonly feeModeOf: Uint8Array
  private readonly strategicOf: Uint8Array
  /** Index into ipcSubclasses (4-char subclass, '' for designs). */
  private readonly ipcSubOf: Uint16Array
  private readonly maturityOf: Uint8Array
  readonly industryCodes: readonly string[]
  readonly regionCodes: readonly string[]
  readonly strategicCodes: readonly string[]
  private readonly ipcSubclasses: readonly string[]
  readonly ipcClassCodes: readonly string[]
  private readonly ipcClassOfSub: Int16Array
  private readonly fee: Float64Array
  private readonly declared: Float64Array
  private readonly views: Int32Array
  private readonly applications: Int32Array

  private readonly newest: Int32Array
  private readonly feeAsc: Int32Array
  private readonly feeDesc: Int32Array
  /** Kept sorted incrementally as views/applications change (views desc, applications desc, id asc). */
  private readonly popular: Int32Array
  private readonly popularPos: Int32Array

  private readonly text: string
  private readonly docEnd: Int32Array
  private readonly titleEnd: Int32Array
  private readonly numberEnd: Int32Array
  private readonly patenteeEnd: Int32Array
  private readonly termCache = new Map<string, Uint8Array>()
  /** Rows whose counters differ from the seed, for snapshots. */
  private readonly touched = new Set<number>()
  private dirty: Set<number> | null = null

  constructor(records: PatentRecord[]) {
    const n = records.length
    this.size = n
    this.records = records
    this.typeOf = new Uint8Array(n)
    this.industryOf = new Uint8Array(n)
    this.regionOf = new Uint8Array(n)
    this.feeModeOf = new Uint8Array(n)
    this.strategicOf = new Uint8Array(n)
    this.ipcSubOf = new Uint16Array(n)
    this.maturityOf = new Uint8Array(n)
    this.industryCodes = distinct(records, (r) => r.industry)
    this.regionCodes = distinct(records, (r) => r.region)
    this.strategicCodes = distinct(records, (r) => r.strategicIndustry)
    this.ipcSubclasses = distinct(records, (r) => (ipcClassOf(r.ipc) ? r.ipc.trim().slice(0, 4).toUpperCase() : ''))
    this.ipcClassCodes = distinct(records, (r) => ipcClassOf(r.ipc)).filter((c) => c !== '')
    this.ipcClassOfSub = new Int16Array(this.ipcSubclasses.length)
    for (let k = 0; k < this.ipcSubclasses.length; k++) this.ipcClassOfSub[k] = this.ipcClassCodes.indexOf(this.ipcSubclasses[k].slice(0, 3))
    this.fee = new Float64Array(n)
    this.declared = new Float64Array(n)
    this.views = new Int32Array(n)
    this.applications = new Int32Array(n)
    this.docEnd = new Int32Array(n)
    this.titleEnd = new Int32Array(n)
    this.numberEnd = new Int32Array(n)
    this.patenteeEnd = new Int32Array(n)

    const parts: string[] = []
    let offset = 0
    for (let i = 0; i < n; i++) {
      const r = records[i]
      this.byId.set(r.id, i)
      this.byNumber.set(r.patentNo, i)
      this.typeOf[i] = codeIndex(TYPE_CODES, r.type)
      this.industryOf[i] = codeIndex(this.industryCodes, r.industry)
      this.regionOf[i] = codeIndex(this.regionCodes, r.region)
      this.feeModeOf[i] = codeIndex(FEE_CODES, r.feeMode)
      this.strategicOf[i] = codeIndex(this.strategicCodes, r.strategicIndustry)
      this.ipcSubOf[i] = codeIndex(this.ipcSubclasses, ipcClassOf(r.ipc) ? r.ipc.trim().slice(0, 4).toUpperCase() : '')
      this.maturityOf[i] = r.maturity
      this.fee[i] = headlineFeeFen(r)
      this.declared[i] = r.declaredAtMs
      this.views[i] = r.views
      this.applications[i] = r.applications
      // The number appears with and without its dot so '2017106018623' and '201710601862.3' both hit.
      const title = foldForSearch(r.title)
      const number = r.patentNo + ' ' + r.patentNo.replace('.', '')
      const patentee = foldForSearch(r.patentee)
      const abstract = foldForSearch(r.abstract)
      // Control characters separate fields and rows, so a term (which never contains one) cannot
      // match across two of them.
      this.titleEnd[i] = offset + title.length
      this.numberEnd[i] = this.titleEnd[i] + 1 + number.length
      this.patenteeEnd[i] = this.numberEnd[i] + 1 + patentee.length
      offset = this.patenteeEnd[i] + 1 + abstract.length + 1
      this.docEnd[i] = offset
      parts.push(title, '\u0001', number, '\u0001', patentee, '\u0001', abstract, '\u0002')
    }
    this.text = parts.join('')

    const declared = this.declared
    const fee = this.fee
    this.newest = sortedOrder(n, (a, b) => declared[b] - declared[a] || a - b)
    this.feeAsc = sortedOrder(n, (a, b) => fee[a] - fee[b] || a - b)
    this.feeDesc = sortedOrder(n, (a, b) => fee[b] - fee[a] || a - b)
    this.popular = sortedOrder(n, (a, b) => this.comparePopular(a, b))
    this.popularPos = new Int32Array(n)
    for (let p = 0; p < n; p++) this.popularPos[this.popular[p]] = p
  }

  private comparePopular(a: number, b: number): number {
    return this.views[b] - this.views[a] || this.applications[b] - this.applications[a] || a - b
  }

  // -------------------------------------------------------------------------------------------
  // Lookups and counters

  indexOf(id: string): number {
    const i = this.byId.get(id)
    return i === undefined ? -1 : i
  }

  indexOfNumber(patentNo: string): number {
    const i = this.byNumber.get(patentNo)
    return i === undefined ? -1 : i
  }

  record(index: number): PatentRecord {
    return this.records[index]
  }

  viewsOf(index: number): number {
    return this.views[index]
  }

  applicationsOf(index: number): number {
    return this.applications[index]
  }

  addViews(index: number, delta = 1): void {
    this.views[index] += delta
    this.touched.add(index)
    this.dirty?.add(index)
    this.reposition(index)
  }

  addApplications(index: number, delta = 1): void {
    this.applications[index] += delta
    this.touched.add(index)
    this.dirty?.add(index)
    this.reposition(index)
  }

  /** Moves one row to its place in the popular order after its counters changed: O(log n + shift). */
  private reposition(index: number): void {
    const order = this.popular
    const pos = this.popularPos
    const from = pos[index]
    let to = from
    if (from > 0 && this.comparePopular(index, order[from - 1]) < 0) {
      // Moves up: first position in [0, from) that should come after `index`.
      let lo = 0
      let hi = from
      while (lo < hi) {
        const mid = (lo + hi) >>> 1
        if (this.comparePopular(index, order[mid]) < 0) hi = mid
        else lo = mid + 1
      }
      to = lo
      order.copyWithin(to + 1, to, from)
      for (let p = to + 1; p <= from; p++) pos[order[p]] = p
    } else if (from < this.size - 1 && this.comparePopular(index, order[from + 1]) > 0) {
      let lo = from + 1
      let hi = this.size
      while (lo < hi) {
        const mid = (lo + hi) >>> 1
        if (this.comparePopular(index, order[mid]) > 0) lo = mid + 1
        else hi = mid
      }
      to = lo - 1
      order.copyWithin(from, from + 1, to + 1)
      for (let p = from; p < to; p++) pos[order[p]] = p
    }
    order[to] = index
    pos[index] = to
  }

  /** Counters changed since the last call (journalled with the next batch); starts tracking on first call. */
  takeChangedStats(): Record<string, [number, number]> | null {
    const dirty = this.dirty
    this.dirty = new Set()
    if (!dirty || dirty.size === 0) return null
    const out: Record<string, [number, number]> = {}
    for (const i of dirty) out[this.records[i].id] = [this.views[i], this.applications[i]]
    return out
  }

  /** Counters that differ from the seed: `{ id: [views, applications] }`. */
  exportStats(): Record<string, [number, number]> {
    const out: Record<string, [number, number]> = {}
    for (const i of this.touched) out[this.records[i].id] = [this.views[i], this.applications[i]]
    return out
  }

  importStats(stats: Record<string, [number, number]> | undefined): void {
    if (!stats) return
    for (const id of Object.keys(stats)) {
      const i = this.indexOf(id)
      const v = stats[id]
      if (i < 0 || !Array.isArray(v) || typeof v[0] !== 'number' || typeof v[1] !== 'number') continue
      this.views[i] = v[0]
      this.applications[i] = v[1]
      this.touched.add(i)
      this.reposition(i)
    }
  }

  // -------------------------------------------------------------------------------------------
  // Views

  summary(index: number): PatentSummary {
    const r = this.records[index]
    const s: PatentSummary = {
      id: r.id,
      patentNo: r.patentNo,
      title: r.title,
      type: r.type,
      patentee: r.patentee,
      industry: r.industry,
      region: r.region,
      strategicIndustry: r.strategicIndustry,
      maturity: r.maturity,
      feeMode: r.feeMode,
      licenceTermMonths: r.licenceTermMonths,
      declaredAt: r.declaredAt,
      views: this.views[index],
      applications: this.applications[index],
      abstractSnippet: r.abstract.length > SNIPPET_CHARS ? r.abstract.slice(0, SNIPPET_CHARS) + '…' : r.abstract,
    }
    addFees(s, r)
    return s
  }

  detail(index: number): PatentDetail {
    const r = this.records[index]
    const d: PatentDetail = {
      id: r.id,
      patentNo: r.patentNo,
      title: r.title,
      type: r.type,
      abstract: r.abstract,
      ipc: r.ipc,
      patentee: r.patentee,
      inventors: r.inventors.slice(),
      applicationDate: r.applicationDate,
      grantDate: r.grantDate,
      expiryDate: r.expiryDate,
      legalStatus: 'valid',
      industry: r.industry,
      region: r.region,
      feeMode: r.feeMode,
      licenceTermMonths: r.licenceTermMonths,
      declaredAt: r.declaredAt,
      updatedAt: r.updatedAt,
      source: r.source,
      views: this.views[index],
      applications: this.applications[index],
      strategicIndustry: r.strategicIndustry,
      maturity: r.maturity,
      valueGrade: r.valueGrade,
      products: r.products.slice(),
      advantages: r.advantages,
      metrics: r.metrics,
      cooperationCities: r.cooperationCities.slice(),
      contact: { ...r.contact },
    }
    addFees(d, r)
    if (r.evaluationReport) d.evaluationReport = true
    return d
  }

  // -------------------------------------------------------------------------------------------
  // Search

  /**
   * Per-row weight of one term (0 = no hit). Cached: list pages and facet clicks repeat the same q.
   */
  private termScores(term: string): Uint8Array {
    const cached = this.termCache.get(term)
    if (cached) {
      this.termCache.delete(term)
      this.termCache.set(term, cached)
      return cached
    }
    const scores = new Uint8Array(this.size)
    const text = this.text
    const docEnd = this.docEnd
    let doc = 0
    let from = 0
    for (;;) {
      const hit = text.indexOf(term, from)
      if (hit < 0) break
      while (doc < this.size && docEnd[doc] <= hit) doc++
      if (doc >= this.size) break
      const start = doc === 0 ? 0 : docEnd[doc - 1]
      scores[doc] =
        hit === start
          ? WEIGHT_TITLE_START
          : hit < this.titleEnd[doc]
            ? WEIGHT_TITLE
            : hit < this.numberEnd[doc]
              ? WEIGHT_NUMBER
              : hit < this.patenteeEnd[doc]
                ? WEIGHT_PATENTEE
                : WEIGHT_ABSTRACT
      // One hit per row: the earliest is the strongest.
      from = docEnd[doc]
    }
    this.termCache.set(term, scores)
    if (this.termCache.size > TERM_CACHE_SIZE) {
      const oldest = this.termCache.keys().next().value
      if (oldest !== undefined) this.termCache.delete(oldest)
    }
    return scores
  }

  /** Splits q into search terms; a patent number in any accepted form becomes `YYYYTNNNNNNN.C`. */
  static terms(q: string): string[] {
    // 'ZL 2017…' and 'CN 2017…': the prefix belongs to the number that follows.
    const folded = foldForSearch(q).replace(/\b(zl|cn)\s+(?=\d)/g, '$1')
    const out: string[] = []
    for (const raw of folded.split(/\s+/)) {
      let term = raw.replace(/[\u0000-\u001f]/g, '')
      const number = looksLikePatentNo(term)
      if (number) term = number
      else if (/^(zl|cn)\d/.test(term)) term = term.slice(2)
      if (term !== '' && out.indexOf(term) < 0) out.push(term)
      if (out.length >= MAX_TERMS) break
    }
    return out
  }

  /** Rows matching every term, with the summed weight; null when there are no terms. */
  private match(q: string | undefined): Uint8Array | Uint16Array | null {
    if (!q) return null
    const terms = PatentStore.terms(q)
    if (terms.length === 0) return null
    if (terms.length === 1) return this.termScores(terms[0])
    const total = new Uint16Array(this.size)
    const first = this.termScores(terms[0])
    for (let i = 0; i < this.size; i++) total[i] = first[i]
    for (let t = 1; t < terms.length; t++) {
      const scores = this.termScores(terms[t])
      for (let i = 0; i < this.size; i++) {
        const s = scores[i]
        total[i] = s === 0 ? 0 : total[i] === 0 ? 0 : total[i] + s
      }
    }
    return total
  }

  // -------------------------------------------------------------------------------------------
  // Listing

  list(filter: PatentFilter): PatentListResult {
    const n = this.size
    const typeWant = filter.type ? TYPE_CODES.indexOf(filter.type) : -1
    const fi = filter.industry
    const fr = filter.region
    const fs = filter.strategicIndustry
    const fp = filter.ipc
    const industryWant = fi ? mask(this.industryCodes, (c) => industryMatches(fi, c)) : null
    const regionWant = fr ? mask(this.regionCodes, (c) => regionMatches(fr, c)) : null
    const strategicWant = fs ? mask(this.strategicCodes, (c) => c === fs || c.startsWith(fs + '.')) : null
    const ipcWant = fp ? mask(this.ipcSubclasses, (c) => c !== '' && (c.startsWith(fp) || (fp.length > 4 && fp.startsWith(c)))) : null
    const maturityMin = filter.maturityMin ?? 0
    const feeWant = filter.feeMode ? FEE_CODES.indexOf(filter.feeMode) : -1
    const maxFee = filter.maxFeeFen === undefined ? Infinity : filter.maxFeeFen
    const scores = this.match(filter.q)
    const byRelevance = scores !== null && filter.sort === 'relevance'
    // Relevance without a query has nothing to rank by: newest first, like the platform.
    const order =
      filter.sort === 'fee_asc'
        ? this.feeAsc
        : filter.sort === 'fee_desc'
          ? this.feeDesc
          : filter.sort === 'popular'
            ? this.popular
            : this.newest

    const typeCount = new Int32Array(TYPE_CODES.length)
    const industryCount = new Int32Array(this.industryCodes.length)
    const regionCount = new Int32Array(this.regionCodes.length)
    const feeCount = new Int32Array(FEE_CODES.length)
    const strategicCount = new Int32Array(this.strategicCodes.length)
    const ipcCount = new Int32Array(this.ipcClassCodes.length)
    const maturityCount = new Int32Array(MATURITY_CODES.length)
    const ipcClassOfSub = this.ipcClassOfSub
    const strategicOf = this.strategicOf
    const ipcSubOf = this.ipcSubOf
    const maturityOf = this.maturityOf
    const start = (filter.page - 1) * filter.pageSize
    const end = start + filter.pageSize
    const pageRows: number[] = []
    const matched: number[] | null = byRelevance ? [] : null
    let total = 0

    const typeOf = this.typeOf
    const industryOf = this.industryOf
    const regionOf = this.regionOf
    const feeModeOf = this.feeModeOf
    const fee = this.fee
    for (let p = 0; p < n; p++) {
      const i = order[p]
      if (scores !== null && scores[i] === 0) continue
      if (typeWant >= 0 && typeOf[i] !== typeWant) continue
      if (industryWant !== null && industryWant[industryOf[i]] === 0) continue
      if (regionWant !== null && regionWant[regionOf[i]] === 0) continue
      if (feeWant >= 0 && feeModeOf[i] !== feeWant) continue
      if (fee[i] > maxFee) continue
      if (strategicWant !== null && strategicWant[strategicOf[i]] === 0) continue
      if (ipcWant !== null && ipcWant[ipcSubOf[i]] === 0) continue
      if (maturityOf[i] < maturityMin) continue
      typeCount[typeOf[i]]++
      industryCount[industryOf[i]]++
      regionCount[regionOf[i]]++
      feeCount[feeModeOf[i]]++
      strategicCount[strategicOf[i]]++
      const ipcClass = ipcClassOfSub[ipcSubOf[i]]
      if (ipcClass >= 0) ipcCount[ipcClass]++
      maturityCount[maturityOf[i] - 1]++
      if (matched) matched.push(i)
      else if (total >= start && total < end) pageRows.push(i)
      total++
    }

    if (matched && scores) {
      // Counting sort by weight (desc) keeps the newest-first order inside each weight: stable
      // and O(matches), so pages never overlap or skip.
      let maxScore = 0
      for (const i of matched) if (scores[i] > maxScore) maxScore = scores[i]
      const buckets = new Int32Array(maxScore + 2)
      for (const i of matched) buckets[maxScore - scores[i] + 1]++
      for (let b = 1; b < buckets.length; b++) buckets[b] += buckets[b - 1]
      const ranked = new Int32Array(matched.length)
      for (const i of matched) ranked[buckets[maxScore - scores[i]]++] = i
      for (let p = start; p < end && p < ranked.length; p++) pageRows.push(ranked[p])
    }

    return {
      items: pageRows.map((i) => this.summary(i)),
      total,
      facets: {
        type: toCounts(TYPE_CODES, typeCount),
        industry: toCounts(this.industryCodes, industryCount),
        region: toCounts(this.regionCodes, regionCount),
        feeMode: toCounts(FEE_CODES, feeCount),
        strategicIndustry: toCounts(this.strategicCodes, strategicCount),
        ipc: toCounts(this.ipcClassCodes, ipcCount),
        maturity: toCounts(MATURITY_CODES, maturityCount),
      },
    }
  }
}

function toCounts(codes: readonly string[], counts: Int32Array): Record<string, number> {
  const out: Record<string, number> = {}
  for (let c = 0; c < codes.length; c++) out[codes[c]] = counts[c]
  return out
}

function addFees(
  target: { lumpSumFen?: number; entryFeeFen?: number; royaltyRate?: number; royaltyBasis?: 'sales' | 'profit' },
  r: PatentRecord,
): void {
  if (r.lumpSumFen !== undefined) target.lumpSumFen = r.lumpSumFen
  if (r.entryFeeFen !== undefined) target.entryFeeFen = r.entryFeeFen
  if (r.royaltyRate !== undefined) {
    target.royaltyRate = r.royaltyRate
    target.royaltyBasis = r.royaltyBasis
  }
}
