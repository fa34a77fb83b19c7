// Seeded events (对接活动 / 入园惠企), relative to the mock's clock so some are always upcoming, plus
// synthetic registrations (users `u-seed-…`) so counts, full events and waitlists look real.
// Deterministic: the same clock day gives the same rows (ids, names, ticket codes).
//
// Fixed events for tests and demos (`DEMO_EVENT_IDS`):
// - ev-demo-open      matchmaking, 江门, open, capacity 50, 6 confirmed; sign-up opened 3 days ago, closes in 20 days.
// - ev-demo-full      matchmaking, 泸州, 30/30 confirmed + 4 waitlisted; sign-up open (new sign-ups are waitlisted).
// - ev-demo-nowait    matchmaking, 重庆, 20/20 confirmed, no waitlist → 409 EVENT_FULL.
// - ev-demo-closed    matchmaking, 广州, sign-up closed yesterday, event in 2 days.
// - ev-demo-notyet    financing, 成都, sign-up opens in 5 days.
// - ev-demo-approval  matchmaking, 江门, requires approval: 5 confirmed, 4 pending_approval.
// - ev-demo-ended     financing, 重庆, ended 10 days ago (18 checked in, 4 no-shows).
// - ev-demo-finance   financing, 江门, open, capacity 80, 8 confirmed, with banks.
// - ev-demo-today     matchmaking, 泸州, starts on the hour 30–90 min from now, so check-in is open (demos), 10 confirmed.

import type { EventKind } from '@contract/events'
import { usccCheckChar } from '@/rules'
import { CITY_CODE, CITY_NAME, SECTOR_KEYS, SECTOR_LABEL, sectorIndustry, type CitySlug, type SectorKey } from './sectors'
import { base64url, seededRandom, type RandomSource } from '../core/random'
import { DAY_MS, toIsoCst } from '../core/time'
import type { AgendaItem, EventRow, MockDb, RegistrationRow, TimelineEntry } from '../db'
import { patentIdOf } from './patents'
import { BANKS } from './finance'
import { COMPANY_BRANDS, GIVEN_CHARS, REGION_COMPANY_PREFIX, SURNAMES } from './vocab'

type IndustryCode = SectorKey
type RegionCode = CitySlug
const industryLabel = (sector: SectorKey): string => SECTOR_LABEL[sector]
const regionLabel = (city: CitySlug): string => CITY_NAME[city]

export const DEMO_EVENT_IDS = {
  open: 'ev-demo-open',
  full: 'ev-demo-full',
  fullNoWaitlist: 'ev-demo-nowait',
  closed: 'ev-demo-closed',
  notYetOpen: 'ev-demo-notyet',
  approval: 'ev-demo-approval',
  ended: 'ev-demo-ended',
  financing: 'ev-demo-finance',
  today: 'ev-demo-today',
} as const

const EVENT_SEED = 20260315
const HOUR_MS = 3600 * 1000
const MINUTE_MS = 60 * 1000
const CST_OFFSET_MS = 8 * HOUR_MS
const FEN_PER_WAN = 1_000_000

type City = 'jiangmen' | 'luzhou' | 'chongqing' | 'guangzhou' | 'chengdu' | 'shenzhen'

interface CityInfo {
  abbr: string
  /** For synthetic USCCs: a county-level administrative division code in the city. */
  divisionCode: string
  organizers: string[]
  financeOrganizers: string[]
  venues: string[]
  universities: string[]
  chains: string[]
  parks: string[]
  industries: IndustryCode[]
  localBanks: string[]
}

