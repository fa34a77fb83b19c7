/** @jest-environment node */
// Needs matching on small fixed data: the ranking, scores and reasons are pinned here.

import type { EventRow } from '@mock/db'
import { matchEvents, matchPatents, rankCandidates, scoreCandidate, type MatchCandidate, type MatchCriteria } from '@mock/domain/matching'
import { PatentStore } from '@mock/patents/store'
import type { PatentRecord } from '@mock/seed/patents'

const WAN = 1_000_000

function candidate(id: string, patch: Partial<MatchCandidate>): MatchCandidate {
  return {
    id,
    title: '一种通用装置',
    abstract: '本实用新型公开了一种通用装置。',
    ipc: 'F16M 11/04',
    industry: 'C34',
    region: '500000',
    feeMode: 'lump_sum',
    lumpSumFen: 100 * WAN,
    ...patch,
  }
}

// Keywords 储能 and 热管理: the four ways a row can earn points, plus one that earns none.
const CANDIDATES: MatchCandidate[] = [
  // Both keywords in the title, same industry and region, fee within budget: everything.
  candidate('c1', { title: '一种储能电池热管理系统', industry: 'C38', region: '440700', lumpSumFen: 20 * WAN }),
  // Same as c1 but over budget: loses only the budget points.
  candidate('c2', { title: '储能柜热管理装置', industry: 'C38', region: '440700', lumpSumFen: 80 * WAN }),
  // One keyword in the title, the other only in the abstract; royalty-only counts as within budget.
  candidate('c3', { title: '一种热管理方法', abstract: '适用于储能电站。', industry: 'C38', region: '510500', feeMode: 'royalty', lumpSumFen: undefined }),
  // Keywords only in the abstract, other industry.
  candidate('c4', { abstract: '用于储能设备的热管理。', industry: 'C39' }),
  // Ties with c4 on every signal: the lower id ranks first.
  candidate('c0', { abstract: '储能与热管理。', industry: 'C39' }),
  // Same industry and region but no keyword: not a match at all.
  candidate('c5', { title: '一种光伏支架', industry: 'C38', region: '440700', lumpSumFen: 1 * WAN }),
]

const CRITERIA: MatchCriteria = { keywords: ['储能', '热管理'], industry: 'C38', region: '440700', budgetFen: 50 * WAN }

test('should rank by score, then id, and leave out rows without a keyword', () => {
  const ranked = rankCandidates(CRITERIA, CANDIDATES)
  // Points out of 60 (keywords) + 20 (industry) + 10 (region) + 10 (budget) = 100.
  expect(ranked).toEqual([
    { id: 'c1', score: 100, reasons: ['关键词: 储能', '关键词: 热管理', '同一行业', '同一地区', '许可费在预算内'] },
    { id: 'c2', score: 90, reasons: ['关键词: 储能', '关键词: 热管理', '同一行业', '同一地区'] },
    { id: 'c3', score: 75, reasons: ['关键词: 热管理', '关键词: 储能', '同一行业', '提成支付，无前期费用'] },
    { id: 'c0', score: 30, reasons: ['关键词: 储能', '关键词: 热管理'] },
    { id: 'c4', score: 30, reasons: ['关键词: 储能', '关键词: 热管理'] },
  ])
})

test('should give the same ranking whatever order the candidates arrive in', () => {
  const reversed = rankCandidates(CRITERIA, [...CANDIDATES].reverse())
  expect(reversed.map((m) => m.id)).toEqual(['c1', 'c2', 'c3', 'c0', 'c4'])
})

test('should cut the list at the limit', () => {
  expect(rankCandidates(CRITERIA, CANDIDATES, 2).map((m) => m.id)).toEqual(['c1', 'c2'])
})

test('should score out of the signals the need can use: no region or budget, no points for them', () => {
  const plain = { keywords: ['储能'], industry: 'C38' }
  // 30 (title) + 20 (industry) of 50.
  expect(scoreCandidate(plain, CANDIDATES[0])).toEqual({ id: 'c1', score: 100, reasons: ['关键词: 储能', '同一行业'] })
  // 15 (abstract) of 50.
  expect(scoreCandidate(plain, CANDIDATES[3])).toEqual({ id: 'c4', score: 30, reasons: ['关键词: 储能'] })
})

test('should match an IPC class by prefix, ignoring spaces and case', () => {
  const c = candidate('ipc', { ipc: 'H01M 10/613', industry: 'C38' })
  expect(scoreCandidate({ keywords: ['h01m10/61'], industry: 'C38' }, c)).toEqual({ id: 'ipc', score: 80, reasons: ['关键词: h01m10/61', '同一行业'] })
  expect(scoreCandidate({ keywords: ['H02J'], industry: 'C38' }, c)).toBeNull()
})

test('should fold full-width letters and case, and need every word of a multi-word keyword', () => {
  const c = candidate('bms', { title: '一种基于BMS的储能电池均衡方法' })
  expect(scoreCandidate({ keywords: ['ｂｍｓ'], industry: 'C14' }, c)?.reasons).toEqual(['关键词: ｂｍｓ'])
  expect(scoreCandidate({ keywords: ['储能 均衡'], industry: 'C14' }, c)?.reasons).toEqual(['关键词: 储能 均衡'])
  expect(scoreCandidate({ keywords: ['储能 光伏'], industry: 'C14' }, c)).toBeNull()
})

