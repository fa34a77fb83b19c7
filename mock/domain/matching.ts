// 企业需求 → 转化清单: explainable, deterministic matching of a need against the open-licence supply
// list and upcoming matchmaking events.
//
// Scoring is a pure function over small candidate records (unit-tested on fixed data); the
// candidates come from the PatentStore's own indexed search, so a request over 50,000 declarations
// never walks the rows one by one in JavaScript.

import type { EventMatch, MatchedEvent, PatentMatch } from '@contract/trade'
import type { FeeMode } from '@contract/common'
import type { EventRow } from '../db'
import { foldForSearch, headlineFeeFen, type PatentStore } from '../patents/store'

// Points per signal. A keyword counts once, at its strongest place; the score is the share of the
// points this need could award, so it reads as a percentage whatever the number of keywords.
export const WEIGHTS = {
  keywordTitle: 30,
  keywordIpc: 20,
  keywordAbstract: 15,
  industry: 20,
  strategic: 10,
  region: 10,
  budget: 10,
} as const

export const TOP_PATENTS = 20
export const TOP_EVENTS = 5

export interface MatchCriteria {
  keywords: readonly string[]
  /** GB/T 4754-2017 大类: 同一行业 means this exact 大类, never a neighbour. */
  industry: string
  /** 战略性新兴产业 (first or second level), when the need names one. */
  strategicIndustry?: string
  /** The user's enterprise region, when the profile has one. */
  region?: string
  budgetFen?: number
}

/** What scoring needs to know about one declaration. */
export interface MatchCandidate {
  id: string
  title: string
  abstract: string
  ipc: string
  industry: string
  strategicIndustry?: string
  region: string
  feeMode: FeeMode
  lumpSumFen?: number
  entryFeeFen?: number
}

export interface ScoredCandidate {
  id: string
  score: number
  reasons: string[]
}

/** A keyword as search terms: folded like the store's index, split on spaces (all must occur). */
function termsOf(keyword: string): string[] {
  return foldForSearch(keyword)
    .split(/\s+/)
    .filter((t) => t !== '')
}

function containsAll(text: string, terms: readonly string[]): boolean {
  for (const t of terms) if (text.indexOf(t) < 0) return false
  return terms.length > 0
}

function compactIpc(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase()
}

// Most titles and abstracts hold no full-width ASCII or capitals: skip the folding copy for them.
const NEEDS_FOLDING = /[A-Z\uff01-\uff5e\u3000]/

function fold(text: string): string {
  return NEEDS_FOLDING.test(text) ? foldForSearch(text) : text
}

// Section letter + class digits, optionally subclass, group and subgroup: H01, H01M, H01M4/525.
const IPC_PATTERN = /^[a-h]\d{2}([a-z](\d{1,4}(\/\d{1,6})?)?)?$/

/** Whether a keyword names an IPC class (the store's text index does not hold IPC codes). */
export function looksLikeIpc(keyword: string): boolean {
  return IPC_PATTERN.test(compactIpc(keyword))
}

export function maxPoints(criteria: MatchCriteria): number {
  return (
    WEIGHTS.keywordTitle * criteria.keywords.length +
    WEIGHTS.industry +
    (criteria.strategicIndustry ? WEIGHTS.strategic : 0) +
    (criteria.region ? WEIGHTS.region : 0) +
    (criteria.budgetFen !== undefined ? WEIGHTS.budget : 0)
  )
}

interface PreparedKeyword {
  keyword: string
  terms: string[]
  /** Compact IPC prefix when the keyword names an IPC class. */
  ipc: string | null
}

interface Prepared {
  criteria: MatchCriteria
  keywords: PreparedKeyword[]
  max: number
}

function prepare(criteria: MatchCriteria): Prepared {
  return {
    criteria,
    keywords: criteria.keywords.map((keyword) => ({ keyword, terms: termsOf(keyword), ipc: looksLikeIpc(keyword) ? compactIpc(keyword) : null })),
    max: maxPoints(criteria),
  }
}