const CITY_INFO: Record<City, CityInfo> = {
  jiangmen: {
    abbr: 'jm',
    divisionCode: '440703',
    organizers: ['江门市市场监督管理局（知识产权局）', '江门高新区管委会', '五邑大学技术转移中心'],
    financeOrganizers: ['江门市市场监督管理局（知识产权局）', '江门高新区管委会'],
    venues: ['江门市高新区创新创业服务中心3楼报告厅', '五邑大学学术交流中心多功能厅', '江门市民服务中心B座2楼会议室', '鹤山工业城企业服务中心路演厅'],
    universities: ['五邑大学', '江门职业技术学院', '广东省科学院江门产业技术研究院'],
    chains: ['新型储能', '轨道交通装备', '摩托车及零部件', '水暖卫浴'],
    parks: ['江门高新区', '鹤山工业城', '开平翠山湖新区'],
    industries: ['new_energy', 'advanced_manufacturing', 'new_materials'],
    localBanks: ['jmrcb', 'cgb'],
  },
  luzhou: {
    abbr: 'lz',
    divisionCode: '510502',
    organizers: ['泸州市市场监督管理局（知识产权局）', '泸州高新区知识产权服务中心', '西南医科大学技术转移中心'],
    financeOrganizers: ['泸州市市场监督管理局（知识产权局）', '泸州高新区知识产权服务中心'],
    venues: ['泸州市民中心3楼多功能会议室', '泸州高新区企业服务中心1号会议室', '泸州酒业园区会展中心', '西南医科大学学术交流中心'],
    universities: ['西南医科大学', '四川化工职业技术学院', '泸州职业技术学院'],
    chains: ['白酒', '医药健康', '化工新材料'],
    parks: ['泸州高新区', '泸州白酒产业园区', '泸州医药产业园'],
    industries: ['food', 'biomedicine', 'chemicals'],
    localBanks: ['lzb'],
  },
  chongqing: {
    abbr: 'cq',
    divisionCode: '500107',
    organizers: ['重庆高新区知识产权服务中心', '重庆市知识产权局', '重庆大学技术转移研究院'],
    financeOrganizers: ['重庆高新区知识产权服务中心', '重庆市知识产权局'],
    venues: ['重庆高新区科学城知识产权服务中心报告厅', '重庆大学虎溪校区学术报告厅', '两江新区互联网产业园会议中心'],
    universities: ['重庆大学', '重庆邮电大学', '西南大学', '重庆理工大学'],
    chains: ['智能网联新能源汽车', '集成电路', '汽车电子'],
    parks: ['重庆高新区', '两江新区', '西永综保区'],
    industries: ['electronics', 'advanced_manufacturing', 'new_energy'],
    localBanks: ['cqrcb'],
  },
  guangzhou: {
    abbr: 'gz',
    divisionCode: '440112',
    organizers: ['广州市市场监督管理局（知识产权局）', '广州开发区知识产权局', '华南理工大学技术转移中心'],
    financeOrganizers: ['广州市市场监督管理局（知识产权局）', '广州开发区知识产权局'],
    venues: ['广州开发区科学城会议中心', '华南理工大学五山校区励吾科技楼报告厅', '南沙科学城创新中心路演厅'],
    universities: ['华南理工大学', '广东工业大学', '中山大学', '华南农业大学'],
    chains: ['生物医药', '智能装备', '新一代信息技术'],
    parks: ['广州开发区', '南沙科学城'],
    industries: ['biomedicine', 'ai_software', 'advanced_manufacturing'],
    localBanks: ['gzcb', 'cgb'],
  },
  chengdu: {
    abbr: 'cd',
    divisionCode: '510107',
    organizers: ['成都市知识产权服务中心', '成都高新区科技创新局', '四川大学技术转移中心'],
    financeOrganizers: ['成都市知识产权服务中心', '成都高新区科技创新局'],
    venues: ['成都高新区菁蓉汇2号楼路演厅', '天府国际生物城会议中心', '四川大学望江校区学术报告厅'],
    universities: ['四川大学', '电子科技大学', '西南交通大学'],
    chains: ['电子信息', '航空航天', '生物医药'],
    parks: ['成都高新区', '天府国际生物城'],
    industries: ['electronics', 'biomedicine', 'ai_software'],
    localBanks: ['bocd'],
  },
  shenzhen: {
    abbr: 'sz',
    divisionCode: '440305',
    organizers: ['深圳市市场监督管理局（知识产权局）', '南方科技大学技术转移中心'],
    financeOrganizers: ['深圳市市场监督管理局（知识产权局）'],
    venues: ['深圳湾科技生态园10栋报告厅', '南方科技大学会议中心'],
    universities: ['深圳大学', '南方科技大学', '哈尔滨工业大学（深圳）'],
    chains: ['新型显示', '人工智能'],
    parks: ['南山科技园', '光明科学城'],
    industries: ['electronics', 'ai_software', 'new_materials'],
    localBanks: ['cmb'],
  },
}

