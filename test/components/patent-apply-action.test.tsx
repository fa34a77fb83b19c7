import { fireEvent, screen } from '@testing-library/react'
import { __setRouterParams, navigation } from '../setup/taro'
import { renderWithClient } from '../setup/render'
import { signIn } from '../setup/session'
import PatentPage from '@/pages/patent/index'
import { api } from '@/api/client'

// Issue 16 defect 4: p000001 was already applied for (已通知专利权人) and still offered 申请许可;
// the 409 came only after the whole form.
const LITHIUM = 'p000001'
const FUMIGATION = 'p000003'

function open(id: string) {
  __setRouterParams({ id })
  return renderWithClient(<PatentPage />)
}

test('should show where an application under way stands instead of 申请许可, and open it', async () => {
  await signIn()
  const mine = await api('GET /api/me/applications', { query: { kind: 'licence', pageSize: 50 } })
  const seeded = mine.items.find((a) => a.title === '一种用于锂离子电池的复合正极材料及其制备方法' && a.status === 'notified')
  expect(seeded).toBeDefined()
  open(LITHIUM)
  expect(await screen.findByTestId('active-licence')).toHaveTextContent('已申请 · 已通知专利权人')
  expect(screen.queryByText('申请许可')).toBeNull()
  fireEvent.click(screen.getByText('查看申请进度'))
  expect(navigation.at(-1)).toMatchObject({ url: `/packages/tracking/pages/application/index?kind=licence&id=${seeded!.id}` })
})

test('should offer 申请许可 again once the application is withdrawn', async () => {
  await signIn()
  const mine = await api('GET /api/me/applications', { query: { kind: 'licence', pageSize: 50 } })
  for (const a of mine.items.filter((x) => x.title === '一种用于锂离子电池的复合正极材料及其制备方法' && ['submitted', 'notified', 'paid'].includes(x.status))) {
    await api('POST /api/applications/:kind/:id/withdraw', { params: { kind: 'licence', id: a.id }, body: {} })
  }
  open(LITHIUM)
  expect(await screen.findByText('申请许可')).toBeInTheDocument()
  expect(screen.queryByTestId('active-licence')).toBeNull()
})

test('should offer 申请许可 to a visitor who is not signed in, without asking for 我的申请', async () => {
  open(FUMIGATION)
  expect(await screen.findByText('申请许可')).toBeInTheDocument()
  expect(screen.queryByTestId('active-licence')).toBeNull()
})
