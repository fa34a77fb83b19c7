// Deterministic generator of the open-licence supply list (开放许可供给清单). Same seed and count →
// byte-identical data, so ids, numbers and titles are stable across restarts and between the
// in-process and HTTP mocks.

import type { FeeMode, PatentType, RoyaltyBasis } from '@/api/types'
import { INDUSTRIES, REGIONS, patentNoCheckDigit, type IndustryCode, type RegionCode } from '@/rules'
import { mulberry32 } from '../core/random'
import { addYears, cstMidnight, DAY_MS, toDateCst, toIsoCst } from '../core/time'
import {
  COMPANY_BRANDS,
  DESIGN_POINTS,
  DESIGN_VIEWS,
  GIVEN_CHARS,
  INDUSTRY_VOCAB,
  NATIONAL_SOURCE,
  REGION_COMPANY_PREFIX,
  REGION_PATENTEES,
  REGION_SOURCES,
  REGION_WEIGHTS,
  SURNAMES,
  ALGO_STEPS,
  TECHS,
  UTILITY_ADJECTIVES,
  UTILITY_EFFECTS,
  UTILITY_JOINTS,
  UTILITY_PARTS,
  UTILITY_PURPOSES,
  type IndustryVocab,
} from './vocab'

/** A seeded declaration: the statutory fields plus the initial counters. */
export interface PatentRecord {
  id: string
  patentNo: string
  title: string
  type: PatentType
  abstract: string
  ipc: string
  patentee: string
  inventors: string[]
  applicationDate: string
  grantDate: string
  expiryDate: string
  industry: IndustryCode
  region: RegionCode
  feeMode: FeeMode
  lumpSumFen?: number
  entryFeeFen?: number
  royaltyRate?: number
  royaltyBasis?: RoyaltyBasis
  licenceTermMonths: number
  declaredAt: string
  declaredAtMs: number
  updatedAt: string
  source: string
  evaluationReport?: boolean
  views: number
  applications: number
}

export const DEFAULT_SEED = 20210601

const FEN_PER_YUAN = 100
const TYPE_DIGIT: Record<PatentType, string> = { invention: '1', utility: '2', design: '3' }
// 专利法第四十二条: invention 20 y, utility model 10 y, design 15 y (designs filed from 2021-06-01,
// which is why design application dates start there) — all counted from the filing date.
const TERM_YEARS: Record<PatentType, number> = { invention: 20, utility: 10, design: 15 }
const FIXED_GRANT_LAG_DAYS: Record<PatentType, number> = { invention: 900, utility: 240, design: 180 }

export function patentIdOf(index: number): string {
  let s = String(index + 1)
  while (s.length < 6) s = '0' + s
  return 'p' + s
}

export function indexOfPatentId(id: string): number {
  if (!/^p\d{6}$/.test(id)) return -1
  return Number(id.slice(1)) - 1
}

interface FixedSpec {
  key: string
  patentNo: string
  title: string
  type: PatentType
  industry: IndustryCode
  region: RegionCode
  patentee: string
  feeMode: FeeMode
  lumpSumFen?: number
  entryFeeFen?: number
  royaltyRate?: number
  royaltyBasis?: RoyaltyBasis
  licenceTermMonths: number
  abstract?: string
  views: number
  applications: number
}

const WAN = 10000 * FEN_PER_YUAN

function withCheck(digits12: string): string {
  return `${digits12}.${patentNoCheckDigit(digits12)}`
}

/**
 * Rows at fixed ids that tests, demos and docs can rely on (ids p000001…). Everything not given
 * here (dates, inventors, IPC, abstract) is still generated deterministically.
 */
