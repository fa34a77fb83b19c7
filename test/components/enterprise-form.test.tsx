import { fireEvent, screen, waitFor } from '@testing-library/react'
import { toasts } from '../setup/taro'
import { renderWithClient } from '../setup/render'
import { signIn } from '../setup/session'
import EnterprisePage from '@/pages/enterprise/index'
import { useDraftsStore } from '@/stores/drafts'
import { api } from '@/api/client'

function type(name: string, value: string) {
  const input = document.querySelector(`input[name="${name}"]`) as HTMLInputElement
  fireEvent.change(input, { target: { value } })
}

test('should show 校验位错误 as soon as an 18-character USCC has a wrong check character', async () => {
  await signIn()
  renderWithClient(<EnterprisePage />)
  await screen.findByText('保存')
  type('uscc', '91350100M000100Y44')
  expect(screen.getByTestId('uscc-error')).toHaveTextContent('校验位错误')
  type('uscc', '91350100M000100Y43')
  expect(screen.queryByTestId('uscc-error')).toBeNull()
})

test('should list every missing field when saving an empty form and send nothing', async () => {
  await signIn()
  const { client } = renderWithClient(<EnterprisePage />)
  await screen.findByText('保存')
  fireEvent.click(screen.getByText('保存'))
  expect(await screen.findByText('请按提示修改后再保存')).toBeInTheDocument()
  for (const name of ['name', 'uscc', 'contactName', 'phone', 'region', 'industry']) {
    expect(screen.getByTestId(`${name}-error`)).toBeInTheDocument()
  }
  expect(screen.getByTestId('region-error')).toHaveTextContent('请选择地区')
  expect(client.isMutating()).toBe(0)
})

test('should save a valid profile through the API, normalise it and clear the draft', async () => {
  await signIn()
  renderWithClient(<EnterprisePage />)
  await screen.findByText('保存')
  type('name', '泸州市示例新材料有限公司')
  type('uscc', ' 91350100m000100y43 ')
  type('contactName', '王芳')
  type('phone', '139 0000 1234')
  fireEvent.click(screen.getByRole('radio', { name: '泸州' }))
  fireEvent.click(screen.getByRole('radio', { name: '有色金属冶炼和压延加工业' }))
  expect(useDraftsStore.getState().drafts['enterprise-profile']).toBeDefined()
  fireEvent.click(screen.getByText('保存'))
  await waitFor(() => expect(toasts).toContainEqual(expect.objectContaining({ title: '保存成功' })))
  expect(useDraftsStore.getState().drafts['enterprise-profile']).toBeUndefined()

  const me = await api('GET /api/me')
  expect(me.enterprise).toMatchObject({ name: '泸州市示例新材料有限公司', uscc: '91350100M000100Y43', phone: '13900001234', region: '510500', industry: 'C32' })
})

test('should restore a draft typed before the app was closed', async () => {
  await signIn()
  useDraftsStore.getState().saveDraft('enterprise-profile', { contactName: '草稿联系人' })
  renderWithClient(<EnterprisePage />)
  expect(await screen.findByDisplayValue('草稿联系人')).toBeInTheDocument()
  expect(screen.getByText('已恢复上次未保存的内容')).toBeInTheDocument()
  fireEvent.click(screen.getByText('放弃修改'))
  expect(screen.queryByDisplayValue('草稿联系人')).toBeNull()
})

test('should ask to sign in before editing the profile', () => {
  renderWithClient(<EnterprisePage />)
  expect(screen.getByText('请先登录')).toBeInTheDocument()
})
