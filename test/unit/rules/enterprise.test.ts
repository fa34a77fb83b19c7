import { checkEnterprise, checkPhone, collectFields, type RuleResult } from '@/rules'

const valid = {
  name: ' 江门市某某新能源科技有限公司 ',
  uscc: ' 91350100m000100y43 ',
  contactName: ' 张三 ',
  phone: '138-0013-8000',
  region: '440700',
  industry: 'C38',
}

test('should normalise a valid enterprise profile and drop unknown keys', () => {
  expect(checkEnterprise({ ...valid, role: 'officer' })).toEqual({
    ok: true,
    value: {
      name: '江门市某某新能源科技有限公司',
      uscc: '91350100M000100Y43',
      contactName: '张三',
      phone: '13800138000',
      region: '440700',
      industry: 'C38',
    },
  })
})

test('should report every missing field at once', () => {
  expect(checkEnterprise({})).toEqual({
    ok: false,
    fields: {
      name: '请输入企业名称',
      uscc: '请输入统一社会信用代码',
      contactName: '请输入联系人姓名',
      phone: '请输入手机号',
      region: '请选择地区',
      industry: '请选择行业',
    },
  })
})

test.each([
  [{ uscc: '91350100M000100Y44' }, { uscc: '统一社会信用代码校验位错误' }],
  [{ phone: '12800138000' }, { phone: '手机号格式不正确' }],
  [{ region: 'mars' }, { region: '请从列表中选择地级市' }],
  [{ industry: '440700' }, { industry: '请选择行业' }],
  [{ contactName: '张' }, { contactName: '姓名应为2–20个字' }],
  [{ name: '甲', phone: '' }, { name: '企业名称应为2–50个字', phone: '请输入手机号' }],
])('should name the wrong fields for %p', (patch, fields) => {
  expect(checkEnterprise({ ...valid, ...patch })).toEqual({ ok: false, fields })
})

test.each([null, undefined, 'text', 42, [], [valid]])('should refuse a non-object body %p', (input) => {
  expect(checkEnterprise(input)).toEqual({ ok: false, fields: { _: '请求格式不正确' } })
})

test('should ignore inherited and __proto__ properties', () => {
  const parsed: unknown = JSON.parse('{"__proto__": {"name": "江门某某公司"}}')
  expect(checkEnterprise(parsed)).toMatchObject({ ok: false, fields: { name: '请输入企业名称' } })
  const inherited: unknown = Object.create({ phone: '13800138000' })
  expect(checkEnterprise(inherited)).toMatchObject({ ok: false, fields: { phone: '请输入手机号' } })
})

test('should validate any object against per-field rules', () => {
  const positive = (raw: unknown): RuleResult<number> =>
    typeof raw === 'number' && raw > 0 ? { ok: true, value: raw } : { ok: false, message: '请输入正数' }
  const rules = { phone: checkPhone, count: positive }
  expect(collectFields(JSON.parse('{"phone":"13800138000","count":3}'), rules)).toEqual({
    ok: true,
    value: { phone: '13800138000', count: 3 },
  })
  expect(collectFields({ phone: 'x', count: 0 }, rules)).toEqual({
    ok: false,
    fields: { phone: '手机号格式不正确', count: '请输入正数' },
  })
})