// ---- Through a small PatentStore: candidates come from its search ----

function record(i: number, patch: Partial<PatentRecord>): PatentRecord {
  const id = `p${String(i + 1).padStart(6, '0')}`
  return {
    id,
    patentNo: `20201010${String(1000 + i)}.1`,
    title: '一种通用装置',
    type: 'invention',
    abstract: '本发明公开了一种通用装置。',
    ipc: 'F16M 11/04',
    patentee: '示例大学',
    inventors: ['张三'],
    applicationDate: '2020-01-01',
    grantDate: '2022-01-01',
    expiryDate: '2040-01-01',
    industry: 'C34',
    region: '500000',
    strategicIndustry: '2.1',
    maturity: 5,
    valueGrade: 'medium',
    products: ['通用装置'],
    advantages: '结构简单',
    metrics: '可靠',
    cooperationCities: ['500000'],
    contact: { name: '张三', phone: '13800138000' },
    feeMode: 'lump_sum',
    lumpSumFen: 10 * WAN,
    licenceTermMonths: 36,
    declaredAt: '2024-01-01T09:00:00+08:00',
    declaredAtMs: Date.UTC(2024, 0, 1) + i,
    updatedAt: '2024-01-01T09:00:00+08:00',
    source: '测试',
    views: 0,
    applications: 0,
    ...patch,
  }
}

function smallStore(): PatentStore {
  const rows: PatentRecord[] = []
  for (let i = 0; i < 60; i++) rows.push(record(i, {}))
  rows[3] = record(3, { title: '一种储能电池热管理系统', industry: 'C38', region: '440700' })
  rows[10] = record(10, { abstract: '可用于储能电站。', industry: 'C38' })
  rows[20] = record(20, { ipc: 'H01M 10/613', industry: 'C38' })
  // The keyword only in the patentee's name does not count: matching reads title, IPC and abstract.
  rows[30] = record(30, { patentee: '储能研究院' })
  rows[40] = record(40, { title: '储能变流器', industry: 'C39', feeMode: 'royalty', lumpSumFen: undefined, royaltyRate: 0.05, royaltyBasis: 'sales' })
  return new PatentStore(rows)
}

test('should find candidates through the store, IPC codes included, and return summaries', () => {
  const store = smallStore()
  const result = matchPatents(store, { keywords: ['储能', 'H01M'], industry: 'C38', region: '440700', budgetFen: 20 * WAN })
  // Points out of 60 + 20 + 10 + 10 = 100.
  expect(result.map((m) => [m.patent.id, m.score, m.reasons])).toEqual([
    ['p000004', 70, ['关键词: 储能', '同一行业', '同一地区', '许可费在预算内']],
    ['p000021', 50, ['关键词: H01M', '同一行业', '许可费在预算内']],
    ['p000011', 45, ['关键词: 储能', '同一行业', '许可费在预算内']],
    ['p000041', 40, ['关键词: 储能', '提成支付，无前期费用']],
  ])
  expect(result[0].patent).toMatchObject({ title: '一种储能电池热管理系统', patentNo: expect.any(String), feeMode: 'lump_sum' })
})

// ---- Events ----

const NOW = Date.UTC(2026, 2, 1, 1, 0, 0)
const HOUR = 3600_000

function iso(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '+00:00')
}

function event(id: string, patch: Partial<EventRow>): EventRow {
  return {
    id,
    kind: 'matchmaking',
    title: '专利供需对接会',
    organizer: '主办方',
    venue: '会场',
    city: '江门',
    startsAt: iso(NOW + 48 * HOUR),
    endsAt: iso(NOW + 52 * HOUR),
    signupOpensAt: iso(NOW - 48 * HOUR),
    signupClosesAt: iso(NOW + 24 * HOUR),
    capacity: 50,
    requiresApproval: false,
    waitlistEnabled: true,
    description: '',
    agenda: [],
    industries: ['C38'],
    createdAt: iso(NOW - 100 * HOUR),
    updatedAt: iso(NOW - 100 * HOUR),
    ...patch,
  }
}

test('should suggest only upcoming matchmaking events of the industry, soonest first, with keyword reasons', () => {
  const events = [
    event('later', { startsAt: iso(NOW + 96 * HOUR), endsAt: iso(NOW + 100 * HOUR) }),
    event('soon', { title: '储能专利对接会' }),
    event('not-open-yet', { signupOpensAt: iso(NOW + HOUR), startsAt: iso(NOW + 72 * HOUR) }),
    event('closed', { signupClosesAt: iso(NOW - 1) }),
    event('running', { startsAt: iso(NOW - HOUR), signupClosesAt: iso(NOW - 2 * HOUR) }),
    event('ended', { endsAt: iso(NOW - 1), signupClosesAt: iso(NOW + HOUR) }),
    event('C14', { industries: ['C14'] }),
    event('financing', { kind: 'financing' }),
  ]
  const result = matchEvents(events, { keywords: ['储能'], industry: 'C38' }, NOW)
  expect(result.map((m) => [m.event.id, m.reasons])).toEqual([
    ['soon', ['同一行业', '关键词: 储能']],
    ['not-open-yet', ['同一行业']],
    ['later', ['同一行业']],
  ])
  expect(matchEvents(events, { keywords: ['储能'], industry: 'C38' }, NOW, 1)).toHaveLength(1)
})
