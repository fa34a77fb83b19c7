import { estimateFee, needsProfit, type DeclaredFee } from '@/features/patents/fee-calculator'

const WAN = 1_000_000 // 1 万元 in fen

test('should charge a lump sum once, whatever the sales', () => {
  const fee: DeclaredFee = { feeMode: 'lump_sum', lumpSumFen: 8 * WAN, licenceTermMonths: 36 }
  const e = estimateFee(fee, { annualSalesFen: 500 * WAN, years: 3 })
  expect(e.totalFen).toBe(8 * WAN)
  expect(e.yearlyFen).toEqual([8 * WAN, 0, 0])
  expect(e.averagePerYearFen).toBe(2666667)
  expect(e.formula).toContain('一次性支付许可费 8 万元')
  expect(e.warnings).toEqual([])
})

test('should take a sales royalty every year', () => {
  const fee: DeclaredFee = { feeMode: 'royalty', royaltyRate: 0.03, royaltyBasis: 'sales', licenceTermMonths: 60 }
  const e = estimateFee(fee, { annualSalesFen: 200 * WAN, years: 5 })
  expect(e.yearlyFen).toEqual(Array(5).fill(6 * WAN))
  expect(e.totalFen).toBe(30 * WAN)
  expect(e.formula).toBe('年净销售额 200 万元 × 提成比例 3% × 5 年')
  expect(needsProfit(fee)).toBe(false)
})

test('should base a profit royalty on profit, not sales', () => {
  const fee: DeclaredFee = { feeMode: 'royalty', royaltyRate: 0.25, royaltyBasis: 'profit', licenceTermMonths: 24 }
  const e = estimateFee(fee, { annualSalesFen: 300 * WAN, annualProfitFen: 40 * WAN, years: 2 })
  expect(e.totalFen).toBe(20 * WAN)
  expect(e.formula).toContain('年利润 40 万元')
  expect(needsProfit(fee)).toBe(true)
  expect(e.warnings).toEqual([])
})

test('should add the entry fee to the first year only', () => {
  const fee: DeclaredFee = { feeMode: 'entry_plus_royalty', entryFeeFen: 5 * WAN, royaltyRate: 0.02, royaltyBasis: 'sales', licenceTermMonths: 36 }
  const e = estimateFee(fee, { annualSalesFen: 100 * WAN, years: 3 })
  expect(e.yearlyFen).toEqual([7 * WAN, 2 * WAN, 2 * WAN])
  expect(e.totalFen).toBe(11 * WAN)
  expect(e.formula).toBe('入门费 5 万元 + 年净销售额 100 万元 × 提成比例 2% × 3 年')
})

test('should warn when a declared rate is beyond the caps of RULES.md', () => {
  const sales = estimateFee({ feeMode: 'royalty', royaltyRate: 0.22, royaltyBasis: 'sales', licenceTermMonths: 12 }, { annualSalesFen: WAN, years: 1 })
  expect(sales.warnings.join()).toContain('超过按净销售额提成的上限 20%')
  const profit = estimateFee({ feeMode: 'royalty', royaltyRate: 0.45, royaltyBasis: 'profit', licenceTermMonths: 12 }, { annualSalesFen: 10 * WAN, annualProfitFen: WAN, years: 1 })
  expect(profit.warnings.join()).toContain('超过按利润提成的上限 40%')
  const atCap = estimateFee({ feeMode: 'royalty', royaltyRate: 0.2, royaltyBasis: 'sales', licenceTermMonths: 12 }, { annualSalesFen: WAN, years: 1 })
  expect(atCap.warnings).toEqual([])
})

test('should warn when years exceed the licence term and when profit exceeds sales', () => {
  const e = estimateFee({ feeMode: 'royalty', royaltyRate: 0.1, royaltyBasis: 'profit', licenceTermMonths: 24 }, { annualSalesFen: WAN, annualProfitFen: 2 * WAN, years: 3 })
  expect(e.warnings).toEqual(expect.arrayContaining([expect.stringContaining('超过声明的许可期限 24 个月'), '预计年利润高于年销售额，请检查填写']))
})

test('should cost nothing in royalties with zero sales, and round each year to the fen', () => {
  expect(estimateFee({ feeMode: 'royalty', royaltyRate: 0.05, royaltyBasis: 'sales', licenceTermMonths: 12 }, { annualSalesFen: 0, years: 1 }).totalFen).toBe(0)
  expect(estimateFee({ feeMode: 'royalty', royaltyRate: 0.033, royaltyBasis: 'sales', licenceTermMonths: 24 }, { annualSalesFen: 333, years: 2 }).yearlyFen).toEqual([11, 11])
})
