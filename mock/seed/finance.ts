// Banks and their IP-backed loan products for 入园惠企 融资对接. Reference data, not user state, so it
// lives in constants (never snapshotted). Figures are illustrative, in the range such products
// advertise (1-year LPR ≈ 3 %); they are not any bank's actual terms.

import type { Bank, Collateral, FinanceProduct } from '@contract/finance'

export const BANKS: readonly Bank[] = [
  { id: 'icbc', name: '中国工商银行', shortName: '工商银行' },
  { id: 'abc', name: '中国农业银行', shortName: '农业银行' },
  { id: 'boc', name: '中国银行', shortName: '中国银行' },
  { id: 'ccb', name: '中国建设银行', shortName: '建设银行' },
  { id: 'bocom', name: '交通银行', shortName: '交通银行' },
  { id: 'cmb', name: '招商银行', shortName: '招商银行' },
  { id: 'cib', name: '兴业银行', shortName: '兴业银行' },
  { id: 'psbc', name: '中国邮政储蓄银行', shortName: '邮储银行' },
  { id: 'cgb', name: '广发银行', shortName: '广发银行' },
  { id: 'cqrcb', name: '重庆农村商业银行', shortName: '重庆农商行' },
  { id: 'lzb', name: '泸州银行', shortName: '泸州银行' },
  { id: 'jmrcb', name: '江门农村商业银行', shortName: '江门农商银行' },
  { id: 'bocd', name: '成都银行', shortName: '成都银行' },
  { id: 'gzcb', name: '广州银行', shortName: '广州银行' },
]

const FEN_PER_WAN = 1_000_000

const BASE_DOCUMENTS = ['营业执照副本', '法定代表人身份证明', '近两年财务报表及最近一期报表']
const PLEDGE_DOCUMENTS = [
  '专利证书及专利登记簿副本',
  '最近一期专利年费缴纳凭证',
  '专利价值评估报告（银行认可的评估机构出具）',
  '共有专利需提供全体共有人同意质押的书面文件',
]
const DOCUMENTS: Record<Collateral, string[]> = {
  patent_pledge: [...BASE_DOCUMENTS, ...PLEDGE_DOCUMENTS],
  ip_portfolio_pledge: [...BASE_DOCUMENTS, ...PLEDGE_DOCUMENTS, '商标注册证及商标评估报告'],
  patent_pledge_guarantee: [...BASE_DOCUMENTS, ...PLEDGE_DOCUMENTS, '担保机构出具的担保意向函'],
  credit: [...BASE_DOCUMENTS, '近一年纳税证明', '专利证书（作为增信材料）', '高新技术企业或科技型中小企业证书（如有）'],
}

const DESCRIPTIONS: Record<Collateral, string> = {
  patent_pledge:
    '以企业合法拥有的有效发明、实用新型或外观设计专利权出质，经评估后按评估价值的一定比例核定授信额度，用于企业日常经营周转、技术改造和成果转化。办理专利权质押登记后放款。',
  ip_portfolio_pledge:
    '以专利与商标组成的知识产权组合出质，组合估值更稳定，可获得更高的授信额度，适合拥有核心专利和自主品牌的成长型科技企业。',
  patent_pledge_guarantee:
    '专利权质押叠加政策性融资担保，担保费享受财政补贴，首次贷款企业也可获得授信；适合专利估值不足以覆盖所需额度的企业。',
  credit:
    '以企业知识产权、研发投入和纳税情况作为增信依据的纯信用贷款，无需办理质押登记，审批快、随借随还，适合小额、短期的资金需求。',
}

interface ProductSpec {
  bankId: string
  code: string
  name: string
  minWan: number
  maxWan: number
  terms: number[]
  rateMin: number
  rateMax: number
  collateral: Collateral
  highlights: string[]
}

function spec(
  bankId: string,
  code: string,
  name: string,
  [minWan, maxWan]: [number, number],
  terms: number[],
  [rateMin, rateMax]: [number, number],
  collateral: Collateral,
  highlights: string[],
): ProductSpec {
  return { bankId, code, name, minWan, maxWan, terms, rateMin, rateMax, collateral, highlights }
}

