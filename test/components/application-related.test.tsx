import { fireEvent, screen, within } from '@testing-library/react'
import { __setRouterParams, navigation } from '../setup/taro'
import { renderWithClient } from '../setup/render'
import ApplicationPage from '@/packages/tracking/pages/application/index'
import { api } from '@/api/client'
import { DEMO_APPLICATION_IDS } from '@mock/seed/applications'
import { freshMock, signIn } from './applications-fixtures'

// Issue 16 defect 14: the finance detail omitted bank, product and pledged patents; a financing
// session's registration omitted its financing need; a refused licence had no 重新申请; nothing
// linked back to the patent or event.

test('should show the bank, the product and the pledged patents of a finance application', async () => {
  const mock = freshMock()
  await signIn()
  const { items } = await api('GET /api/finance/products', { query: { pageSize: 1 } })
  const product = items[0]
  const row = mock.context.db.financeApplications.get(DEMO_APPLICATION_IDS.financeDisbursed)!
  mock.context.db.financeApplications.replace({ ...row, productId: product.id, patentIds: ['p000001'] })
  __setRouterParams({ kind: 'finance', id: DEMO_APPLICATION_IDS.financeDisbursed })
  renderWithClient(<ApplicationPage />)
  expect(await screen.findByText(product.bank)).toBeInTheDocument()
  expect(screen.getByText(product.name)).toBeInTheDocument()
  const pledged = screen.getByTestId('pledged-patents')
  expect(await within(pledged).findByText('ZL201710601862.3 一种用于锂离子电池的复合正极材料及其制备方法')).toBeInTheDocument()
  fireEvent.click(screen.getByText('查看融资产品'))
  expect(navigation.at(-1)?.url).toBe(`/packages/finance/pages/product/index?id=${encodeURIComponent(product.id)}`)
})

test('should offer 重新申请 on a refused licence application and link back to the patent', async () => {
  freshMock()
  await signIn()
  __setRouterParams({ kind: 'licence', id: DEMO_APPLICATION_IDS.licenceRejected })
  renderWithClient(<ApplicationPage />)
  expect(await screen.findByText('重新申请')).toBeInTheDocument()
  const detail = await api('GET /api/applications/:kind/:id', { params: { kind: 'licence', id: DEMO_APPLICATION_IDS.licenceRejected } })
  if (detail.kind !== 'licence') throw new Error('expected a licence application')
  fireEvent.click(screen.getByText('重新申请'))
  expect(navigation.at(-1)?.url).toContain(`patentId=${detail.patentId}`)
  fireEvent.click(screen.getByText('查看专利详情'))
  expect(navigation.at(-1)?.url).toBe(`/pages/patent/index?id=${detail.patentId}`)
})

test('should show the financing need of a financing-session registration and link to the event', async () => {
  freshMock()
  await signIn('sme-demo-2')
  const { enterprise } = await api('GET /api/me')
  if (!enterprise) throw new Error('sme-demo-2 has 企业信息')
  await api('POST /api/events/:id/registrations', { params: { id: 'ev-demo-finance' }, 
    body: {
      attendeeName: enterprise.contactName,
      phone: enterprise.phone,
      enterprise: { name: enterprise.name, uscc: enterprise.uscc },
      financingNeed: { amountFen: 300_000_000, termMonths: 24, purpose: '新产线设备采购', patentIds: ['p000001'] },
    },
    idempotencyKey: 'jest-fin-reg',
  })
  const event = await api('GET /api/events/:id', { params: { id: 'ev-demo-finance' } })
  __setRouterParams({ kind: 'registration', id: event.myRegistration!.id })
  renderWithClient(<ApplicationPage />)
  const need = await screen.findByTestId('financing-need')
  expect(need).toHaveTextContent('300 万元')
  expect(need).toHaveTextContent('24 个月')
  expect(need).toHaveTextContent('新产线设备采购')
  fireEvent.click(screen.getByText('查看活动详情'))
  expect(navigation.at(-1)?.url).toBe('/pages/event/index?id=ev-demo-finance')
})