const FIXED: FixedSpec[] = [
  {
    key: 'lithiumCathode',
    patentNo: '201710601862.3',
    title: '一种用于锂离子电池的复合正极材料及其制备方法',
    type: 'invention',
    industry: 'new_energy',
    region: 'jiangmen',
    patentee: '五邑大学',
    feeMode: 'lump_sum',
    lumpSumFen: 30 * WAN,
    licenceTermMonths: 36,
    abstract:
      '本发明公开了一种用于锂离子电池的复合正极材料及其制备方法。该方法包括前驱体共沉淀、高温固相烧结和表面包覆改性等步骤。' +
      '与现有技术相比，所得材料循环寿命显著延长，倍率性能优异。可广泛应用于储能电站和电动汽车等领域。',
    views: 9876,
    applications: 42,
  },
  {
    key: 'lineInspection',
    patentNo: withCheck('201910234567'),
    title: '一种基于深度学习的输电线路缺陷检测方法',
    type: 'invention',
    industry: 'ai_software',
    region: 'chongqing',
    patentee: '重庆大学',
    feeMode: 'royalty',
    royaltyRate: 0.05,
    royaltyBasis: 'sales',
    licenceTermMonths: 24,
    views: 7321,
    applications: 18,
  },
  {
    key: 'fumigationDevice',
    patentNo: withCheck('202122345678'),
    title: '一种便携式中药熏蒸理疗装置',
    type: 'utility',
    industry: 'biomedicine',
    region: 'luzhou',
    patentee: '西南医科大学',
    feeMode: 'entry_plus_royalty',
    entryFeeFen: 2 * WAN,
    royaltyRate: 0.03,
    royaltyBasis: 'sales',
    licenceTermMonths: 36,
    views: 2150,
    applications: 9,
  },
  {
    key: 'liquorBottle',
    patentNo: withCheck('202230123456'),
    title: '白酒酒瓶（窖藏）',
    type: 'design',
    industry: 'food',
    region: 'luzhou',
    patentee: '四川轻化工大学',
    feeMode: 'lump_sum',
    lumpSumFen: 1.5 * WAN,
    licenceTermMonths: 24,
    views: 1288,
    applications: 5,
  },
  {
    key: 'pitMudBacteria',
    patentNo: withCheck('202010456789'),
    title: '一种浓香型白酒窖泥功能菌的筛选方法及其应用',
    type: 'invention',
    industry: 'food',
    region: 'luzhou',
    patentee: '四川轻化工大学',
    feeMode: 'entry_plus_royalty',
    entryFeeFen: 5 * WAN,
    royaltyRate: 0.15,
    royaltyBasis: 'profit',
    licenceTermMonths: 60,
    views: 3456,
    applications: 11,
  },
  {
    key: 'motorcycleInspection',
    patentNo: withCheck('201810987654'),
    title: '一种基于机器视觉的摩托车零部件表面缺陷检测系统',
    type: 'invention',
    industry: 'advanced_manufacturing',
    region: 'jiangmen',
    patentee: '五邑大学',
    feeMode: 'royalty',
    royaltyRate: 0.2,
    royaltyBasis: 'profit',
    licenceTermMonths: 48,
    views: 4567,
    applications: 15,
  },
]

/** Stable handles for tests and demos: `FIXED_PATENTS.lithiumCathode.id === 'p000001'`. */
export const FIXED_PATENTS: Record<string, { id: string; patentNo: string; title: string }> = {}
FIXED.forEach((spec, i) => {
  FIXED_PATENTS[spec.key] = { id: patentIdOf(i), patentNo: spec.patentNo, title: spec.title }
})

type Rand = () => number

// Module-level aliases of hot globals: Jest runs code in a vm sandbox where each global lookup is
// slow enough to double the time to seed 50k rows.
const { floor, round, exp, log, max, min, pow } = Math

function pick<T>(rand: Rand, list: readonly T[]): T {
  return list[floor(rand() * list.length)]
}

/** k distinct items (k ≤ list.length), in list order so process steps stay in sequence. */
function pickDistinct<T>(rand: Rand, list: readonly T[], k: number): T[] {
  const chosen: number[] = []
  while (chosen.length < k) {
    const i = floor(rand() * list.length)
    if (chosen.indexOf(i) < 0) chosen.push(i)
  }
  chosen.sort((a, b) => a - b)
  return chosen.map((i) => list[i])
}

function intBetween(rand: Rand, lowest: number, highest: number): number {
  return lowest + floor(rand() * (highest - lowest + 1))
}