function score(p: Prepared, c: MatchCandidate): ScoredCandidate | null {
  const { criteria } = p
  const title = fold(c.title)
  const abstract = fold(c.abstract)
  let ipc: string | null = null
  let points = 0
  // Keyword reasons are ordered by strength (title, IPC, abstract), then by the need's own order.
  const byPlace: string[][] = [[], [], []]
  for (const k of p.keywords) {
    if (containsAll(title, k.terms)) {
      points += WEIGHTS.keywordTitle
      byPlace[0].push(`关键词: ${k.keyword}`)
      continue
    }
    if (k.ipc !== null) {
      if (ipc === null) ipc = compactIpc(c.ipc)
      if (ipc.indexOf(k.ipc) === 0) {
        points += WEIGHTS.keywordIpc
        byPlace[1].push(`关键词: ${k.keyword}`)
        continue
      }
    }
    if (containsAll(abstract, k.terms)) {
      points += WEIGHTS.keywordAbstract
      byPlace[2].push(`关键词: ${k.keyword}`)
    }
  }
  if (points === 0) return null
  const reasons = byPlace[0].concat(byPlace[1], byPlace[2])
  if (c.industry === criteria.industry) {
    points += WEIGHTS.industry
    reasons.push('同一行业')
  }
  const si = criteria.strategicIndustry
  if (si && c.strategicIndustry && (c.strategicIndustry === si || c.strategicIndustry.startsWith(si + '.'))) {
    points += WEIGHTS.strategic
    reasons.push('同属战略性新兴产业')
  }
  if (criteria.region && c.region === criteria.region) {
    points += WEIGHTS.region
    reasons.push('同一地区')
  }
  if (criteria.budgetFen !== undefined && headlineFeeFen(c) <= criteria.budgetFen) {
    points += WEIGHTS.budget
    reasons.push(c.feeMode === 'royalty' ? '提成支付，无前期费用' : '许可费在预算内')
  }
  return { id: c.id, score: Math.round((100 * points) / p.max), reasons }
}

/** Scores one candidate; null when no keyword occurs in its title, IPC or abstract. */
export function scoreCandidate(criteria: MatchCriteria, c: MatchCandidate): ScoredCandidate | null {
  return score(prepare(criteria), c)
}

