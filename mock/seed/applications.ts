// The demo SME's applications in varied states, so 我的申请 and 消息 are never empty on first open.
// Fixed ids (a saved snapshot merges over them by id) and times relative to the mock's clock
// (the 备案 deadline of the licensed one is always 10 days away on a fresh start).

import { FILING_DEADLINE_MONTHS, KIND_LABELS, statusLabel, type ApplicationKind, type StatusOf } from '@/rules'
import { base64url, mulberry32 } from '../core/random'
import { DAY_MS, toIsoCst } from '../core/time'
import type { EventRow, FinanceApplicationRow, LicenceApplicationRow, MockDb, NotificationRow, RegistrationRow, TimelineEntry } from '../db'
import { FIXED_PATENTS } from './patents'
import { DEMO_COMPANY, DEMO_USER_IDS } from './users'

const HOUR_MS = 3600 * 1000

export const DEMO_APPLICATION_IDS = {
  licenceSubmitted: 'la-demo-submitted',
  licenceNotified: 'la-demo-notified',
  licenceLicensed: 'la-demo-licensed',
  licenceFiled: 'la-demo-filed',
  licenceRejected: 'la-demo-rejected',
  registrationConfirmed: 'rg-demo-confirmed',
  registrationWaitlisted: 'rg-demo-waitlisted',
  registrationPending: 'rg-demo-pending',
  registrationCheckedIn: 'rg-demo-checked-in',
  financeBankAccepted: 'fa-demo-accepted',
  financeCreditReview: 'fa-demo-review',
  financeDisbursed: 'fa-demo-disbursed',
} as const

/** Days the seeded licensed application has left to file (红色 below 14). */
export const DEMO_FILING_DAYS_LEFT = 10


interface Step<S extends string> {
  status: S
  /** Milliseconds before now. */
  ago: number
  note?: string
}

function timeline<K extends ApplicationKind>(kind: K, nowMs: number, steps: Step<StatusOf<K>>[]): { timeline: TimelineEntry[]; createdAt: string; updatedAt: string } {
  const entries = steps.map((s) => ({ status: s.status, at: toIsoCst(nowMs - s.ago), note: s.note ?? statusLabel(kind, s.status) }))
  return { timeline: entries, createdAt: entries[0].at, updatedAt: entries[entries.length - 1].at }
}