const NATIONAL_BANKS = ['icbc', 'abc', 'boc', 'ccb', 'bocom', 'cib', 'psbc']

type Rand = () => number

function pick<T>(rand: Rand, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]
}

function pickSome<T>(rand: Rand, list: readonly T[], k: number): T[] {
  const pool = list.slice()
  const out: T[] = []
  while (out.length < k && pool.length > 0) out.push(pool.splice(Math.floor(rand() * pool.length), 1)[0])
  return out
}

function bankName(id: string): string {
  for (const b of BANKS) if (b.id === id) return b.name
  return id
}

// ---- Event text ----

function matchmakingAgenda(speakerOrg: string, university: string): AgendaItem[] {
  return [
    { time: '09:00-09:30', title: '签到入场' },
    { time: '09:30-09:45', title: '主办方致辞', speaker: speakerOrg },
    { time: '09:45-10:30', title: '专利开放许可制度与“入园惠企”政策解读', speaker: '知识产权运营服务专家' },
    { time: '10:30-11:45', title: '高校院所专利成果路演（6项）', speaker: university },
    { time: '11:45-12:00', title: '企业技术需求发布' },
    { time: '14:00-16:30', title: '供需双方一对一洽谈与意向签约' },
  ]
}

function financingAgenda(speakerOrg: string, banks: string[]): AgendaItem[] {
  return [
    { time: '14:00-14:30', title: '签到入场' },
    { time: '14:30-14:50', title: '知识产权质押融资政策与贴息申报解读', speaker: speakerOrg },
    { time: '14:50-15:40', title: '银行知识产权金融产品推介', speaker: banks.slice(0, 3).join('、') },
    { time: '15:40-16:10', title: '专利权质押登记办理流程与常见问题', speaker: '专利代办处' },
    { time: '16:10-17:30', title: '银企一对一对接与现场受理' },
  ]
}

function matchmakingDescription(title: string, cityName: string, industries: SectorKey[], university: string): string {
  return [
    `${title}面向${cityName}及周边${industries.map(industryLabel).join('、')}领域的中小企业。`,
    `活动集中发布${university}等高校院所的开放许可专利成果，现场路演、一对一洽谈，帮助企业以“先用后付”的方式低成本获得专利实施许可。`,
    '报名企业可提前在“需求发布”中填写技术需求，主办方将据此安排对接。',
    '请携带营业执照复印件及名片，凭电子票二维码签到入场。',
  ].join('\n')
}

function financingDescription(title: string, park: string, banks: string[]): string {
  return [
    `${title}是“入园惠企”知识产权质押融资专项行动的一站。`,
    `${banks.join('、')}现场推介知识产权质押融资产品，并对${park}企业的融资需求进行一对一对接和现场受理。`,
    '报名时请填写融资金额、期限和拟质押专利，便于银行提前评估；建议先使用“质押前自查”检查专利年费、质押和共有情况。',
    '符合条件的贷款可按规定申请知识产权质押融资贴息和风险补偿。',
  ].join('\n')
}