function weighted<T extends string>(rand: Rand, weights: Record<T, number>, keys: readonly T[], total: number): T {
  let r = rand() * total
  for (const key of keys) {
    r -= weights[key]
    if (r < 0) return key
  }
  return keys[keys.length - 1]
}

function logUniform(rand: Rand, lowest: number, highest: number): number {
  return exp(log(lowest) + rand() * (log(highest) - log(lowest)))
}

function personName(rand: Rand): string {
  const surname = SURNAMES.charAt(floor(rand() * SURNAMES.length))
  const first = GIVEN_CHARS.charAt(floor(rand() * GIVEN_CHARS.length))
  if (rand() < 0.3) return surname + first
  return surname + first + GIVEN_CHARS.charAt(floor(rand() * GIVEN_CHARS.length))
}

function inventorsOf(rand: Rand, type: PatentType): string[] {
  const count = type === 'design' ? intBetween(rand, 1, 3) : intBetween(rand, 2, 6)
  const out: string[] = []
  while (out.length < count) {
    const name = personName(rand)
    if (out.indexOf(name) < 0) out.push(name)
  }
  return out
}

function inventionTitle(rand: Rand, v: IndustryVocab): string {
  // Material templates (0, 2, 5) only where the industry has materials.
  let kind = floor(rand() * 7)
  if (v.materials.length === 0 && (kind === 0 || kind === 2 || kind === 5)) kind = 1
  switch (kind) {
    case 0:
      return `一种用于${pick(rand, v.applications)}的${pick(rand, v.materials)}及其制备方法`
    case 1:
      return `一种基于${pick(rand, TECHS)}的${pick(rand, v.applications)}${pick(rand, v.tasks)}方法`
    case 2:
      return `一种${pick(rand, v.materials)}的制备方法`
    case 3:
      return `一种基于${pick(rand, TECHS)}的${pick(rand, v.systems)}`
    case 4:
      return `${pick(rand, v.applications)}${pick(rand, v.tasks)}方法、装置、设备及存储介质`
    case 5:
      return `一种${pick(rand, v.materials)}及其在${pick(rand, v.applications)}中的应用`
    default:
      return `一种${pick(rand, v.applications)}${pick(rand, v.tasks)}系统及方法`
  }
}

function utilityTitle(rand: Rand, v: IndustryVocab): string {
  switch (floor(rand() * 4)) {
    case 0:
      return `一种${pick(rand, UTILITY_ADJECTIVES)}${pick(rand, v.devices)}`
    case 1:
      return `一种${pick(rand, v.applications)}用${pick(rand, v.devices)}`
    case 2:
      return `一种便于${pick(rand, UTILITY_PURPOSES)}的${pick(rand, v.devices)}`
    default:
      return `一种${pick(rand, v.devices)}`
  }
}

function designTitle(rand: Rand, v: IndustryVocab): string {
  const product = pick(rand, v.products)
  const r = rand()
  if (r < 0.2) return `${product}（${intBetween(rand, 1, 6)}）`
  if (r < 0.35) return `${pick(rand, ['便携式', '智能', '多功能', '迷你'])}${product}`
  return product
}

function titleOf(rand: Rand, type: PatentType, v: IndustryVocab): string {
  if (type === 'invention') return inventionTitle(rand, v)
  if (type === 'utility') return utilityTitle(rand, v)
  return designTitle(rand, v)
}