const SPECS: ProductSpec[] = [
  spec('icbc', '01', '科创知识产权质押贷', [100, 3000], [12, 24, 36], [0.03, 0.0385], 'patent_pledge', ['单户最高3000万元', '可享市级贴息']),
  spec('icbc', '02', '科创企业信用贷（专利增信）', [10, 500], [6, 12], [0.034, 0.043], 'credit', ['无需抵质押', '线上申请']),
  spec('abc', '01', '科创e贷·知识产权质押', [50, 1000], [12, 24], [0.031, 0.0395], 'patent_pledge', ['评估费由银行承担', '随借随还']),
  spec('abc', '02', '专利商标组合质押贷', [100, 2000], [12, 24, 36], [0.0315, 0.04], 'ip_portfolio_pledge', ['组合估值提额', '最长3年']),
  spec('boc', '01', '中银知贷通', [100, 5000], [12, 24, 36], [0.0305, 0.038], 'patent_pledge', ['单户最高5000万元', '专属审批通道']),
  spec('boc', '02', '中银科技通宝（知识产权增信）', [10, 300], [6, 12], [0.035, 0.045], 'credit', ['最快3个工作日放款']),
  spec('ccb', '01', '善新贷·知识产权质押', [50, 3000], [12, 24, 36], [0.0305, 0.039], 'patent_pledge', ['首贷户利率优惠', '可叠加风险补偿']),
  spec('ccb', '02', '科技云贷', [10, 300], [6, 12], [0.0345, 0.044], 'credit', ['全流程线上', '随借随还']),
  spec('bocom', '01', '交银科创·知识产权质押贷', [100, 2000], [12, 24], [0.031, 0.0395], 'patent_pledge', ['支持开放许可专利']),
  spec('bocom', '02', '专利许可收益权质押贷', [50, 1000], [12, 24, 36], [0.0325, 0.041], 'patent_pledge', ['以许可使用费作还款来源']),
  spec('cmb', '01', '科创知识产权贷', [100, 3000], [12, 24], [0.0305, 0.0385], 'patent_pledge', ['投贷联动', '专属客户经理']),
  spec('cmb', '02', '投贷联动·知识产权组合质押', [300, 5000], [24, 36], [0.032, 0.042], 'ip_portfolio_pledge', ['适合拟上市科技企业']),
  spec('cib', '01', '兴业知识产权质押贷', [50, 2000], [12, 24, 36], [0.031, 0.0398], 'patent_pledge', ['评估费补贴']),
  spec('cib', '02', '技术流·专利增信贷', [10, 500], [6, 12], [0.035, 0.0445], 'credit', ['按技术评价结果授信']),
  spec('psbc', '01', '邮储知识产权质押贷', [10, 1000], [6, 12, 24], [0.0315, 0.041], 'patent_pledge', ['小额起贷', '县域网点可办']),
  spec('psbc', '02', '小微易贷·专利增信', [10, 300], [6, 12], [0.036, 0.0465], 'credit', ['手机银行申请']),
  spec('cgb', '01', '广发知识产权质押贷', [100, 3000], [12, 24, 36], [0.031, 0.039], 'patent_pledge', ['粤港澳大湾区企业优先']),
  spec('cgb', '02', '专利质押+担保科技贷', [50, 1000], [12, 24], [0.0335, 0.042], 'patent_pledge_guarantee', ['担保费补贴50%']),
  spec('cqrcb', '01', '渝快知识产权贷', [10, 1000], [6, 12, 24], [0.0315, 0.0405], 'patent_pledge', ['重庆辖内企业', '专利质押登记代办']),
  spec('cqrcb', '02', '专利质押+再担保贷', [50, 2000], [12, 24, 36], [0.033, 0.0415], 'patent_pledge_guarantee', ['重庆市再担保体系支持']),
  spec('cqrcb', '03', '知识价值信用贷', [10, 500], [6, 12], [0.035, 0.045], 'credit', ['按知识价值评价授信', '财政风险补偿']),
  spec('lzb', '01', '酒城知产贷', [10, 1000], [6, 12, 24], [0.032, 0.0415], 'patent_pledge', ['泸州辖内企业', '市级贴息']),
  spec('lzb', '02', '白酒产业链知识产权组合质押贷', [100, 3000], [12, 24, 36], [0.0325, 0.041], 'ip_portfolio_pledge', ['白酒及配套企业专享']),
  spec('lzb', '03', '科创担保贷（专利质押）', [50, 1500], [12, 24], [0.034, 0.043], 'patent_pledge_guarantee', ['首贷担保费全免']),
  spec('jmrcb', '01', '侨乡知产贷', [10, 800], [6, 12, 24], [0.0315, 0.0405], 'patent_pledge', ['江门辖内企业', '评估费补贴']),
  spec('jmrcb', '02', '入园惠企·专利质押贷', [50, 2000], [12, 24, 36], [0.031, 0.0395], 'patent_pledge', ['园区企业利率优惠', '最长3年']),
  spec('jmrcb', '03', '科技信用贷（知识产权增信）', [10, 300], [6, 12], [0.0355, 0.045], 'credit', ['无需抵质押']),
  spec('bocd', '01', '科创贷·知识产权质押', [50, 3000], [12, 24, 36], [0.0305, 0.039], 'patent_pledge', ['成都市知识产权质押融资风险补偿']),
  spec('bocd', '02', '知识产权质押风险补偿贷', [10, 1000], [6, 12, 24], [0.0325, 0.0415], 'patent_pledge_guarantee', ['风险补偿资金池支持']),
  spec('gzcb', '01', '广银知识产权质押贷', [100, 3000], [12, 24, 36], [0.031, 0.0395], 'patent_pledge', ['广州辖内企业', '可叠加区级贴息']),
  spec('gzcb', '02', '开放许可收益权质押贷', [50, 1000], [12, 24], [0.0325, 0.041], 'patent_pledge', ['支持开放许可专利许可费作还款来源']),
  spec('gzcb', '03', '科技信用贷', [10, 500], [6, 12], [0.035, 0.0455], 'credit', ['随借随还']),
]

