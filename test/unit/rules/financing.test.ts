import {
  MAX_PLEDGED_PATENTS,
  PURPOSE_MAX,
  amountFitsProduct,
  checkFinanceApplication,
  checkFinancingNeed,
  checkPatentIds,
  checkPurpose,
  needsPledge,
  type ProductTerms,
} from '@/rules'
import { hasOwn, own } from '@/rules/result'

const known = new Set(['p000001', 'p000002', 'p000003'])
const exists = (id: string) => known.has(id)

const need = { amountFen: 3_000_000_00, termMonths: 12, purpose: ' 购置生产设备 ', patentIds: ['p000001'] }

const product: ProductTerms = { id: 'fp-1', minAmountFen: 1_000_000_0, maxAmountFen: 5_000_000_00, termMonths: [6, 12], collateral: 'patent_pledge' }
const credit: ProductTerms = { ...product, id: 'fp-credit', collateral: 'credit' }
const findProduct = (id: string) => [product, credit].find((p) => p.id === id)

const application = {
  enterprise: { name: '江门市某某新能源科技有限公司', uscc: ' 91350100m000100y43 ', contactName: '张三', phone: '138-0013-8000' },
  amountFen: 3_000_000_00,
  termMonths: 12,
  purpose: '补充流动资金',
  patentIds: ['p000001'],
}

test('should read own properties only', () => {
  const inherited: unknown = Object.create({ purpose: '继承的用途' })
  expect(own(inherited as object, 'purpose')).toBeUndefined()
  expect(hasOwn({ purpose: '' }, 'purpose')).toBe(true)
  expect(hasOwn({}, 'constructor')).toBe(false)
})

test('should take a purpose of up to 200 characters and refuse an empty or longer one', () => {
  expect(checkPurpose(' 研发投入 ')).toEqual({ ok: true, value: '研发投入' })
  expect(checkPurpose('')).toEqual({ ok: false, message: '请输入资金用途' })
  expect(checkPurpose('用'.repeat(PURPOSE_MAX + 1))).toEqual({ ok: false, message: '资金用途不能超过200个字' })
})

test('should take 1–10 distinct existing patent ids and name what is wrong otherwise', () => {
  expect(checkPatentIds([' p000001 ', 'p000002'], { min: 1, exists })).toEqual({ ok: true, value: ['p000001', 'p000002'] })
  expect(checkPatentIds(undefined, { min: 0 })).toEqual({ ok: true, value: [] })
  expect(checkPatentIds([], { min: 1 })).toEqual({ ok: false, message: '请至少选择一件专利' })
  expect(checkPatentIds([], { min: 1, requiredMessage: '请选择拟质押的专利' })).toEqual({ ok: false, message: '请选择拟质押的专利' })
  const eleven = Array.from({ length: MAX_PLEDGED_PATENTS + 1 }, (_, i) => `p${String(i).padStart(6, '0')}`)
  expect(checkPatentIds(eleven, { min: 0 })).toEqual({ ok: false, message: '最多选择10件专利' })
  expect(checkPatentIds('p000001', { min: 1 })).toEqual({ ok: false, message: '专利列表格式不正确' })
  expect(checkPatentIds([42], { min: 1 })).toEqual({ ok: false, message: '专利列表格式不正确' })
  expect(checkPatentIds(['p000001', 'p000001'], { min: 1 })).toEqual({ ok: false, message: '专利重复：p000001' })
  expect(checkPatentIds(['p000001', 'p999999'], { min: 1, exists })).toEqual({ ok: false, message: '专利不存在：p999999' })
})

test('should check a financing need field by field with the API keys', () => {
  expect(checkFinancingNeed(need, { min: 0, exists })).toEqual({
    ok: true,
    value: { amountFen: 3_000_000_00, termMonths: 12, purpose: '购置生产设备', patentIds: ['p000001'] },
  })
  expect(checkFinancingNeed({ amountFen: 100, termMonths: 5, purpose: '', patentIds: 'x' }, { min: 0 })).toEqual({
    ok: false,
    fields: {
      amountFen: '融资金额不能低于10万元',
      termMonths: '融资期限应为6、12、24或36个月',
      purpose: '请输入资金用途',
      patentIds: '专利列表格式不正确',
    },
  })
  expect(checkFinancingNeed(['not', 'an', 'object'], { min: 0 })).toEqual({ ok: false, fields: { _: '请求体应为 JSON 对象' } })
})

test('should tell whether an amount fits a product and whether a product needs a pledge', () => {
  expect(amountFitsProduct(product, 1_000_000_0)).toBe(true)
  expect(amountFitsProduct(product, 5_000_000_01)).toBe(false)
  expect(needsPledge(null)).toBe(true)
  expect(needsPledge(product)).toBe(true)
  expect(needsPledge(credit)).toBe(false)
})

test('should normalise a valid financing application', () => {
  expect(checkFinanceApplication({ ...application, productId: 'fp-1' }, { findProduct, patentExists: exists })).toEqual({
    ok: true,
    value: {
      enterprise: { name: '江门市某某新能源科技有限公司', uscc: '91350100M000100Y43', contactName: '张三', phone: '13800138000' },
      amountFen: 3_000_000_00,
      termMonths: 12,
      purpose: '补充流动资金',
      patentIds: ['p000001'],
      productId: 'fp-1',
    },
  })
})

test('should refuse an application whose enterprise, amount, term or patents are wrong, in Chinese', () => {
  const result = checkFinanceApplication(
    { enterprise: { name: '', uscc: '91350100M000100Y44', contactName: '张', phone: '12800138000' }, amountFen: -1, termMonths: 7, purpose: '', patentIds: [] },
    { findProduct },
  )
  expect(result).toEqual({
    ok: false,
    fields: {
      'enterprise.name': '请输入企业名称',
      'enterprise.uscc': '统一社会信用代码校验位错误',
      'enterprise.contactName': '姓名应为2–20个字',
      'enterprise.phone': '手机号格式不正确',
      amountFen: '融资金额必须大于0',
      termMonths: '融资期限应为6、12、24或36个月',
      purpose: '请输入资金用途',
      patentIds: '请至少选择一件专利',
    },
  })
  expect(checkFinanceApplication('x', { findProduct })).toEqual({ ok: false, fields: { _: '请求体应为 JSON 对象' } })
})

test('should hold an application to its product: known id, amount range, term and pledge', () => {
  expect(checkFinanceApplication({ ...application, productId: 'fp-none' }, { findProduct })).toEqual({ ok: false, fields: { productId: '融资产品不存在' } })
  expect(checkFinanceApplication({ ...application, productId: 'fp-1', amountFen: 6_000_000_00, termMonths: 24 }, { findProduct })).toEqual({
    ok: false,
    fields: { amountFen: '该产品可贷金额为10万元–500万元', termMonths: '该产品期限可选6、12个月' },
  })
  expect(checkFinanceApplication({ ...application, productId: 'fp-credit', patentIds: [] }, { findProduct }).ok).toBe(true)
})
