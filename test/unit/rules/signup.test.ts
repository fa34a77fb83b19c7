import { checkSignupInput } from '@/rules'

const body = {
  attendeeName: ' 李文静 ',
  phone: '139 1234 5678',
  enterprise: { name: ' 江门市某某新能源科技有限公司 ', uscc: '91350100m000100y43' },
}
const financingNeed = { amountFen: 2_000_000_00, termMonths: 24, purpose: '研发投入', patentIds: ['p000001'] }
const patentExists = (id: string) => id === 'p000001'

test('should normalise a valid sign-up and leave out a need the event does not ask for', () => {
  expect(checkSignupInput({ ...body, financingNeed }, { financing: false })).toEqual({
    ok: true,
    value: { attendeeName: '李文静', phone: '13912345678', enterprise: { name: '江门市某某新能源科技有限公司', uscc: '91350100M000100Y43' } },
  })
})

test('should refuse a wrong name, phone and enterprise with the API keys', () => {
  expect(checkSignupInput({ attendeeName: '', phone: '12800138000', enterprise: { name: '某', uscc: '91350100M000100Y44' } }, { financing: false })).toEqual({
    ok: false,
    fields: {
      attendeeName: '请输入参会人姓名',
      phone: '手机号格式不正确',
      'enterprise.name': '企业名称应为2–50个字',
      'enterprise.uscc': '统一社会信用代码校验位错误',
    },
  })
  expect(checkSignupInput({ ...body, enterprise: null }, { financing: false })).toEqual({
    ok: false,
    fields: { 'enterprise.name': '请输入企业名称', 'enterprise.uscc': '请输入统一社会信用代码' },
  })
  expect(checkSignupInput([], { financing: false })).toEqual({ ok: false, fields: { _: '请求体应为 JSON 对象' } })
})

test('should name the attendee field as the form labels it', () => {
  expect(checkSignupInput({ ...body, attendeeName: '' }, { financing: false, attendeeLabel: '姓名' })).toEqual({ ok: false, fields: { attendeeName: '请输入姓名' } })
})

test('should take the financing need of a financing event, and refuse it missing or wrong under financingNeed.*', () => {
  expect(checkSignupInput({ ...body, financingNeed }, { financing: true, patentExists })).toMatchObject({ ok: true, value: { financingNeed } })
  expect(checkSignupInput(body, { financing: true })).toEqual({ ok: false, fields: { financingNeed: '融资对接活动请填写融资需求' } })
  expect(checkSignupInput({ ...body, financingNeed: { ...financingNeed, amountFen: 6_000_000_000, patentIds: ['p999999'] } }, { financing: true, patentExists })).toEqual({
    ok: false,
    fields: { 'financingNeed.amountFen': '融资金额不能超过5000万元', 'financingNeed.patentIds': '专利不存在：p999999' },
  })
})