function bankOf(id: string): Bank {
  for (const bank of BANKS) if (bank.id === id) return bank
  throw new Error(`unknown bank ${id}`)
}

export const FINANCE_PRODUCTS: readonly FinanceProduct[] = SPECS.map((s) => ({
  id: `fp-${s.bankId}-${s.code}`,
  bank: bankOf(s.bankId).name,
  bankId: s.bankId,
  name: s.name,
  minAmountFen: s.minWan * FEN_PER_WAN,
  maxAmountFen: s.maxWan * FEN_PER_WAN,
  termMonths: s.terms.slice(),
  annualRateMin: s.rateMin,
  annualRateMax: s.rateMax,
  collateral: s.collateral,
  requiredDocuments: DOCUMENTS[s.collateral].slice(),
  description: `${bankOf(s.bankId).name}「${s.name}」：${DESCRIPTIONS[s.collateral]}`,
  highlights: s.highlights.slice(),
}))

/** Fixed ids for tests and demos. */
export const FIXED_PRODUCTS = {
  /** 中国银行 中银知贷通: 100 万–5,000 万元, 12/24/36 个月, patent pledge. */
  bocPledge: 'fp-boc-01',
  /** 江门农商银行 科技信用贷: 10 万–300 万元, 6/12 个月, credit (no patents needed). */
  jmrcbCredit: 'fp-jmrcb-03',
} as const

export function findProduct(id: string): FinanceProduct | undefined {
  for (const p of FINANCE_PRODUCTS) if (p.id === id) return p
  return undefined
}

export function findBank(id: string): Bank | undefined {
  for (const b of BANKS) if (b.id === id) return b
  return undefined
}
