import { canTransition, illegalMoveMessage, nextStatuses, statusLabel, STATUS_LABELS, LICENCE_STATUSES, REGISTRATION_STATUSES, FINANCE_STATUSES } from '@/rules'

test('should walk a licence application through the statutory path only', () => {
  const path = ['submitted', 'notified', 'paid', 'licensed', 'filed'] as const
  for (let i = 0; i < path.length - 1; i++) expect(canTransition('licence', path[i], path[i + 1], 'officer')).toBe(true)
  expect(canTransition('licence', 'submitted', 'licensed', 'officer')).toBe(false)
  expect(canTransition('licence', 'paid', 'rejected', 'officer')).toBe(false)
  expect(canTransition('licence', 'paid', 'withdrawn', 'applicant')).toBe(true)
  expect(canTransition('licence', 'licensed', 'withdrawn', 'applicant')).toBe(false)
  expect(canTransition('licence', 'submitted', 'notified', 'applicant')).toBe(false)
})

test('should let a waitlisted registration be promoted and a confirmed one checked in', () => {
  expect(canTransition('registration', 'waitlisted', 'confirmed', 'system')).toBe(true)
  expect(canTransition('registration', 'confirmed', 'checked_in', 'officer')).toBe(true)
  expect(canTransition('registration', 'checked_in', 'cancelled', 'applicant')).toBe(false)
  expect(nextStatuses('registration', 'pending_approval', 'officer').sort()).toEqual(['confirmed', 'rejected'])
})

test('should allow financing rejection from any non-final state and withdrawal only before approval', () => {
  for (const from of ['submitted', 'bank_accepted', 'credit_review', 'approved'] as const) expect(canTransition('finance', from, 'rejected', 'officer')).toBe(true)
  expect(canTransition('finance', 'disbursed', 'rejected', 'officer')).toBe(false)
  expect(canTransition('finance', 'credit_review', 'withdrawn', 'applicant')).toBe(true)
  expect(canTransition('finance', 'approved', 'withdrawn', 'applicant')).toBe(false)
})

test('should have a Chinese label for every status', () => {
  for (const s of LICENCE_STATUSES) expect(STATUS_LABELS.licence[s]).toMatch(/[\u4e00-\u9fa5]/)
  for (const s of REGISTRATION_STATUSES) expect(STATUS_LABELS.registration[s]).toMatch(/[\u4e00-\u9fa5]/)
  for (const s of FINANCE_STATUSES) expect(STATUS_LABELS.finance[s]).toMatch(/[\u4e00-\u9fa5]/)
  expect(statusLabel('finance', 'credit_review')).toBe('授信审查中')
  expect(illegalMoveMessage('licence', 'filed', 'withdrawn')).toBe('当前状态为「已备案」，不能变更为「已撤回」')
})
