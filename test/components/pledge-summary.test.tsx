import { screen, within } from '@testing-library/react'
import { renderWithClient } from '../setup/render'
import { signIn } from '../setup/session'
import { api } from '@/api/client'
import { FinanceRelated } from '@/packages/tracking/pages/application/related'
import { ApplicationRow } from '@/features/application-review/application-row'

test('should show the applicant the pledged patents of a loan with their 质押前自查', async () => {
  await signIn('sme')
  const detail = await api('GET /api/applications/:kind/:id', { params: { kind: 'finance', id: 'fa-demo-disbursed' } })
  if (detail.kind !== 'finance') throw new Error('expected a finance application')
  renderWithClient(<FinanceRelated detail={detail} />)
  const summary = await screen.findByTestId('pledge-summary')
  expect(summary).toHaveTextContent('质押专利及自查')
  expect(summary).toHaveTextContent(`ZL${detail.patents![0].patentNo}`)
  // The loan's own pledge is not held against it.
  expect(within(summary).getByText('✓ 质押前自查通过')).toBeInTheDocument()
})

test('should show the officer each financing application’s pledged patents and what the check finds', async () => {
  await signIn('officer')
  const list = await api('GET /api/officer/applications', { query: { kind: 'finance', pageSize: 50 } })
  // Seeded: 科创专利贷 pledges the demo enterprise's co-owned p000011.
  const withProblem = list.items.find((a) => a.pledgeCheck?.some((c) => !c.ok))!
  const clean = list.items.find((a) => a.pledgeCheck?.length && a.pledgeCheck.every((c) => c.ok))!
  renderWithClient(<ApplicationRow application={clean} />)
  expect(await screen.findByTestId('officer-pledge')).toHaveTextContent('✓ 质押前自查通过')
  renderWithClient(<ApplicationRow application={withProblem} />)
  expect(screen.getAllByTestId('officer-pledge').some((n) => /✗ 共有人未同意/.test(n.textContent ?? ''))).toBe(true)
})