function abstractOf(rand: Rand, type: PatentType, title: string, v: IndustryVocab): string {
  const [effect1, effect2] = pickDistinct(rand, type === 'utility' ? UTILITY_EFFECTS : v.effects, 2)
  if (type === 'design') {
    return (
      `1．本外观设计产品的名称：${title}。` +
      `2．本外观设计产品的用途：用于${pick(rand, v.applications)}。` +
      `3．本外观设计产品的设计要点：在于${pick(rand, DESIGN_POINTS)}。` +
      `4．最能表明设计要点的图片或照片：${pick(rand, DESIGN_VIEWS)}。`
    )
  }
  if (type === 'utility') {
    const [p1, p2, p3] = pickDistinct(rand, UTILITY_PARTS, 3)
    let text =
      `本实用新型公开了${title}，包括${p1}、${p2}和${p3}，所述${p1}通过${pick(rand, UTILITY_JOINTS)}与${p2}连接。` +
      `本实用新型结构简单，${effect1}，${effect2}。`
    if (rand() < 0.5) text += `适用于${pick(rand, v.applications)}等场景。`
    return text
  }
  let text = `本发明公开了${title}。`
  if (/系统$/.test(title)) {
    text += `该系统包括数据采集模块、${pick(rand, v.tasks)}模块和可视化终端，各模块通过通信网络协同工作。`
  } else {
    const isPreparation = title.indexOf('制备') >= 0 || title.indexOf('应用') >= 0
    const [s1, s2, s3] = pickDistinct(rand, isPreparation ? v.steps : ALGO_STEPS, 3)
    text += `该方法包括${s1}、${s2}和${s3}等步骤。`
  }
  text += `与现有技术相比，本发明${effect1}，${effect2}。`
  if (rand() < 0.6) text += `可广泛应用于${pick(rand, v.applications)}等领域，具有良好的产业化前景。`
  return text
}

const poolCache = new Map<string, string[]>()

function institutionsFor(region: RegionCode, industry: IndustryCode): string[] {
  const key = region + '/' + industry
  let pool = poolCache.get(key)
  if (!pool) {
    pool = REGION_PATENTEES[region].filter((p) => !p.industries || p.industries.indexOf(industry) >= 0).map((p) => p.name)
    poolCache.set(key, pool)
  }
  return pool
}

function patenteeOf(rand: Rand, region: RegionCode, industry: IndustryCode): string {
  if (rand() < 0.72) {
    const pool = institutionsFor(region, industry)
    if (pool.length > 0) return pick(rand, pool)
  }
  const suffix = rand() < 0.15 ? '股份有限公司' : '有限公司'
  return `${REGION_COMPANY_PREFIX[region]}${pick(rand, COMPANY_BRANDS)}${INDUSTRY_VOCAB[industry].companyWord}${suffix}`
}

const SALES_RATES = [0.01, 0.015, 0.02, 0.025, 0.03, 0.035, 0.04, 0.05, 0.06, 0.08]
const PROFIT_RATES = [0.05, 0.08, 0.1, 0.12, 0.15, 0.2, 0.25, 0.3]

interface Fees {
  feeMode: FeeMode
  lumpSumFen?: number
  entryFeeFen?: number
  royaltyRate?: number
  royaltyBasis?: RoyaltyBasis
}

/** Declared figures stay within the caps (20 % of sales, 40 % of profit); the calculator flags user input. */
function feesOf(rand: Rand, type: PatentType): Fees {
  const r = rand()
  const feeMode: FeeMode = r < 0.45 ? 'lump_sum' : r < 0.7 ? 'royalty' : 'entry_plus_royalty'
  // Typical ranges seen on the national platform, in 元, rounded the way declarations are.
  const [lowest, highest, step] = type === 'invention' ? [20000, 800000, 1000] : type === 'utility' ? [5000, 100000, 500] : [2000, 50000, 100]
  const lumpYuan = round(logUniform(rand, lowest, highest) / step) * step
  if (feeMode === 'lump_sum') return { feeMode, lumpSumFen: lumpYuan * FEN_PER_YUAN }
  const royaltyBasis: RoyaltyBasis = rand() < 0.7 ? 'sales' : 'profit'
  const royaltyRate = pick(rand, royaltyBasis === 'sales' ? SALES_RATES : PROFIT_RATES)
  if (feeMode === 'royalty') return { feeMode, royaltyRate, royaltyBasis }
  const entryYuan = max(1000, round((lumpYuan * 0.3) / 1000) * 1000)
  return { feeMode, entryFeeFen: entryYuan * FEN_PER_YUAN, royaltyRate, royaltyBasis }
}

interface Dates {
  applicationMs: number
  grantMs: number
  declaredMs: number
  updatedMs: number
}