// ---- Synthetic registrants ----

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const COMPANY_SUFFIXES = ['科技有限公司', '实业有限公司', '智能装备有限公司', '新材料有限公司', '电子科技有限公司', '生物科技有限公司']
const PURPOSES = ['购置生产设备，扩大专利产品产能', '新产品研发及中试', '补充流动资金，采购原材料', '专利技术产业化项目建设', '技术改造及生产线升级']

interface SeedState {
  rand: Rand
  random: RandomSource
  seq: number
  user: number
  patentCount: number
}

function personName(rand: Rand): string {
  const surname = SURNAMES.charAt(Math.floor(rand() * SURNAMES.length))
  const given = GIVEN_CHARS.charAt(Math.floor(rand() * GIVEN_CHARS.length))
  return rand() < 0.3 ? surname + given : surname + given + GIVEN_CHARS.charAt(Math.floor(rand() * GIVEN_CHARS.length))
}

function phone(rand: Rand): string {
  let out = '1' + pick(rand, ['3', '5', '7', '8', '9'])
  for (let i = 0; i < 9; i++) out += String(Math.floor(rand() * 10))
  return out
}

function uscc(rand: Rand, divisionCode: string): string {
  let first17 = '91' + divisionCode + 'MA'
  while (first17.length < 17) first17 += USCC_CHARS.charAt(Math.floor(rand() * USCC_CHARS.length))
  return first17 + usccCheckChar(first17)
}

type SeedStatus = 'confirmed' | 'waitlisted' | 'pending_approval' | 'checked_in'

function addRegistration(db: MockDb, s: SeedState, event: EventRow, city: City, status: SeedStatus, createdMs: number): void {
  const info = CITY_INFO[city]
  s.user++
  s.seq++
  const createdAt = toIsoCst(createdMs)
  const initial = status === 'checked_in' ? 'confirmed' : status
  const timeline: TimelineEntry[] = [{ status: initial, at: createdAt, note: initial === 'confirmed' ? '报名成功' : initial === 'waitlisted' ? '候补中' : '待审核' }]
  let updatedAt = createdAt
  let checkedInAt: string | undefined
  if (status === 'checked_in') {
    checkedInAt = toIsoCst(Date.parse(event.startsAt) - 20 * MINUTE_MS + Math.floor(s.rand() * 50) * MINUTE_MS)
    timeline.push({ status: 'checked_in', at: checkedInAt, note: '现场签到' })
    updatedAt = checkedInAt
  }
  const row: RegistrationRow = {
    id: `r-seed-${s.seq}`,
    userId: `u-seed-${s.user}`,
    title: event.title,
    createdAt,
    updatedAt,
    timeline,
    status,
    eventId: event.id,
    attendeeName: personName(s.rand),
    phone: phone(s.rand),
    enterprise: {
      name: `${REGION_COMPANY_PREFIX[city as RegionCode]}${pick(s.rand, COMPANY_BRANDS)}${pick(s.rand, COMPANY_SUFFIXES)}`,
      uscc: uscc(s.rand, info.divisionCode),
    },
    seq: s.seq,
  }
  if (status === 'confirmed' || status === 'checked_in') row.ticketCode = base64url(s.random.bytes(16))
  if (checkedInAt) {
    row.checkedInAt = checkedInAt
    row.checkedInDeviceId = 'seed-scanner'
  }
  if (event.kind === 'financing') {
    const patentIds: string[] = []
    const count = s.patentCount > 0 ? 1 + Math.floor(s.rand() * 2) : 0
    for (let i = 0; i < count; i++) {
      const id = patentIdOf(6 + Math.floor(s.rand() * Math.min(200, Math.max(1, s.patentCount - 6))))
      if (patentIds.indexOf(id) < 0 && Number(id.slice(1)) <= s.patentCount) patentIds.push(id)
    }
    row.financingNeed = {
      amountFen: (10 + Math.floor(s.rand() * 200)) * 10 * FEN_PER_WAN,
      termMonths: pick(s.rand, [6, 12, 24, 36]),
      purpose: pick(s.rand, PURPOSES),
      patentIds,
    }
  }
  db.registrations.insert(row)
}

