// RULES.md → State machines, written once: the mock refuses any other move with 409, and the app
// offers only the moves listed here and shows every status with the same Chinese label.

import { hasOwn } from './result'

export const LICENCE_STATUSES = ['submitted', 'notified', 'paid', 'licensed', 'filed', 'rejected', 'withdrawn'] as const
export const REGISTRATION_STATUSES = ['pending_approval', 'confirmed', 'waitlisted', 'checked_in', 'rejected', 'cancelled'] as const
export const FINANCE_STATUSES = ['submitted', 'bank_accepted', 'credit_review', 'approved', 'disbursed', 'rejected', 'withdrawn'] as const

export type LicenceStatus = (typeof LICENCE_STATUSES)[number]
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number]
export type FinanceStatus = (typeof FINANCE_STATUSES)[number]

export const APPLICATION_KINDS = ['licence', 'registration', 'finance'] as const
export type ApplicationKind = (typeof APPLICATION_KINDS)[number]

export type StatusOf<K extends ApplicationKind> = K extends 'licence'
  ? LicenceStatus
  : K extends 'registration'
    ? RegistrationStatus
    : FinanceStatus

/** Who may make a move: the applicant (撤回/取消), an officer, or the system (waitlist promotion, check-in). */
export type Actor = 'applicant' | 'officer' | 'system'

interface Move<S extends string> {
  from: readonly S[]
  to: S
  by: readonly Actor[]
}

// 专利法第五十一条: written notice → payment → licence in force; 备案 follows (within 3 months).
const LICENCE_MOVES: readonly Move<LicenceStatus>[] = [
  { from: ['submitted'], to: 'notified', by: ['officer'] },
  { from: ['notified'], to: 'paid', by: ['officer'] },
  { from: ['paid'], to: 'licensed', by: ['officer'] },
  { from: ['licensed'], to: 'filed', by: ['officer'] },
  { from: ['submitted', 'notified'], to: 'rejected', by: ['officer'] },
  { from: ['submitted', 'notified', 'paid'], to: 'withdrawn', by: ['applicant'] },
]

const REGISTRATION_MOVES: readonly Move<RegistrationStatus>[] = [
  { from: ['pending_approval'], to: 'confirmed', by: ['officer'] },
  { from: ['pending_approval'], to: 'rejected', by: ['officer'] },
  { from: ['waitlisted'], to: 'confirmed', by: ['system', 'officer'] },
  { from: ['confirmed'], to: 'checked_in', by: ['officer', 'system'] },
  // "before the event starts" is checked by the caller, which knows the event's start time.
  { from: ['pending_approval', 'confirmed', 'waitlisted'], to: 'cancelled', by: ['applicant'] },
]

const FINANCE_MOVES: readonly Move<FinanceStatus>[] = [
  { from: ['submitted'], to: 'bank_accepted', by: ['officer'] },
  { from: ['bank_accepted'], to: 'credit_review', by: ['officer'] },
  { from: ['credit_review'], to: 'approved', by: ['officer'] },
  { from: ['approved'], to: 'disbursed', by: ['officer'] },
  { from: ['submitted', 'bank_accepted', 'credit_review', 'approved'], to: 'rejected', by: ['officer'] },
  { from: ['submitted', 'bank_accepted', 'credit_review'], to: 'withdrawn', by: ['applicant'] },
]

const MOVES: { [K in ApplicationKind]: readonly Move<StatusOf<K>>[] } = {
  licence: LICENCE_MOVES,
  registration: REGISTRATION_MOVES,
  finance: FINANCE_MOVES,
}

export const STATUS_LABELS: { [K in ApplicationKind]: Record<StatusOf<K>, string> } = {
  licence: {
    submitted: '已提交',
    notified: '已通知专利权人',
    paid: '已付费',
    licensed: '许可生效',
    filed: '已备案',
    rejected: '已驳回',
    withdrawn: '已撤回',
  },
  registration: {
    pending_approval: '待审核',
    confirmed: '报名成功',
    waitlisted: '候补中',
    checked_in: '已签到',
    rejected: '未通过',
    cancelled: '已取消',
  },
  finance: {
    submitted: '已提交',
    bank_accepted: '银行已受理',
    credit_review: '授信审查中',
    approved: '已审批',
    disbursed: '已放款',
    rejected: '已驳回',
    withdrawn: '已撤回',
  },
}

export const KIND_LABELS: Record<ApplicationKind, string> = { licence: '许可', registration: '活动', finance: '融资' }

export function isApplicationKind(value: string): value is ApplicationKind {
  return (APPLICATION_KINDS as readonly string[]).includes(value)
}

const STATUS_LISTS: { [K in ApplicationKind]: readonly StatusOf<K>[] } = {
  licence: LICENCE_STATUSES,
  registration: REGISTRATION_STATUSES,
  finance: FINANCE_STATUSES,
}

// Membership in the list, never `value in LABELS`: `constructor` or `toString` is in every object.
export function isStatusOf<K extends ApplicationKind>(kind: K, value: string): value is StatusOf<K> {
  return isApplicationKind(kind) && (STATUS_LISTS[kind] as readonly string[]).includes(value)
}

export function statusLabel<K extends ApplicationKind>(kind: K, status: StatusOf<K>): string {
  const labels = STATUS_LABELS[kind] as Record<string, string>
  return hasOwn(labels, status) ? labels[status] : String(status)
}

/** Whether `actor` may move an item of `kind` from `from` to `to`. */
export function canTransition<K extends ApplicationKind>(kind: K, from: StatusOf<K>, to: StatusOf<K>, actor: Actor): boolean {
  return (MOVES[kind] as readonly Move<string>[]).some((m) => m.to === to && m.from.includes(from) && m.by.includes(actor))
}

/** The statuses `actor` may move an item to next, for buttons in 我的申请 and the officer console. */
export function nextStatuses<K extends ApplicationKind>(kind: K, from: StatusOf<K>, actor: Actor): StatusOf<K>[] {
  return (MOVES[kind] as readonly Move<StatusOf<K>>[]).filter((m) => m.from.includes(from) && m.by.includes(actor)).map((m) => m.to)
}

/** The message for a refused move, e.g. "当前状态为「已备案」，不能变更为「已撤回」". */
export function illegalMoveMessage<K extends ApplicationKind>(kind: K, from: StatusOf<K>, to: StatusOf<K>): string {
  return `当前状态为「${statusLabel(kind, from)}」，不能变更为「${statusLabel(kind, to)}」`
}

/** Registrations that hold or wait for a seat and receive notices (RULES.md → Events). */
export const ACTIVE_REGISTRATION_STATUSES: readonly RegistrationStatus[] = ['pending_approval', 'confirmed', 'waitlisted', 'checked_in']

/** 备案 is due within 3 months of the licence taking effect (专利法实施细则). */
export const FILING_DEADLINE_MONTHS = 3