const T_2010 = cstMidnight(2010, 1, 1)
const T_2017_07 = cstMidnight(2017, 7, 1)
const T_2021_06 = cstMidnight(2021, 6, 1)
const T_2024_END = cstMidnight(2024, 12, 31)
const T_GRANT_MAX = cstMidnight(2026, 3, 31)
// 开放许可 took effect with the fourth amendment of the Patent Law (2021-06-01); declarations on the
// national platform start in 2022.
const T_DECLARE_MIN = cstMidnight(2022, 1, 1)
const T_DECLARE_MAX = cstMidnight(2026, 6, 30)
const T_UPDATE_MAX = cstMidnight(2026, 9, 30)
const MONTH_MS = 30.44 * DAY_MS

function between(rand: Rand, from: number, to: number): number {
  return from + floor(rand() * ((to - from) / DAY_MS + 1)) * DAY_MS
}

// Application windows keep every seeded patent in force today: utility models (10 y) from
// mid-2017, designs (15 y) from 2021-06-01.
function datesOf(rand: Rand, type: PatentType): Dates {
  const [from, lagMin, lagMax] =
    type === 'invention' ? [T_2010, 18, 48] : type === 'utility' ? [T_2017_07, 5, 14] : [T_2021_06, 4, 12]
  let applicationMs = 0
  let grantMs = 0
  for (let attempt = 0; attempt < 8; attempt++) {
    applicationMs = between(rand, from, T_2024_END)
    grantMs = applicationMs + round(intBetween(rand, lagMin, lagMax) * MONTH_MS / DAY_MS) * DAY_MS
    if (grantMs <= T_GRANT_MAX) break
  }
  if (grantMs > T_GRANT_MAX) {
    grantMs = T_GRANT_MAX
    applicationMs = min(applicationMs, grantMs - lagMin * 31 * DAY_MS)
  }
  const declaredDay = between(rand, max(grantMs + 20 * DAY_MS, T_DECLARE_MIN), T_DECLARE_MAX)
  // Office hours, Beijing time.
  const declaredMs = declaredDay + (intBetween(rand, 9 * 60, 17 * 60 + 59) * 60 + intBetween(rand, 0, 59)) * 1000
  const updatedMs = rand() < 0.5 ? declaredMs : min(declaredMs + intBetween(rand, 1, 120) * DAY_MS, T_UPDATE_MAX)
  return { applicationMs, grantMs, declaredMs, updatedMs }
}

function termMonthsOf(rand: Rand, declaredMs: number, expiryDate: string): number {
  const expiryMs = cstMidnight(Number(expiryDate.slice(0, 4)), Number(expiryDate.slice(5, 7)), Number(expiryDate.slice(8, 10)))
  const remaining = floor((expiryMs - declaredMs) / MONTH_MS)
  const options = [12, 24, 36, 48, 60].filter((m) => m <= remaining)
  return options.length > 0 ? pick(rand, options) : 12
}

function popularity(rand: Rand): { views: number; applications: number } {
  const views = 12 + floor(pow(rand(), 4) * 6000) + intBetween(rand, 0, 40)
  const applications = floor(views * rand() * 0.02)
  return { views, applications }
}

const TYPE_KEYS: readonly PatentType[] = ['invention', 'utility', 'design']
const TYPE_WEIGHTS: Record<PatentType, number> = { invention: 55, utility: 35, design: 10 }
const INDUSTRY_KEYS = INDUSTRIES.map((i) => i.code) as IndustryCode[]
const REGION_KEYS = REGIONS.map((r) => r.code) as RegionCode[]
const REGION_TOTAL = REGION_KEYS.reduce((sum, k) => sum + (REGION_WEIGHTS[k] ?? 1), 0)
const INDUSTRY_WEIGHTS = INDUSTRY_KEYS.reduce(
  (acc, k) => {
    acc[k] = k === 'new_energy' || k === 'advanced_manufacturing' || k === 'ai_software' || k === 'electronics' ? 14 : 8
    return acc
  },
  {} as Record<IndustryCode, number>,
)
const INDUSTRY_TOTAL = INDUSTRY_KEYS.reduce((sum, k) => sum + INDUSTRY_WEIGHTS[k], 0)

function serialDigits(rand: Rand): string {
  let s = String(1 + floor(rand() * 9999998))
  while (s.length < 7) s = '0' + s
  return s
}

function vocabOf(industry: IndustryCode): IndustryVocab {
  return INDUSTRY_VOCAB[industry]
}