interface Fill {
  confirmed?: number
  checkedIn?: number
  waitlisted?: number
  pending?: number
}

/** Registrations signed up in order across the part of the window that has passed. */
function fill(db: MockDb, s: SeedState, event: EventRow, city: City, nowMs: number, counts: Fill): void {
  const statuses: SeedStatus[] = []
  // Seats first, then the waitlist: sign-up order is the order seats were taken.
  for (let i = 0; i < (counts.checkedIn ?? 0); i++) statuses.push('checked_in')
  for (let i = 0; i < (counts.confirmed ?? 0); i++) statuses.push('confirmed')
  // A checked-in attendee and a no-show both signed up early; interleave so neither clusters.
  for (let i = statuses.length - 1; i > 0; i--) {
    const j = Math.floor(s.rand() * (i + 1))
    const t = statuses[i]
    statuses[i] = statuses[j]
    statuses[j] = t
  }
  for (let i = 0; i < (counts.pending ?? 0); i++) statuses.push('pending_approval')
  for (let i = 0; i < (counts.waitlisted ?? 0); i++) statuses.push('waitlisted')
  if (statuses.length === 0) return
  const from = Date.parse(event.signupOpensAt)
  const to = Math.max(from + HOUR_MS, Math.min(nowMs - MINUTE_MS, Date.parse(event.signupClosesAt)))
  const step = (to - from) / (statuses.length + 1)
  statuses.forEach((status, i) => addRegistration(db, s, event, city, status, Math.floor(from + step * (i + 1))))
}

// ---- Events ----

interface EventSpec {
  id: string
  kind: EventKind
  city: City
  title: string
  organizer: string
  venue: string
  startsAtMs: number
  endsAtMs: number
  opensAtMs: number
  closesAtMs: number
  capacity: number
  requiresApproval?: boolean
  waitlistEnabled?: boolean
  industries: IndustryCode[]
  banks?: string[]
  university?: string
  park?: string
}

function toRow(spec: EventSpec, createdMs: number): EventRow {
  const banks = spec.banks?.map(bankName)
  const cityName = regionLabel(spec.city)
  const university = spec.university ?? CITY_INFO[spec.city].universities[0]
  const park = spec.park ?? CITY_INFO[spec.city].parks[0]
  const row: EventRow = {
    id: spec.id,
    kind: spec.kind,
    title: spec.title,
    organizer: spec.organizer,
    venue: spec.venue,
    city: CITY_CODE[spec.city],
    startsAt: toIsoCst(spec.startsAtMs),
    endsAt: toIsoCst(spec.endsAtMs),
    signupOpensAt: toIsoCst(spec.opensAtMs),
    signupClosesAt: toIsoCst(spec.closesAtMs),
    capacity: spec.capacity,
    requiresApproval: spec.requiresApproval ?? false,
    waitlistEnabled: spec.waitlistEnabled ?? true,
    description:
      spec.kind === 'financing'
        ? financingDescription(spec.title, park, banks ?? [])
        : matchmakingDescription(spec.title, cityName, spec.industries, university),
    agenda: spec.kind === 'financing' ? financingAgenda(spec.organizer, banks ?? []) : matchmakingAgenda(spec.organizer, university),
    industries: spec.industries.map(sectorIndustry).filter((code, i, all) => all.indexOf(code) === i),
    createdAt: toIsoCst(createdMs),
    updatedAt: toIsoCst(createdMs),
  }
  if (banks) row.banks = banks
  return row
}

function banksFor(rand: Rand, city: City, k: number): string[] {
  const local = CITY_INFO[city].localBanks
  return local.concat(pickSome(rand, NATIONAL_BANKS, Math.max(1, k - local.length)))
}

