// Deterministic generator of the open-licence supply list (开放许可供给清单). Same seed and count →
// byte-identical data, so ids, numbers and titles are stable across restarts and between the
// in-process and HTTP mocks.

import type { FeeMode, PatentType, RoyaltyBasis, ValueGrade } from '@contract/common'
import { patentNoCheckDigit } from '@/rules'
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
import { DEMO_COMPANY } from './users'
import { CITY_CODE, CITY_SLUGS, SECTOR_INDUSTRIES, SECTOR_KEYS, SECTOR_STRATEGIC, type CitySlug, type SectorKey } from './sectors'

type IndustryCode = SectorKey
type RegionCode = CitySlug

/**
 * Facts of the patent register (专利登记簿) that the mock keeps for the 质押前自查 and the 备案 pre-check.
 * Pledges are not here: a patent is pledged while a financing application pledging it is approved or
 * disbursed (the backend's own records).
 */
export interface RegisterFacts {
  /** 年费 due and unpaid: in the six-month grace period (滞纳期) since this date. */
  annuityGraceSince?: string
  /** Other registered co-owners (共有人), none of whom has consented in writing. */
  coOwners?: string[]
  /** 无效宣告请求 filed on this date, not yet decided. */
  invalidationFiledAt?: string
  /** 权属纠纷: procedures suspended (中止) or the patent under court preservation (保全). */
  dispute?: 'suspended' | 'preservation'
  /** 同日申请的发明与实用新型 pair: the twin's number; one of the two must be abandoned first. */
  sameDayTwin?: string
}

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
  /** GB/T 4754-2017 大类, e.g. `C38`. */
  industry: string
  /** GB/T 2260 city code, e.g. `440700`. */
  region: string
  /** 战略性新兴产业分类 (2018) second level, e.g. `6.3`. */
  strategicIndustry: string
  /** 技术成熟度 1–9 (TRL). */
  maturity: number
  valueGrade: ValueGrade
  products: string[]
  advantages: string
  metrics: string
  /** 意向合作城市, GB/T 2260 codes. */
  cooperationCities: string[]
  contact: { name: string; phone: string; email?: string }
  /** The patentee's USCC when the register knows it (the demo enterprise's patents). */
  patenteeUscc?: string
  register?: RegisterFacts
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
  /** Filing date when it matters to a check (an expiry date before a loan ends). */
  applicationDate?: string
  patenteeUscc?: string
  register?: RegisterFacts
  ipc?: string
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

// The demo enterprise's own patents (DEMO_COMPANY, 江门), one per ground of 专利权质押登记办法 that the
// 质押前自查 names, plus two with nothing against them. Already pledged = under the seeded disbursed loan
// fa-demo-disbursed (seed/applications.ts), not a flag.
const OWN = { region: 'jiangmen' as const, patentee: DEMO_COMPANY.name, patenteeUscc: DEMO_COMPANY.uscc, views: 120, applications: 1 }
const OWN_FIXED: FixedSpec[] = [
  { ...OWN, key: 'ownReady', patentNo: withCheck('202010456781'), title: '一种锂电池极片激光分切装置的张力控制方法', type: 'invention', industry: 'new_energy',
    feeMode: 'lump_sum', lumpSumFen: 20 * WAN, licenceTermMonths: 36 },
  { ...OWN, key: 'ownReady2', patentNo: withCheck('202120987652'), title: '一种注塑件自动去毛刺夹具', type: 'utility', industry: 'advanced_manufacturing',
    feeMode: 'royalty', royaltyRate: 0.03, royaltyBasis: 'sales', licenceTermMonths: 24 },
  { ...OWN, key: 'ownPledged', patentNo: withCheck('201910345673'), title: '一种基于机器视觉的电池模组焊缝检测方法', type: 'invention', industry: 'new_energy',
    feeMode: 'entry_plus_royalty', entryFeeFen: 5 * WAN, royaltyRate: 0.1, royaltyBasis: 'profit', licenceTermMonths: 36 },
  { ...OWN, key: 'ownAnnuityGrace', patentNo: withCheck('202010567894'), title: '一种储能电站电池簇均衡控制方法', type: 'invention', industry: 'new_energy',
    feeMode: 'lump_sum', lumpSumFen: 15 * WAN, licenceTermMonths: 24, register: { annuityGraceSince: '2026-09-15' } },
  { ...OWN, key: 'ownCoOwned', patentNo: withCheck('202110678905'), title: '一种数控机床主轴热误差补偿方法', type: 'invention', industry: 'advanced_manufacturing',
    feeMode: 'royalty', royaltyRate: 0.05, royaltyBasis: 'sales', licenceTermMonths: 36, register: { coOwners: ['五邑大学'] } },
  { ...OWN, key: 'ownExpiring', patentNo: withCheck('201720789016'), title: '一种光伏板清洁装置', type: 'utility', industry: 'new_energy',
    feeMode: 'lump_sum', lumpSumFen: 3 * WAN, licenceTermMonths: 12, applicationDate: '2017-08-15' },
  { ...OWN, key: 'ownInvalidation', patentNo: withCheck('201810890127'), title: '一种高镍三元前驱体的共沉淀制备方法', type: 'invention', industry: 'new_energy',
    feeMode: 'lump_sum', lumpSumFen: 40 * WAN, licenceTermMonths: 48, register: { invalidationFiledAt: '2026-08-20' } },
  { ...OWN, key: 'ownDisputed', patentNo: withCheck('202010901238'), title: '一种工业机器人末端执行器快换机构的控制方法', type: 'invention', industry: 'advanced_manufacturing',
    feeMode: 'royalty', royaltyRate: 0.15, royaltyBasis: 'profit', licenceTermMonths: 36, register: { dispute: 'suspended' } },
  { ...OWN, key: 'ownPreserved', patentNo: withCheck('202121012349'), title: '一种电池包散热装置', type: 'utility', industry: 'new_energy',
    feeMode: 'lump_sum', lumpSumFen: 5 * WAN, licenceTermMonths: 24, register: { dispute: 'preservation' } },
  { ...OWN, key: 'ownSameDay', patentNo: withCheck('202110123450'), title: '一种充电桩线缆自动收纳方法及装置', type: 'invention', industry: 'new_energy',
    feeMode: 'lump_sum', lumpSumFen: 12 * WAN, licenceTermMonths: 36, register: { sameDayTwin: withCheck('202120123452') } },
]
FIXED.push(...OWN_FIXED)

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
const INDUSTRY_KEYS: readonly IndustryCode[] = SECTOR_KEYS
const REGION_KEYS: readonly RegionCode[] = CITY_SLUGS
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

