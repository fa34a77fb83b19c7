import { screen, within } from '@testing-library/react'
import { renderWithClient } from '../setup/render'
import { signIn } from '../setup/session'
import { api } from '@/api/client'
import { FilingCheckCard } from '@/features/licences/components/filing-check-card'
import { ImplementationNoticeCard } from '@/features/licences/components/implementation-notice'
import { usePatent } from '@/features/patents/api/patents'
import { OutboxList } from '@/features/subscribe-outbox/components/outbox-list'
import type { LicenceApplication } from '@contract/trade'

function NoticeWithPatent({ application }: { application: LicenceApplication }) {
  const patent = usePatent(application.patentId)
  return <ImplementationNoticeCard application={application} patent={patent} />
}

const enterprise = { name: '江门市示例储能科技有限公司', uscc: '91350100M000100Y43', contactName: '李文静', phone: '13912345678' }

async function licensedOn(patentId: string, code: string) {
  await signIn('sme', code)
  const start = new Date(Date.now() + 30 * 86400e3).toISOString().slice(0, 10)
  const { application } = await api('POST /api/licence-applications', { body: { patentId, enterprise, intendedUse: '用于本公司储能产品', expectedStart: start } })
  await signIn('officer')
  for (const to of ['notified', 'paid', 'licensed']) await api('POST /api/applications/:kind/:id/transition', { params: { kind: 'licence', id: application.id }, body: { to, note: to } })
  await signIn('sme', code)
  return application
}

test('should show the 备案前自查 of a co-owned patent with what to do, and the 普通许可 note', async () => {
  const application = await licensedOn('p000011', 'filing-ui-co')
  renderWithClient(<FilingCheckCard applicationId={application.id} />)
  const card = await screen.findByTestId('filing-problem-co_owner_consent')
  expect(card).toHaveTextContent('该专利为共有专利')
  expect(within(card).getByText(/处理办法：请向专利权人索取全体共有人同意许可的书面文件/)).toBeInTheDocument()
  expect(screen.getByTestId('filing-check')).toHaveTextContent('普通许可')
})

test('should pass a clean licence’s 备案前自查', async () => {
  const application = await licensedOn('p000007', 'filing-ui-ok')
  renderWithClient(<FilingCheckCard applicationId={application.id} />)
  expect(await screen.findByText('✓ 未发现影响备案的问题')).toBeInTheDocument()
})

test('should write the 实施许可通知 with the patent, fee, term and licensee', async () => {
  await signIn('sme', 'notice-ui')
  const start = new Date(Date.now() + 30 * 86400e3).toISOString().slice(0, 10)
  const { application } = await api('POST /api/licence-applications', { body: { patentId: 'p000001', enterprise, intendedUse: '用于本公司储能产品', expectedStart: start } })
  renderWithClient(<NoticeWithPatent application={application} />)
  const notice = await screen.findByTestId('licence-notice')
  for (const words of ['专利开放许可实施通知书', '五邑大学：', 'ZL201710601862.3', '一次性支付', '36 个月', '被许可人', enterprise.name, '第五十一条']) expect(notice).toHaveTextContent(words)
  expect(screen.getByText('复制通知文本')).toBeInTheDocument()
  expect(screen.getByText('保存为图片')).toBeInTheDocument()
})

test('should show officers what WeChat would have received, one message per acceptance', async () => {
  await signIn('sme', 'outbox-ui')
  await api('POST /api/me/subscriptions', { body: { accepted: [{ templateId: 'tmpl-registration-status', purpose: 'registration' }] } })
  await api('POST /api/events/:id/registrations', { params: { id: 'ev-demo-open' }, body: { attendeeName: '李文静', phone: '13912345678', enterprise: { name: enterprise.name, uscc: enterprise.uscc } } })
  await signIn('officer')
  renderWithClient(<OutboxList />)
  const [first] = await screen.findAllByTestId('outbox-message')
  expect(first).toHaveTextContent('活动报名结果通知')
  expect(first).toHaveTextContent('tmpl-registration-status')
  expect(first).toHaveTextContent(/thing1：.{1,20}/)
})
