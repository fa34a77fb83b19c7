import { eventTimeRange, hasTicket, registrationHeadline, seatsText } from '@/features/events/labels'
import { checkFinancing, EMPTY_FINANCING, financingFromDraft, financingToDraft } from '@/shared/financing-need'

const base = { seatsLeft: 12, waitlistEnabled: true, signupState: 'open' as const }

test.each([
  [{ ...base, status: 'open' as const }, '剩余 12 席'],
  [{ ...base, status: 'full' as const, seatsLeft: 0 }, '已满，可候补'],
  [{ ...base, status: 'full' as const, seatsLeft: 0, waitlistEnabled: false }, '已满'],
  [{ ...base, status: 'ended' as const }, '已结束'],
  [{ ...base, status: 'closed' as const, signupState: 'not_yet_open' as const }, '报名未开始'],
  [{ ...base, status: 'closed' as const, signupState: 'closed' as const }, '报名已截止'],
])('should describe seats of %o as %s', (event, text) => {
  expect(seatsText(event)).toBe(text)
})

test('should name the three sign-up outcomes as the person reads them', () => {
  expect(registrationHeadline({ status: 'confirmed' })).toBe('报名成功')
  expect(registrationHeadline({ status: 'waitlisted', waitlistPosition: 3 })).toBe('已进入候补（第 3 位）')
  expect(registrationHeadline({ status: 'pending_approval' })).toBe('待审核')
  expect(hasTicket({ status: 'checked_in' })).toBe(true)
  expect(hasTicket({ status: 'waitlisted' })).toBe(false)
})

test('should print an event time range, with the end date only when it differs', () => {
  expect(eventTimeRange('2026-03-01T09:00:00+08:00', '2026-03-01T17:30:00+08:00')).toMatch(/^2026-03-01 \d\d:00–\d\d:30$/)
  expect(eventTimeRange('2026-03-01T09:00:00+08:00', '2026-03-03T12:00:00+08:00')).toMatch(/^2026-03-0\d \d\d:00–2026-03-0\d \d\d:00$/)
})

test('should turn a typed financing need into fen, a term and patent ids', () => {
  const patents = [{ id: 'p000001', patentNo: '201710601862.3', title: '复合正极材料' }]
  expect(checkFinancing({ amount: '12.5', termMonths: '24', purpose: ' 扩产 ', patents }, { requirePatents: true })).toEqual({
    ok: true,
    value: { amountFen: 12_500_000, termMonths: 24, purpose: '扩产', patentIds: ['p000001'] },
  })
  const bad = checkFinancing({ amount: '9', termMonths: '18', purpose: '', patents: [] }, { requirePatents: true })
  expect(bad).toEqual({
    ok: false,
    fields: { amount: '融资金额不能低于10万元', termMonths: '融资期限应为6、12、24或36个月', purpose: '请输入资金用途', patentIds: '请选择拟质押的专利' },
  })
  expect(checkFinancing({ ...EMPTY_FINANCING, amount: '5000.000001', termMonths: '6', purpose: 'x' }, { requirePatents: false })).toMatchObject({
    ok: false,
    fields: { amount: '融资金额不能超过5000万元' },
  })
})

test('should keep the picked patents through a draft and survive a corrupt one', () => {
  const values = { amount: '100', termMonths: '12', purpose: '研发', patents: [{ id: 'p000002', patentNo: '1', title: 't' }] }
  expect(financingFromDraft(financingToDraft(values))).toEqual(values)
  expect(financingFromDraft({ amount: '7', patents: '{not json' })).toEqual({ amount: '7' })
})