/** Same day-of-month `months` earlier, clamped to the month's last day (the inverse of the filing deadline rule). */
function monthsBeforeIso(iso: string, months: number): string {
  const index = Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1 - months
  const y = Math.floor(index / 12)
  const m = index - y * 12 + 1
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate()
  const d = Math.min(Number(iso.slice(8, 10)), lastDay)
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}${iso.slice(10)}`
}

/** Deterministic stand-in for a random ticket: 24 bytes from the id's hash, 32 base64url chars. */
export function demoTicketCode(id: string): string {
  let h = 2166136261
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619) >>> 0
  const next = mulberry32(h)
  const bytes = new Uint8Array(24)
  for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(next() * 256)
  return base64url(bytes)
}

function seedLicences(db: MockDb, nowMs: number): LicenceApplicationRow[] {
  const patents = Object.values(FIXED_PATENTS)
  if (patents.length < 5) return []
  const [lithium, p2, p3, p4, p5] = patents
  const userId = DEMO_USER_IDS.sme
  const base = (id: string, patent: { id: string; patentNo: string; title: string }) => ({
    id,
    userId,
    title: patent.title,
    patentId: patent.id,
    patentNo: patent.patentNo,
    enterprise: { ...DEMO_COMPANY },
    intendedUse: '用于本企业现有产线的技术升级，生产并销售相关产品',
  })

  const deadline = toIsoCst(nowMs + DEMO_FILING_DAYS_LEFT * DAY_MS)
  const licensedAt = monthsBeforeIso(deadline, FILING_DEADLINE_MONTHS)
  const licensedAgo = nowMs - Date.parse(licensedAt)
  const filedLicensedAgo = 150 * DAY_MS

  const rows: LicenceApplicationRow[] = [
    {
      ...base(DEMO_APPLICATION_IDS.licenceNotified, lithium),
      status: 'notified',
      expectedStart: toIsoCst(nowMs + 30 * DAY_MS).slice(0, 10),
      ...timeline('licence', nowMs, [
        { status: 'submitted', ago: 3 * DAY_MS + 2 * HOUR_MS, note: '已提交开放许可实施通知' },
        { status: 'notified', ago: 3 * HOUR_MS, note: '园区已书面通知专利权人五邑大学，请按声明的许可费支付' },
      ]),
    },
    {
      ...base(DEMO_APPLICATION_IDS.licenceSubmitted, p2),
      status: 'submitted',
      expectedStart: toIsoCst(nowMs + 45 * DAY_MS).slice(0, 10),
      ...timeline('licence', nowMs, [{ status: 'submitted', ago: 26 * HOUR_MS, note: '已提交开放许可实施通知' }]),
    },
    {
      ...base(DEMO_APPLICATION_IDS.licenceLicensed, p3),
      status: 'licensed',
      expectedStart: toIsoCst(nowMs - licensedAgo).slice(0, 10),
      licensedAt,
      filingDeadline: deadline,
      ...timeline('licence', nowMs, [
        { status: 'submitted', ago: licensedAgo + 14 * DAY_MS, note: '已提交开放许可实施通知' },
        { status: 'notified', ago: licensedAgo + 11 * DAY_MS, note: '已书面通知专利权人' },
        { status: 'paid', ago: licensedAgo + 2 * DAY_MS, note: '许可费已付清，专利权人确认收款' },
        { status: 'licensed', ago: licensedAgo, note: '许可生效，请在 3 个月内向国家知识产权局办理备案' },
      ]),
    },
    {
      ...base(DEMO_APPLICATION_IDS.licenceFiled, p4),
      status: 'filed',
      expectedStart: toIsoCst(nowMs - filedLicensedAgo).slice(0, 10),
      licensedAt: toIsoCst(nowMs - filedLicensedAgo),
      filingDeadline: toIsoCst(nowMs - filedLicensedAgo + 91 * DAY_MS),
      ...timeline('licence', nowMs, [
        { status: 'submitted', ago: filedLicensedAgo + 20 * DAY_MS, note: '已提交开放许可实施通知' },
        { status: 'notified', ago: filedLicensedAgo + 18 * DAY_MS, note: '已书面通知专利权人' },
        { status: 'paid', ago: filedLicensedAgo + 5 * DAY_MS, note: '入门费已付清' },
        { status: 'licensed', ago: filedLicensedAgo, note: '许可生效' },
        { status: 'filed', ago: filedLicensedAgo - 40 * DAY_MS, note: '国家知识产权局已完成许可合同备案' },
      ]),
    },
    {
      ...base(DEMO_APPLICATION_IDS.licenceRejected, p5),
      status: 'rejected',
      expectedStart: toIsoCst(nowMs - 20 * DAY_MS).slice(0, 10),
      ...timeline('licence', nowMs, [
        { status: 'submitted', ago: 40 * DAY_MS, note: '已提交开放许可实施通知' },
        { status: 'rejected', ago: 37 * DAY_MS, note: '企业名称与统一社会信用代码不一致，请核对营业执照后重新提交' },
      ]),
    },
  ]
  for (const row of rows) if (!db.licenceApplications.has(row.id)) db.licenceApplications.insert(row)
  return rows
}

type EventTest = (e: EventRow, nowMs: number, db: MockDb) => boolean

interface RegistrationPlan {
  id: string
  status: 'confirmed' | 'waitlisted' | 'pending_approval' | 'checked_in'
  /** Fixed events tried first, in order, then any other event the predicate accepts. */
  prefer: string[]
  pick: EventTest
}

// The demo user's own journeys (signing up, financing sign-up, check-in demos) run on these fixed
// events, so the seed never holds a registration there.
const RESERVED_EVENT_IDS = ['ev-demo-open', 'ev-demo-finance', 'ev-demo-today']

const upcoming: EventTest = (e, now) => Date.parse(e.startsAt) > now
const signupOpen: EventTest = (e, now) => Date.parse(e.signupOpensAt) <= now && Date.parse(e.signupClosesAt) > now

function seatsLeft(db: MockDb, e: EventRow): number {
  let taken = 0
  for (const r of db.registrations.values()) if (r.eventId === e.id && (r.status === 'confirmed' || r.status === 'checked_in')) taken++
  return e.capacity - taken
}

const REGISTRATION_PLANS: RegistrationPlan[] = [
  {
    id: DEMO_APPLICATION_IDS.registrationCheckedIn,
    status: 'checked_in',
    prefer: [],
    pick: (e, now, db) => Date.parse(e.endsAt) < now && seatsLeft(db, e) > 0,
  },
  {
    id: DEMO_APPLICATION_IDS.registrationConfirmed,
    status: 'confirmed',
    // Sign-up there has closed, so no journey can try to sign the demo user up again.
    prefer: ['ev-demo-closed'],
    pick: (e, now, db) => upcoming(e, now, db) && !e.requiresApproval && seatsLeft(db, e) > 0,
  },
  {
    id: DEMO_APPLICATION_IDS.registrationPending,
    status: 'pending_approval',
    prefer: [],
    pick: (e, now, db) => upcoming(e, now, db) && signupOpen(e, now, db) && e.requiresApproval && seatsLeft(db, e) > 0,
  },
  {
    id: DEMO_APPLICATION_IDS.registrationWaitlisted,
    status: 'waitlisted',
    prefer: [],
    pick: (e, now, db) => upcoming(e, now, db) && signupOpen(e, now, db) && e.waitlistEnabled && !e.requiresApproval && seatsLeft(db, e) <= 0,
  },
]

function chooseEvent(db: MockDb, plan: RegistrationPlan, nowMs: number, used: Set<string>, byStart: EventRow[]): EventRow | undefined {
  for (const id of plan.prefer) {
    const e = db.events.get(id)
    if (e && !used.has(id) && plan.pick(e, nowMs, db)) return e
  }
  // Generated events before the other fixed ones: tests and demos lean on the fixed events' numbers.
  const fixed = (e: EventRow) => e.id.indexOf('ev-demo-') === 0
  return byStart.find((e) => !used.has(e.id) && !fixed(e) && plan.pick(e, nowMs, db)) ?? byStart.find((e) => !used.has(e.id) && plan.pick(e, nowMs, db))
}

function seedRegistrations(db: MockDb, nowMs: number): RegistrationRow[] {
  const used = new Set<string>(RESERVED_EVENT_IDS)
  for (const r of db.registrations.values()) if (r.userId === DEMO_USER_IDS.sme) used.add(r.eventId)
  // Nearest first: the demo's upcoming events are the next ones, its past one the latest.
  const byStart = db.events.all().slice().sort((a, b) => Math.abs(Date.parse(a.startsAt) - nowMs) - Math.abs(Date.parse(b.startsAt) - nowMs) || (a.id < b.id ? -1 : 1))
  let seq = 0
  for (const r of db.registrations.values()) seq = Math.max(seq, r.seq)
  const rows: RegistrationRow[] = []
  for (const plan of REGISTRATION_PLANS) {
    if (db.registrations.has(plan.id)) continue
    const event = chooseEvent(db, plan, nowMs, used, byStart)
    if (!event) continue
    used.add(event.id)
    // Never before sign-up opened.
    const sinceOpen = nowMs - Date.parse(event.signupOpensAt)
    const ago = (ms: number) => Math.max(Math.min(ms, sinceOpen - HOUR_MS), 0)
    const steps: Step<StatusOf<'registration'>>[] = []
    if (plan.status === 'checked_in') {
      const started = nowMs - Date.parse(event.startsAt)
      steps.push({ status: 'confirmed', ago: ago(started + 5 * DAY_MS), note: '报名成功，电子票已生成' })
      steps.push({ status: 'checked_in', ago: Math.max(started - 20 * 60 * 1000, 0), note: '现场扫码签到' })
    } else if (plan.status === 'confirmed') {
      steps.push({ status: 'confirmed', ago: ago(2 * DAY_MS + 5 * HOUR_MS), note: '报名成功，电子票已生成' })
    } else if (plan.status === 'pending_approval') {
      steps.push({ status: 'pending_approval', ago: ago(20 * HOUR_MS), note: '已提交报名，等待主办方审核' })
    } else {
      steps.push({ status: 'waitlisted', ago: ago(5 * HOUR_MS), note: '名额已满，已进入候补名单' })
    }
    const t = timeline('registration', nowMs, steps)
    seq += 1
    const row: RegistrationRow = {
      id: plan.id,
      userId: DEMO_USER_IDS.sme,
      title: event.title,
      status: plan.status,
      eventId: event.id,
      attendeeName: DEMO_COMPANY.contactName,
      phone: DEMO_COMPANY.phone,
      enterprise: { name: DEMO_COMPANY.name, uscc: DEMO_COMPANY.uscc },
      seq,
      ...t,
    }
    if (plan.status === 'confirmed' || plan.status === 'checked_in') row.ticketCode = demoTicketCode(plan.id)
    if (plan.status === 'checked_in') {
      row.checkedInAt = t.updatedAt
      row.checkedInDeviceId = 'seed-device'
    }
    db.registrations.insert(row)
    rows.push(row)
  }
  return rows
}

function seedFinance(db: MockDb, nowMs: number): FinanceApplicationRow[] {
  const userId = DEMO_USER_IDS.sme
  // The demo enterprise's own patents: ready ones under review, p000009 under the disbursed loan's pledge.
  const own = FIXED_PATENTS
  const patents = [own.ownReady.id, own.ownReady2.id, own.ownCoOwned.id, own.ownPledged.id]
  const company = { ...DEMO_COMPANY }
  const rows: FinanceApplicationRow[] = [
    {
      id: DEMO_APPLICATION_IDS.financeBankAccepted,
      userId,
      title: '知识产权质押贷 · 中国银行江门分行',
      status: 'bank_accepted',
      enterprise: company,
      amountFen: 300 * 10_000 * 100,
      termMonths: 12,
      purpose: '采购锂电正极材料中试线设备',
      patentIds: patents.slice(0, 1),
      ...timeline('finance', nowMs, [
        { status: 'submitted', ago: 5 * DAY_MS, note: '已提交融资申请' },
        { status: 'bank_accepted', ago: 2 * DAY_MS, note: '中国银行江门分行已受理，客户经理将在 3 个工作日内联系您' },
      ]),
    },
    {
      id: DEMO_APPLICATION_IDS.financeCreditReview,
      userId,
      title: '科创专利贷 · 泸州银行',
      status: 'credit_review',
      enterprise: company,
      amountFen: 500 * 10_000 * 100,
      termMonths: 24,
      purpose: '补充研发及生产流动资金',
      patentIds: patents.slice(1, 3),
      ...timeline('finance', nowMs, [
        { status: 'submitted', ago: 20 * DAY_MS, note: '已提交融资申请' },
        { status: 'bank_accepted', ago: 17 * DAY_MS, note: '泸州银行已受理' },
        { status: 'credit_review', ago: 10 * DAY_MS, note: '已完成专利价值评估，进入授信审查' },
      ]),
    },
    {
      id: DEMO_APPLICATION_IDS.financeDisbursed,
      userId,
      title: '知识产权质押融资 · 江门农商银行',
      status: 'disbursed',
      enterprise: company,
      amountFen: 1000 * 10_000 * 100,
      termMonths: 36,
      purpose: '新建自动化检测产线',
      patentIds: patents.slice(3, 4),
      ...timeline('finance', nowMs, [
        { status: 'submitted', ago: 70 * DAY_MS, note: '已提交融资申请' },
        { status: 'bank_accepted', ago: 67 * DAY_MS, note: '江门农商银行已受理' },
        { status: 'credit_review', ago: 60 * DAY_MS, note: '进入授信审查' },
        { status: 'approved', ago: 52 * DAY_MS, note: '授信审批通过，已办理专利权质押登记' },
        { status: 'disbursed', ago: 48 * DAY_MS, note: '贷款 1,000 万元已发放至企业账户' },
      ]),
    },
  ]
  for (const row of rows) if (!db.financeApplications.has(row.id)) db.financeApplications.insert(row)
  return rows
}

interface Message {
  id: string
  kind: ApplicationKind
  row: { id: string; title: string; timeline: TimelineEntry[] }
  read: boolean
  /** When the sender words it differently from transition()'s default. */
  text?: { title: string; body: string }
}

// What transition() would have sent for each seeded move (same title and body shape).
function seedNotifications(db: MockDb, messages: Message[]): void {
  const rows: NotificationRow[] = []
  for (const m of messages) {
    // Each message announces the application's latest move.
    const entry = m.row.timeline[m.row.timeline.length - 1]
    if (!entry || db.notifications.has(m.id)) continue
    const label = statusLabel(m.kind, entry.status as StatusOf<typeof m.kind>)
    rows.push({
      id: m.id,
      userId: DEMO_USER_IDS.sme,
      type: 'status',
      title: m.text?.title ?? `${KIND_LABELS[m.kind]}申请状态更新：${label}`,
      body: m.text?.body ?? `「${m.row.title}」：${entry.note}`,
      createdAt: entry.at,
      readAt: m.read ? entry.at : null,
      link: { kind: m.kind, id: m.row.id },
    })
  }
  // Oldest first: insertion order is creation order, which breaks ties in the message list.
  rows.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))
  for (const row of rows) db.notifications.insert(row)
}

export function seedDemoApplications(db: MockDb, nowMs: number): void {
  if (!db.users.has(DEMO_USER_IDS.sme)) return
  const licences = seedLicences(db, nowMs)
  const registrations = seedRegistrations(db, nowMs)
  const finance = seedFinance(db, nowMs)
  const byId = new Map<string, { id: string; title: string; timeline: TimelineEntry[] }>()
  for (const row of [...licences, ...registrations, ...finance]) byId.set(row.id, row)

  const messages: Message[] = []
  const add = (id: string, kind: ApplicationKind, rowId: string, read: boolean, text?: Message['text']) => {
    const row = byId.get(rowId)
    if (row) messages.push({ id, kind, row, read, ...(text ? { text } : {}) })
  }
  add('n-demo-licensed', 'licence', DEMO_APPLICATION_IDS.licenceLicensed, true)
  add('n-demo-rejected', 'licence', DEMO_APPLICATION_IDS.licenceRejected, true)
  add('n-demo-disbursed', 'finance', DEMO_APPLICATION_IDS.financeDisbursed, true)
  add('n-demo-review', 'finance', DEMO_APPLICATION_IDS.financeCreditReview, true)
  add('n-demo-accepted', 'finance', DEMO_APPLICATION_IDS.financeBankAccepted, false)
  const confirmed = byId.get(DEMO_APPLICATION_IDS.registrationConfirmed)
  // Worded like the events feature's sign-up message.
  add('n-demo-confirmed', 'registration', DEMO_APPLICATION_IDS.registrationConfirmed, false, confirmed && {
    title: '报名成功',
    body: `「${confirmed.title}」报名成功，请在活动当天凭电子票签到入场。`,
  })
  add('n-demo-notified', 'licence', DEMO_APPLICATION_IDS.licenceNotified, false)
  seedNotifications(db, messages)
}
