// Chinese copy of 我的申请 in one place. Status and kind labels come from @/rules (STATUS_LABELS,
// KIND_LABELS) so the app, the mock and the officer console say the same thing.

import type { ApplicationKind } from '@/rules'

export const TABS: { kind: ApplicationKind | undefined; label: string }[] = [
  { kind: undefined, label: '全部' },
  { kind: 'licence', label: '许可' },
  { kind: 'registration', label: '活动' },
  { kind: 'finance', label: '融资' },
]

export const EMPTY_HINTS: Record<ApplicationKind | 'all', { title: string; hint: string }> = {
  all: { title: '还没有申请', hint: '申请专利许可、报名活动或申请融资后，可在这里跟踪进度' },
  licence: { title: '还没有许可申请', hint: '在专利详情页提交开放许可实施通知后，可在这里跟踪进度' },
  registration: { title: '还没有活动报名', hint: '报名对接活动后，可在这里查看审核结果和电子票' },
  finance: { title: '还没有融资申请', hint: '申请专利质押融资后，可在这里跟踪银行审批进度' },
}

/** How a status reads at a glance: done, in progress, waiting on someone, refused, or closed by the applicant. */
export type StatusTone = 'success' | 'progress' | 'waiting' | 'danger' | 'closed'

const TONES: Record<string, StatusTone> = {
  licensed: 'success',
  filed: 'success',
  confirmed: 'success',
  checked_in: 'success',
  approved: 'success',
  disbursed: 'success',
  submitted: 'progress',
  notified: 'progress',
  paid: 'progress',
  bank_accepted: 'progress',
  credit_review: 'progress',
  pending_approval: 'waiting',
  waitlisted: 'waiting',
  rejected: 'danger',
  withdrawn: 'closed',
  cancelled: 'closed',
}

export function statusTone(status: string): StatusTone {
  return TONES[status] ?? 'progress'
}

export const ACTION_COPY = {
  withdraw: {
    button: '撤回申请',
    title: '撤回申请',
    content: '撤回后本申请将终止，如需继续需重新提交。确定撤回吗？',
    confirm: '确定撤回',
    done: '已撤回',
  },
  cancel: {
    button: '取消报名',
    title: '取消报名',
    content: '取消后名额将释放给候补企业，如需参加需重新报名。确定取消吗？',
    confirm: '确定取消',
    done: '已取消报名',
  },
  ticket: { button: '查看电子票' },
} as const