const ALL_INDUSTRIES: IndustryCode[] = SECTOR_KEYS.slice()

const GENERATED_CITIES: City[] = ['jiangmen', 'luzhou', 'chongqing', 'jiangmen', 'guangzhou', 'chengdu', 'luzhou', 'chongqing', 'shenzhen']
const GENERATED_COUNT = 36
const CAPACITIES = [30, 40, 50, 60, 80, 100, 120, 150, 200]

export function seedEvents(db: MockDb, nowMs: number): void {
  const random = seededRandom(EVENT_SEED)
  const s: SeedState = { rand: random.float, random, seq: 0, user: 0, patentCount: db.patents.size }
  const rand = s.rand
  // Calendar days in China, so times read like real schedules (09:00, 14:00) whatever the clock says.
  const day0 = Math.floor((nowMs + CST_OFFSET_MS) / DAY_MS) * DAY_MS - CST_OFFSET_MS
  const at = (day: number, hour: number, minute = 0): number => day0 + day * DAY_MS + hour * HOUR_MS + minute * MINUTE_MS
  const created = at(-60, 10)

  const add = (spec: EventSpec, counts: Fill): void => {
    const row = db.events.insert(toRow(spec, Math.min(created, spec.opensAtMs - DAY_MS)))
    fill(db, s, row, spec.city, nowMs, counts)
  }

  // ---- Fixed events (see the header) ----
  const jm = CITY_INFO.jiangmen
  add(
    {
      id: DEMO_EVENT_IDS.open,
      kind: 'matchmaking',
      city: 'jiangmen',
      title: '江门市新能源产业专利供需对接会（开放许可专场）',
      organizer: jm.organizers[0],
      venue: jm.venues[0],
      startsAtMs: at(21, 9),
      endsAtMs: at(21, 16, 30),
      opensAtMs: at(-3, 9),
      closesAtMs: at(20, 18),
      capacity: 50,
      industries: ['new_energy', 'new_materials'],
      university: '五邑大学',
    },
    { confirmed: 6 },
  )
  add(
    {
      id: DEMO_EVENT_IDS.full,
      kind: 'matchmaking',
      city: 'luzhou',
      title: '一月一链：白酒产业链专利成果路演',
      organizer: CITY_INFO.luzhou.organizers[0],
      venue: CITY_INFO.luzhou.venues[2],
      startsAtMs: at(10, 9),
      endsAtMs: at(10, 16, 30),
      opensAtMs: at(-10, 9),
      closesAtMs: at(9, 18),
      capacity: 30,
      industries: ['food', 'chemicals'],
      university: '四川化工职业技术学院',
    },
    { confirmed: 30, waitlisted: 4 },
  )
  add(
    {
      id: DEMO_EVENT_IDS.fullNoWaitlist,
      kind: 'matchmaking',
      city: 'chongqing',
      title: '企业进高校·走进重庆大学专利成果对接会',
      organizer: CITY_INFO.chongqing.organizers[0],
      venue: CITY_INFO.chongqing.venues[1],
      startsAtMs: at(12, 9),
      endsAtMs: at(12, 16, 30),
      opensAtMs: at(-7, 9),
      closesAtMs: at(11, 18),
      capacity: 20,
      waitlistEnabled: false,
      industries: ['advanced_manufacturing', 'electronics'],
      university: '重庆大学',
    },
    { confirmed: 20 },
  )
  add(
    {
      id: DEMO_EVENT_IDS.closed,
      kind: 'matchmaking',
      city: 'guangzhou',
      title: '广州开发区生物医药专利供需对接会',
      organizer: CITY_INFO.guangzhou.organizers[1],
      venue: CITY_INFO.guangzhou.venues[0],
      startsAtMs: at(2, 9),
      endsAtMs: at(2, 16, 30),
      opensAtMs: at(-20, 9),
      closesAtMs: at(-1, 18),
      capacity: 80,
      industries: ['biomedicine'],
      university: '中山大学',
    },
    { confirmed: 12 },
  )
  add(
    {
      id: DEMO_EVENT_IDS.notYetOpen,
      kind: 'financing',
      city: 'chengdu',
      title: '入园惠企·知识产权质押融资政银企对接会（成都高新区专场）',
      organizer: CITY_INFO.chengdu.financeOrganizers[0],
      venue: CITY_INFO.chengdu.venues[0],
      startsAtMs: at(30, 14),
      endsAtMs: at(30, 17, 30),
      opensAtMs: at(5, 9),
      closesAtMs: at(29, 18),
      capacity: 100,
      industries: ['electronics', 'biomedicine', 'ai_software'],
      banks: ['bocd', 'boc', 'ccb', 'cib'],
      park: '成都高新区',
    },
    {},
  )
  add(
    {
      id: DEMO_EVENT_IDS.approval,
      kind: 'matchmaking',
      city: 'jiangmen',
      title: '专利开放许可项目闭门路演（投资机构与链主企业专场）',
      organizer: jm.organizers[1],
      venue: jm.venues[2],
      startsAtMs: at(14, 14),
      endsAtMs: at(14, 17, 30),
      opensAtMs: at(-2, 9),
      closesAtMs: at(13, 18),
      capacity: 30,
      requiresApproval: true,
      industries: ['new_energy', 'advanced_manufacturing', 'electronics'],
      university: '五邑大学',
    },
    { confirmed: 5, pending: 4 },
  )
  add(
    {
      id: DEMO_EVENT_IDS.ended,
      kind: 'financing',
      city: 'chongqing',
      title: '入园惠企·知识产权质押融资银企对接会（重庆高新区专场）',
      organizer: CITY_INFO.chongqing.financeOrganizers[0],
      venue: CITY_INFO.chongqing.venues[0],
      startsAtMs: at(-10, 14),
      endsAtMs: at(-10, 17, 30),
      opensAtMs: at(-30, 9),
      closesAtMs: at(-11, 18),
      capacity: 60,
      industries: ['electronics', 'advanced_manufacturing', 'new_energy'],
      banks: ['cqrcb', 'icbc', 'boc', 'ccb'],
      park: '重庆高新区',
    },
    { checkedIn: 18, confirmed: 4 },
  )
  add(
    {
      id: DEMO_EVENT_IDS.financing,
      kind: 'financing',
      city: 'jiangmen',
      title: '入园惠企·知识产权质押融资政银企对接会（江门高新区专场）',
      organizer: jm.financeOrganizers[0],
      venue: jm.venues[0],
      startsAtMs: at(18, 14),
      endsAtMs: at(18, 17, 30),
      opensAtMs: at(-5, 9),
      closesAtMs: at(17, 18),
      capacity: 80,
      industries: ['new_energy', 'advanced_manufacturing', 'new_materials', 'electronics'],
      banks: ['jmrcb', 'boc', 'ccb', 'cgb'],
      park: '江门高新区',
    },
    { confirmed: 8 },
  )
  // Starts on the hour 30–90 minutes from now, whatever time the mock starts: inside the check-in
  // window (from 2 hours before the start, RULES.md) from the first minute, sign-up still open.
  const todayStart = Math.ceil((nowMs + 30 * MINUTE_MS) / HOUR_MS) * HOUR_MS
  add(
    {
      id: DEMO_EVENT_IDS.today,
      kind: 'matchmaking',
      city: 'luzhou',
      title: '泸州高新区知识产权服务进园区活动',
      organizer: CITY_INFO.luzhou.organizers[1],
      venue: CITY_INFO.luzhou.venues[1],
      startsAtMs: todayStart,
      endsAtMs: todayStart + 3 * HOUR_MS,
      opensAtMs: at(-7, 9),
      closesAtMs: todayStart,
      capacity: 40,
      industries: ['food', 'biomedicine', 'chemicals'],
    },
    { confirmed: 10 },
  )

  // ---- Generated events: spread from ~6 weeks ago to ~7 weeks ahead ----
  const perCity: Record<string, number> = {}
  for (let i = 0; i < GENERATED_COUNT; i++) {
    const city = GENERATED_CITIES[i % GENERATED_CITIES.length]
    const info = CITY_INFO[city]
    perCity[city] = (perCity[city] ?? 0) + 1
    const kind: EventKind = i % 5 === 1 || i % 5 === 3 ? 'financing' : 'matchmaking'
    const id = `ev-${info.abbr}-${kind === 'financing' ? 'fin' : 'mm'}-${('00' + perCity[city]).slice(-3)}`
    const day = -42 + Math.floor((i * 92) / GENERATED_COUNT) + Math.floor(rand() * 3)
    const startHour = kind === 'financing' ? 14 : 9
    const startsAtMs = at(day, startHour)
    const endsAtMs = kind === 'financing' ? at(day, 17, 30) : at(day, 16, 30)
    const opensAtMs = at(day - 20 - Math.floor(rand() * 25), 9)
    const closesAtMs = at(day - 1, 18)
    const requiresApproval = i % 9 === 4
    const waitlistEnabled = i % 11 !== 7
    const isFull = i % 7 === 2
    const capacity = isFull ? pick(rand, [20, 30]) : pick(rand, CAPACITIES)
    const industries = pickSome(rand, rand() < 0.7 ? info.industries : ALL_INDUSTRIES, 1 + Math.floor(rand() * 3)).sort()
    const university = pick(rand, info.universities)
    const park = pick(rand, info.parks)
    const cityName = regionLabel(city)

    let title: string
    let banks: string[] | undefined
    if (kind === 'financing') {
      banks = banksFor(rand, city, 3 + Math.floor(rand() * 3))
      title = pick(rand, [
        `入园惠企·知识产权质押融资政银企对接会（${park}）`,
        `知识产权质押融资“入园惠企”专场宣讲会（${park}）`,
        `${cityName}专利质押融资银企对接会`,
        `科技型中小企业知识产权融资服务日（${park}）`,
      ])
    } else {
      const chain = pick(rand, info.chains)
      title = pick(rand, [
        `${cityName}${industryLabel(industries[0])}产业专利供需对接会`,
        `企业进高校·走进${university}专利成果对接会`,
        `一月一链：${chain}产业链专利成果路演`,
        `专利开放许可项目路演暨签约活动（${cityName}站）`,
        `${cityName}高校院所科技成果转化对接会`,
      ])
    }

    const past = endsAtMs <= nowMs
    const windowStarted = opensAtMs <= nowMs
    let counts: Fill = {}
    if (isFull && windowStarted) {
      counts = past ? { checkedIn: capacity - 3, confirmed: 3 } : { confirmed: capacity, waitlisted: waitlistEnabled ? 2 + Math.floor(rand() * 3) : 0 }
    } else if (windowStarted) {
      const taken = Math.min(capacity - 1, 2 + Math.floor(rand() * 9))
      if (past) {
        const shows = Math.floor(taken * 0.8)
        counts = { checkedIn: shows, confirmed: taken - shows }
      } else if (requiresApproval) {
        counts = { confirmed: Math.floor(taken / 2), pending: taken - Math.floor(taken / 2) }
      } else {
        counts = { confirmed: taken }
      }
    }
    add(
      {
        id,
        kind,
        city,
        title,
        organizer: pick(rand, kind === 'financing' ? info.financeOrganizers : info.organizers),
        venue: pick(rand, info.venues),
        startsAtMs,
        endsAtMs,
        opensAtMs,
        closesAtMs,
        capacity,
        requiresApproval,
        waitlistEnabled,
        industries,
        banks,
        university,
        park,
      },
      counts,
    )
  }
}