export function generatePatents(count: number, seed: number = DEFAULT_SEED): PatentRecord[] {
  const rand = mulberry32(seed)
  const out: PatentRecord[] = []
  const usedNumbers = new Set<string>()
  for (const spec of FIXED) usedNumbers.add(spec.patentNo.slice(0, 12))

  for (let i = 0; i < count; i++) {
    const fixed = i < FIXED.length ? FIXED[i] : undefined
    const type = fixed ? fixed.type : weighted(rand, TYPE_WEIGHTS, TYPE_KEYS, 100)
    const industry = fixed ? fixed.industry : weighted(rand, INDUSTRY_WEIGHTS, INDUSTRY_KEYS, INDUSTRY_TOTAL)
    const region = fixed ? fixed.region : weighted(rand, REGION_WEIGHTS, REGION_KEYS, REGION_TOTAL)
    const v = vocabOf(industry)
    const dates = datesOf(rand, type)
    let applicationMs = dates.applicationMs
    let patentNo: string
    if (fixed) {
      patentNo = fixed.patentNo
      // The number encodes the filing year; keep the generated day but move it into that year.
      const year = Number(patentNo.slice(0, 4))
      const date = toDateCst(applicationMs)
      applicationMs = cstMidnight(year, Number(date.slice(5, 7)), min(28, Number(date.slice(8, 10))))
    } else {
      const year = toDateCst(applicationMs).slice(0, 4)
      let digits = ''
      do digits = year + TYPE_DIGIT[type] + serialDigits(rand)
      while (usedNumbers.has(digits))
      usedNumbers.add(digits)
      patentNo = `${digits}.${patentNoCheckDigit(digits)}`
    }
    const grantMs = fixed ? applicationMs + FIXED_GRANT_LAG_DAYS[type] * DAY_MS : dates.grantMs
    const declaredMs = max(dates.declaredMs, grantMs + 20 * DAY_MS)
    const updatedMs = max(dates.updatedMs, declaredMs)
    const applicationDate = toDateCst(applicationMs)
    const expiryDate = addYears(applicationDate, TERM_YEARS[type])
    const title = fixed ? fixed.title : titleOf(rand, type, v)
    const fees: Fees = fixed
      ? { feeMode: fixed.feeMode, lumpSumFen: fixed.lumpSumFen, entryFeeFen: fixed.entryFeeFen, royaltyRate: fixed.royaltyRate, royaltyBasis: fixed.royaltyBasis }
      : feesOf(rand, type)
    const pop = fixed ? { views: fixed.views, applications: fixed.applications } : popularity(rand)
    const abstract = fixed?.abstract ?? abstractOf(rand, type, title, v)
    const record: PatentRecord = {
      id: patentIdOf(i),
      patentNo,
      title,
      type,
      abstract,
      ipc: type === 'design' ? `LOC(15) ${pick(rand, v.locarno)}` : pick(rand, v.ipc),
      patentee: fixed ? fixed.patentee : patenteeOf(rand, region, industry),
      inventors: inventorsOf(rand, type),
      applicationDate,
      grantDate: toDateCst(grantMs),
      expiryDate,
      industry,
      region,
      feeMode: fees.feeMode,
      lumpSumFen: fees.lumpSumFen,
      entryFeeFen: fees.entryFeeFen,
      royaltyRate: fees.royaltyRate,
      royaltyBasis: fees.royaltyRate !== undefined ? fees.royaltyBasis : undefined,
      licenceTermMonths: fixed ? fixed.licenceTermMonths : termMonthsOf(rand, declaredMs, expiryDate),
      declaredAt: toIsoCst(declaredMs),
      declaredAtMs: declaredMs,
      updatedAt: toIsoCst(updatedMs),
      source: rand() < 0.35 ? REGION_SOURCES[region] : NATIONAL_SOURCE,
      // 专利法第五十条: an open-licence declaration for a utility model or design must come with the
      // patent evaluation report (专利权评价报告).
      evaluationReport: type !== 'invention' ? true : undefined,
      views: pop.views,
      applications: pop.applications,
    }
    out.push(record)
  }
  return out
}
