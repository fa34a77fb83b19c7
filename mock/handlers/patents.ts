// GET /api/patents, GET /api/patents/:id — the open-licence supply list.

import { FEE_MODES, PATENT_SORTS, PATENT_TYPES, type PatentDetail, type PatentListResponse } from '@contract/common'
import { isIndustryFilter, isIpcFilter, isStrategicIndustry, looksLikePatentNo } from '@/rules'
import { isRegionCode } from '@/rules/regions'
import { notFound } from '../core/errors'
import { QueryReader } from '../core/query'
import type { PartialRouteTable } from '../core/types'

const MAX_Q_LENGTH = 100
// 1 亿元 in fen: far above any declared fee, small enough to stay an exact integer.
const MAX_FEE_FEN = 10_000_000_000

export const patentRoutes = {
  'GET /api/patents': {
    access: 'public',
    handler: (req, ctx) => {
      const r = new QueryReader(req.query)
      const q = r.string('q', { max: MAX_Q_LENGTH, label: '搜索词' })
      const type = r.oneOf('type', PATENT_TYPES, '专利类型')
      const industry = r.check('industry', isIndustryFilter, '行业')
      const region = r.check('region', isRegionCode, '地区')
      const strategicIndustry = r.check('strategicIndustry', isStrategicIndustry, '战略性新兴产业')
      const ipc = r.check('ipc', isIpcFilter, 'IPC 分类')
      const maturityMin = r.int('maturityMin', { min: 1, max: 9, label: '技术成熟度' })
      const feeMode = r.oneOf('feeMode', FEE_MODES, '许可费支付方式')
      // maxFee caps the up-front fee (lumpSumFen / entryFeeFen; 0 for royalty-only), see headlineFeeFen.
      const maxFeeFen = r.int('maxFee', { min: 0, max: MAX_FEE_FEN, label: '最高许可费（分）' })
      const sort = r.oneOf('sort', PATENT_SORTS, '排序方式') ?? 'relevance'
      const { page, pageSize } = r.pageParams()
      r.done()

      const result = ctx.db.patents.list({ q, type, industry, region, feeMode, maxFeeFen, strategicIndustry, ipc, maturityMin, sort, page, pageSize })
      const body: PatentListResponse = {
        items: result.items,
        total: result.total,
        page,
        pageSize,
        facets: result.facets as PatentListResponse['facets'],
      }
      return { body }
    },
  },

  'GET /api/patents/:id': {
    access: 'public',
    handler: (req, ctx) => {
      const store = ctx.db.patents
      let index = store.indexOf(req.params.id)
      // Deep links from a scanned certificate may carry the patent number instead of the id.
      if (index < 0) {
        const number = looksLikePatentNo(req.params.id)
        if (number) index = store.indexOfNumber(number)
      }
      if (index < 0) throw notFound('专利不存在或已下线')
      store.addViews(index)
      const body: PatentDetail = store.detail(index)
      return { body }
    },
  },
} satisfies PartialRouteTable