const GRADES: readonly ValueGrade[] = ['high', 'medium', 'general']

/**
 * What universities' open-licence sheets add to the statutory declaration. Drawn from a stream of its
 * own per row so the statutory fields stay exactly as they were seeded before these were added.
 */
function sheetOf(seed: number, i: number, sector: IndustryCode, city: RegionCode, type: PatentType, v: IndustryVocab): Pick<
  PatentRecord,
  'industry' | 'strategicIndustry' | 'maturity' | 'valueGrade' | 'products' | 'advantages' | 'metrics' | 'cooperationCities' | 'contact'
> {
  const rand = mulberry32((seed ^ Math.imul(i + 1, 0x9e3779b1)) >>> 0)
  const industries = SECTOR_INDUSTRIES[sector]
  const strategic = SECTOR_STRATEGIC[sector]
  const effects = pickDistinct(rand, v.effects, min(2, v.effects.length))
  const products = pickDistinct(rand, v.products.length > 0 ? v.products : v.applications, min(2, max(1, v.products.length)))
  const home = CITY_CODE[city]
  const others = CITY_SLUGS.map((c) => CITY_CODE[c]).filter((c) => c !== home)
  const cooperationCities = [home, ...pickDistinct(rand, others, 1 + floor(rand() * 2))]
  const maturity = type === 'design' ? 7 + floor(rand() * 3) : type === 'utility' ? 5 + floor(rand() * 4) : 3 + floor(rand() * 6)
  const contactName = personName(rand)
  return {
    industry: industries[i % industries.length],
    strategicIndustry: strategic[i % strategic.length],
    maturity,
    valueGrade: GRADES[floor(pow(rand(), 1.5) * GRADES.length)],
    products,
    advantages: `${effects.join('，')}；可直接用于${pick(rand, v.applications)}。`,
    metrics: type === 'design' ? '外观设计，以图片或照片所示产品的外观为准' : `${pick(rand, v.effects)}；已完成${pick(rand, ['实验室验证', '中试验证', '小批量试产', '样机测试'])}`,
    cooperationCities,
    contact: { name: contactName, phone: `1${pick(rand, ['35', '37', '39', '58', '86'])}${String(10000000 + floor(rand() * 89999999)).slice(0, 8)}` },
  }
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
    if (fixed && fixed.applicationDate) {
      patentNo = fixed.patentNo
      applicationMs = cstMidnight(Number(fixed.applicationDate.slice(0, 4)), Number(fixed.applicationDate.slice(5, 7)), Number(fixed.applicationDate.slice(8, 10)))
    } else if (fixed) {
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
      ipc: fixed?.ipc ?? (type === 'design' ? `LOC(15) ${pick(rand, v.locarno)}` : pick(rand, v.ipc)),
      patentee: fixed ? fixed.patentee : patenteeOf(rand, region, industry),
      inventors: inventorsOf(rand, type),
      applicationDate,
      grantDate: toDateCst(grantMs),
      expiryDate,
      ...sheetOf(seed, i, industry, region, type, v),
      region: CITY_CODE[region],
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
    if (fixed?.patenteeUscc) record.patenteeUscc = fixed.patenteeUscc
    if (fixed?.register) record.register = { ...fixed.register }
    out.push(record)
  }
  return out
}