function byScoreThenId(a: ScoredCandidate, b: ScoredCandidate): number {
  return b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

/** The best `limit` candidates: score descending, then id ascending (stable across runs). */
export function rankCandidates(criteria: MatchCriteria, candidates: Iterable<MatchCandidate>, limit = TOP_PATENTS): ScoredCandidate[] {
  const prepared = prepare(criteria)
  const scored: ScoredCandidate[] = []
  for (const c of candidates) {
    const s = score(prepared, c)
    if (s) scored.push(s)
  }
  scored.sort(byScoreThenId)
  return scored.slice(0, limit)
}

// ---------------------------------------------------------------------------------------------
// Candidates from the store

/**
 * Rows taken per store query. The store ranks title hits before abstract hits (newest first
 * within a weight), so for a keyword found in thousands of rows the rows left out are its weakest
 * hits; rows strong on several keywords come in through the all-keywords and same-industry
 * queries. Bounds the work for generic words such as 方法 (25,000 hits in 50,000).
 */
export const CANDIDATES_PER_QUERY = 400

// IPC codes compacted once per store (the store's text index does not hold them).
const ipcCache = new WeakMap<PatentStore, string[]>()

function compactIpcs(store: PatentStore): string[] {
  let list = ipcCache.get(store)
  if (!list) {
    list = []
    for (let i = 0; i < store.size; i++) list.push(compactIpc(store.record(i).ipc))
    ipcCache.set(store, list)
  }
  return list
}

function candidateOf(store: PatentStore, index: number): MatchCandidate {
  const r = store.record(index)
  return {
    id: r.id,
    title: r.title,
    abstract: r.abstract,
    ipc: r.ipc,
    industry: r.industry,
    strategicIndustry: r.strategicIndustry,
    region: r.region,
    feeMode: r.feeMode,
    lumpSumFen: r.lumpSumFen,
    entryFeeFen: r.entryFeeFen,
  }
}

/** Store indexes worth scoring for these criteria. */
export function candidateIndexes(store: PatentStore, criteria: MatchCriteria): number[] {
  const seen = new Set<number>()
  const out: number[] = []
  const add = (index: number) => {
    if (index >= 0 && !seen.has(index)) {
      seen.add(index)
      out.push(index)
    }
  }
  const query = (q: string, industry?: string) => {
    const { items } = store.list({ q, industry, sort: 'relevance', page: 1, pageSize: CANDIDATES_PER_QUERY })
    for (const item of items) add(store.indexOf(item.id))
  }

  const textKeywords = criteria.keywords.filter((k) => termsOf(k).length > 0)
  const ipcKeywords = criteria.keywords.filter(looksLikeIpc).map(compactIpc)
  for (const keyword of textKeywords) {
    query(keyword)
    query(keyword, criteria.industry)
  }
  // Rows holding every keyword score highest; the store's multi-term query is an AND.
  if (textKeywords.length > 1) query(textKeywords.join(' '))
  if (ipcKeywords.length > 0) {
    const ipcs = compactIpcs(store)
    for (let i = 0; i < ipcs.length; i++) {
      const ipc = ipcs[i]
      for (const k of ipcKeywords) {
        if (ipc.indexOf(k) === 0) {
          add(i)
          break
        }
      }
    }
  }
  return out
}

/** Top patents for a need, with their summaries. */
export function matchPatents(store: PatentStore, criteria: MatchCriteria, limit = TOP_PATENTS): PatentMatch[] {
  const indexes = candidateIndexes(store, criteria)
  const ranked = rankCandidates(
    criteria,
    indexes.map((i) => candidateOf(store, i)),
    limit,
  )
  return ranked.map((m) => ({ patent: store.summary(store.indexOf(m.id)), score: m.score, reasons: m.reasons }))
}

// ---------------------------------------------------------------------------------------------
// Events

function eventSummary(e: EventRow): MatchedEvent {
  return {
    id: e.id,
    kind: e.kind,
    title: e.title,
    organizer: e.organizer,
    venue: e.venue,
    city: e.city,
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    signupOpensAt: e.signupOpensAt,
    signupClosesAt: e.signupClosesAt,
    industries: e.industries.slice(),
  }
}

/**
 * Upcoming matchmaking events (not ended, sign-up not closed) serving the need's industry,
 * soonest first; keywords found in the event's title or description are named as reasons.
 */
export function matchEvents(events: Iterable<EventRow>, criteria: MatchCriteria, nowMs: number, limit = TOP_EVENTS): EventMatch[] {
  const found: { row: EventRow; startsMs: number; reasons: string[] }[] = []
  for (const e of events) {
    if (e.kind !== 'matchmaking') continue
    if (!Array.isArray(e.industries) || e.industries.indexOf(criteria.industry) < 0) continue
    if (Date.parse(e.endsAt) <= nowMs || Date.parse(e.signupClosesAt) <= nowMs) continue
    const text = fold(`${e.title}\n${e.description}`)
    const reasons = ['同一行业']
    for (const keyword of criteria.keywords) if (containsAll(text, termsOf(keyword))) reasons.push(`关键词: ${keyword}`)
    found.push({ row: e, startsMs: Date.parse(e.startsAt), reasons })
  }
  found.sort((a, b) => a.startsMs - b.startsMs || (a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0))
  return found.slice(0, limit).map((f) => ({ event: eventSummary(f.row), reasons: f.reasons }))
}
