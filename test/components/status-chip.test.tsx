import { render, screen } from '@testing-library/react'
import { FINANCE_STATUSES, LICENCE_STATUSES, REGISTRATION_STATUSES, type ApplicationKind } from '@/rules'
import { StatusChip } from '@/features/tracking/components/status-chip'

// What a person reads on each chip, written out rather than derived, so a changed label fails here.
const EXPECTED: Record<ApplicationKind, Record<string, string>> = {
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

const CASES: [ApplicationKind, string][] = [
  ...LICENCE_STATUSES.map((s): [ApplicationKind, string] => ['licence', s]),
  ...REGISTRATION_STATUSES.map((s): [ApplicationKind, string] => ['registration', s]),
  ...FINANCE_STATUSES.map((s): [ApplicationKind, string] => ['finance', s]),
]

test('should cover every status of every kind', () => {
  expect(CASES).toHaveLength(Object.values(EXPECTED).reduce((n, labels) => n + Object.keys(labels).length, 0))
})

test.each(CASES)('should label a %s in status %s in Chinese', (kind, status) => {
  render(<StatusChip kind={kind} status={status} />)
  expect(screen.getByTestId('status-chip')).toHaveTextContent(new RegExp(`^${EXPECTED[kind][status]}$`))
})

test.each([
  ['licence', 'licensed', 'success'],
  ['registration', 'waitlisted', 'waiting'],
  ['finance', 'rejected', 'danger'],
  ['licence', 'withdrawn', 'closed'],
  ['finance', 'credit_review', 'progress'],
] as const)('should colour a %s in %s as %s', (kind, status, tone) => {
  render(<StatusChip kind={kind} status={status} />)
  expect(screen.getByTestId('status-chip')).toHaveClass(`status-chip--${tone}`)
})
