// Rows read back from storage (MOCK_DATA_FILE, the mini-program's saved state) are checked like
// request bodies before they are loaded: a snapshot that was edited by hand, cut short or written
// by another version must stop the start-up with a clear reason, not start and answer 500 later.
// Messages name the field and what it should be, never the value (rows hold tokens and phones).

import { ROLES } from '@contract/common'
import { EVENT_KINDS } from '@contract/events'
import { APPLICATION_KINDS, FINANCE_STATUSES, LICENCE_STATUSES, REGISTRATION_STATUSES } from '@/rules'
import { hasOwn, isPlainObject, own } from '@/rules/result'

type Check = (value: unknown) => string | null

const MAX_TEXT = 10000

function text(max = MAX_TEXT): Check {
  return (v) => (typeof v === 'string' && v.length <= max ? null : `应为不超过 ${max} 字的文本`)
}
const id: Check = (v) => (typeof v === 'string' && v.length >= 1 && v.length <= 300 ? null : '应为非空编号')
const iso: Check = (v) => (typeof v === 'string' && v.length <= 40 && !Number.isNaN(Date.parse(v)) ? null : '应为 ISO 8601 时间')
const bool: Check = (v) => (typeof v === 'boolean' ? null : '应为 true 或 false')
function int(min: number, max = Number.MAX_SAFE_INTEGER): Check {
  return (v) => (Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max ? null : `应为 ${min} 到 ${max} 之间的整数`)
}
function oneOf(values: readonly string[]): Check {
  return (v) => (typeof v === 'string' && values.indexOf(v) >= 0 ? null : `应为 ${values.join(' / ')} 之一`)
}
function optional(check: Check): Check {
  return (v) => (v === undefined ? null : check(v))
}
function nullable(check: Check): Check {
  return (v) => (v === null ? null : check(v))
}
function list(check: Check, max = 1000): Check {
  return (v) => {
    if (!Array.isArray(v) || v.length > max) return `应为不超过 ${max} 项的数组`
    for (let i = 0; i < v.length; i++) {
      const problem = check(v[i])
      if (problem) return `第 ${i + 1} 项${problem}`
    }
    return null
  }
}
const anyJson: Check = () => null

type Shape = Record<string, Check>

function object(shape: Shape): Check {
  return (v) => {
    if (!isPlainObject(v)) return '应为对象'
    const o = v
    for (const key of Object.keys(shape)) {
      const problem = shape[key](own(o, key))
      if (problem) return `字段 ${key} ${problem}`
    }
    return null
  }
}

const actor = object({ userId: id, name: text(100) })
const timeline = list(object({ status: text(40), at: iso, note: text(2000), by: optional(actor) }), 10000)
const applicationBase: Shape = { id, userId: id, title: text(500), createdAt: iso, updatedAt: iso, timeline }
const fullEnterprise = object({ name: text(200), uscc: text(40), contactName: text(100), phone: text(40) })

const SHAPES: Record<string, Shape> = {
  users: { id, role: oneOf(ROLES), name: text(100), createdAt: iso, loginCode: optional(text(200)), demo: optional(bool) },
  sessions: { id, userId: id, createdAtMs: int(0), expiresAtMs: int(0) },
  enterprises: { id, name: text(200), uscc: text(40), contactName: text(100), phone: text(40), region: text(40), industry: text(40), updatedAt: iso },
  idempotency: {
    id: text(600),
    userId: id,
    key: text(200),
    method: text(10),
    path: text(400),
    status: int(200, 299),
    body: anyJson,
    headers: optional(object({})),
    createdAtMs: int(0),
  },
  licenceApplications: {
    ...applicationBase,
    status: oneOf(LICENCE_STATUSES),
    patentId: id,
    patentNo: text(40),
    enterprise: fullEnterprise,
    intendedUse: text(2000),
    expectedStart: text(40),
    licensedAt: optional(iso),
    filingDeadline: optional(iso),
  },
  registrations: {
    ...applicationBase,
    status: oneOf(REGISTRATION_STATUSES),
    eventId: id,
    attendeeName: text(100),
    phone: text(40),
    enterprise: object({ name: text(200), uscc: text(40) }),
    financingNeed: optional(object({ amountFen: int(0), termMonths: int(0, 600), purpose: text(2000), patentIds: list(id, 100) })),
    seq: int(0),
    ticketCode: optional(text(64)),
    checkedInAt: optional(iso),
    checkedInDeviceId: optional(text(64)),
  },
  financeApplications: {
    ...applicationBase,
    status: oneOf(FINANCE_STATUSES),
    enterprise: fullEnterprise,
    amountFen: int(0),
    termMonths: int(0, 600),
    purpose: text(2000),
    productId: optional(id),
    patentIds: list(id, 100),
  },
  events: {
    id,
    kind: oneOf(EVENT_KINDS),
    title: text(200),
    organizer: text(200),
    venue: text(200),
    city: text(40),
    startsAt: iso,
    endsAt: iso,
    signupOpensAt: iso,
    signupClosesAt: iso,
    capacity: int(1, 100000),
    requiresApproval: bool,
    waitlistEnabled: bool,
    description: text(5000),
    agenda: list(object({ time: text(20), title: text(200), speaker: optional(text(100)) }), 200),
    banks: optional(list(text(40), 100)),
    industries: list(text(40), 100),
    createdBy: optional(id),
    createdAt: iso,
    updatedAt: iso,
  },
  needs: { id, userId: id, title: text(200), description: text(5000), industry: text(40), strategicIndustry: optional(text(8)), budgetFen: optional(int(0)), keywords: list(text(100), 100), createdAt: iso },
  favourites: { id, userId: id, patentId: id, createdAt: iso },
  notifications: {
    id,
    userId: id,
    type: oneOf(['status', 'waitlist', 'notice']),
    title: text(500),
    body: text(5000),
    createdAt: iso,
    readAt: nullable(iso),
    link: optional(object({ kind: oneOf(APPLICATION_KINDS), id })),
    by: optional(actor),
  },
  subscriptions: { id: text(400), userId: id, templateId: text(128), purpose: oneOf(['registration', 'application']), count: int(0, 1000000), updatedAt: iso },
  outbox: {
    id,
    userId: id,
    templateId: text(128),
    purpose: oneOf(['registration', 'application']),
    page: text(500),
    data: anyJson,
    sentAt: iso,
    notificationId: id,
  },
  checkins: {
    id: text(400),
    ticketCode: text(200),
    eventId: text(100),
    registrationId: nullable(id),
    scannedAt: text(40),
    deviceId: text(64),
    result: oneOf(['ok', 'duplicate', 'unknown', 'wrong_event', 'not_confirmed', 'outside_window', 'stale_qr']),
    receivedAt: iso,
    by: optional(actor),
  },
}

const CHECKS: Record<string, Check> = Object.create(null)
for (const name of Object.keys(SHAPES)) CHECKS[name] = object(SHAPES[name])

/** Null when `row` is a well-formed row of `table`, else what is wrong with it (in Chinese, no values). */
export function validateRow(table: string, row: unknown): string | null {
  const check = hasOwn(CHECKS, table) ? CHECKS[table] : undefined
  if (!check) return `未知的表`
  return check(row)
}
