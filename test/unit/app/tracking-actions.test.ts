import type { ApplicationDetail } from '@contract/tracking'
import { applicantActions } from '@/features/tracking/actions'

const NOW = Date.parse('2026-03-10T12:00:00+08:00')
const base = { id: 'x', title: 't', statusLabel: '', createdAt: '', updatedAt: '', timeline: [] }

function licence(status: string): ApplicationDetail {
  return { ...base, kind: 'licence', status, patentId: 'p', patentNo: 'n', enterprise: { name: '', uscc: '', contactName: '', phone: '' }, intendedUse: '', expectedStart: '' } as ApplicationDetail
}
function finance(status: string): ApplicationDetail {
  return { ...base, kind: 'finance', status, amountFen: 1, termMonths: 12, purpose: '', patentIds: [] } as ApplicationDetail
}
function registration(status: string, extra: Partial<Extract<ApplicationDetail, { kind: 'registration' }>> = {}): ApplicationDetail {
  return { ...base, kind: 'registration', status, eventId: 'e', attendeeName: '', enterprise: { name: '', uscc: '' }, ...extra } as ApplicationDetail
}

const event = (startsAt: string) => ({ id: 'e', title: '', venue: '', startsAt, endsAt: startsAt })

test.each([
  ['submitted', ['withdraw']],
  ['notified', ['withdraw']],
  ['paid', ['withdraw']],
  ['licensed', []],
  ['filed', []],
  ['rejected', []],
  ['withdrawn', []],
])('should let the applicant withdraw a licence in %s: %j', (status, actions) => {
  expect(applicantActions(licence(status), NOW)).toEqual(actions)
})

test.each([
  ['submitted', ['withdraw']],
  ['bank_accepted', ['withdraw']],
  ['credit_review', ['withdraw']],
  ['approved', []],
  ['disbursed', []],
])('should let the applicant withdraw a finance application in %s: %j', (status, actions) => {
  expect(applicantActions(finance(status), NOW)).toEqual(actions)
})

test('should offer the ticket once confirmed and cancelling only before the event starts', () => {
  const upcoming = event('2026-03-20T09:00:00+08:00')
  const started = event('2026-03-10T09:00:00+08:00')
  expect(applicantActions(registration('confirmed', { ticketCode: 'abc', event: upcoming }), NOW)).toEqual(['ticket', 'cancel'])
  expect(applicantActions(registration('confirmed', { ticketCode: 'abc', event: started }), NOW)).toEqual(['ticket'])
  expect(applicantActions(registration('checked_in', { ticketCode: 'abc', event: started }), NOW)).toEqual(['ticket'])
  expect(applicantActions(registration('waitlisted', { event: upcoming }), NOW)).toEqual(['cancel'])
  expect(applicantActions(registration('pending_approval', { event: upcoming }), NOW)).toEqual(['cancel'])
  expect(applicantActions(registration('cancelled', { event: upcoming }), NOW)).toEqual([])
  expect(applicantActions(registration('rejected', { event: upcoming }), NOW)).toEqual([])
})
