import { fireEvent, screen } from '@testing-library/react'
import { __setRouterParams } from '../setup/taro'
import { renderWithClient } from '../setup/render'
import { signIn, signInWithProfile } from '../setup/session'
import EnterprisePage from '@/pages/enterprise/index'
import NeedNewPage from '@/packages/trade/pages/need-new/index'
import LicenceApplyPage from '@/packages/trade/pages/licence-apply/index'
import { EventForm } from '@/features/event-admin/event-form'
import { useDraftsStore } from '@/stores/drafts'
import { FIXED_PATENTS } from '@mock/seed'

// Issue 16 defect 3: 「已恢复上次未保存的内容 / 放弃修改」 appeared at the first keystroke, with no stored draft.

function type(name: string, value: string) {
  const el = document.querySelector(`input[name="${name}"], textarea[name="${name}"], [name="${name}"] input, [name="${name}"] textarea`) as HTMLInputElement
  fireEvent.change(el, { target: { value } })
}

const RESTORED = /^已恢复上次未(保存|提交|发布)的内容$/

test('should not say a draft was restored in 企业信息 while the user types into a fresh form', async () => {
  await signIn()
  renderWithClient(<EnterprisePage />)
  await screen.findByText('保存')
  type('contactName', '王芳')
  expect(useDraftsStore.getState().drafts['enterprise-profile']).toBeDefined()
  expect(screen.queryByText(RESTORED)).toBeNull()
  expect(screen.queryByText('放弃修改')).toBeNull()
})

test('should say a draft was restored in 企业信息 only when one was stored, and drop the notice on 放弃修改', async () => {
  await signIn()
  useDraftsStore.getState().saveDraft('enterprise-profile', { contactName: '草稿联系人' })
  renderWithClient(<EnterprisePage />)
  expect(await screen.findByText('已恢复上次未保存的内容')).toBeInTheDocument()
  fireEvent.click(screen.getByText('放弃修改'))
  expect(screen.queryByText(RESTORED)).toBeNull()
  type('contactName', '王芳')
  expect(screen.queryByText(RESTORED)).toBeNull()
})

test('should not say a draft was restored in 发布需求 at the first keystroke', async () => {
  await signIn()
  renderWithClient(<NeedNewPage />)
  await screen.findByText('发布并匹配')
  type('title', '寻找储能电池热管理技术')
  expect(screen.queryByText(RESTORED)).toBeNull()
  expect(screen.queryByText('放弃修改')).toBeNull()
})

test('should not say a draft was restored in 申请许可 at the first keystroke', async () => {
  await signInWithProfile()
  __setRouterParams({ patentId: FIXED_PATENTS.lithiumCathode.id })
  renderWithClient(<LicenceApplyPage />)
  await screen.findByText(FIXED_PATENTS.lithiumCathode.title)
  type('contactName', '王芳')
  expect(screen.queryByText(RESTORED)).toBeNull()
  expect(screen.queryByText('放弃修改')).toBeNull()
})

test('should not say a draft was restored in 新建活动 at the first keystroke', async () => {
  renderWithClient(<EventForm onSaved={() => undefined} />)
  type('title', '储能专利对接会')
  expect(screen.queryByText(RESTORED)).toBeNull()
  expect(screen.queryByText('重新填写')).toBeNull()
})
