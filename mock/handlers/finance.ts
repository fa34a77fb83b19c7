// 入园惠企 融资对接 (API.md → Financing): bank products, financing applications and the pledge
// readiness self-check. Officer moves of applications go through the shared transition route.

import {
  COLLATERAL_TYPES,
  type BankListResponse,
  type FinanceApplication,
  type FinanceApplicationResponse,
  type FinanceProduct,
  type FinanceProductListResponse,
  type MyPatentsResponse,
  type PledgeCheckItem,
  type PledgeCheckResponse,
} from '@contract/finance'
import { checkFinanceApplication, FINANCING_MAX_FEN, LOAN_TERMS, statusLabel } from '@/rules'
import { wan } from '@/rules/financing'
import type { MockContext } from '../context'
import { MockHttpError, notFound, validationFailed } from '../core/errors'
import { newId } from '../core/ids'
import { QueryReader } from '../core/query'
import type { PartialRouteTable } from '../core/types'
import type { FinanceApplicationRow } from '../db'
import { notify } from '../domain/notify'
import { parsePatentIdsParam, patentsOf, pledgeCheck, type Applicant } from '../domain/pledge-check'
import { created } from '../domain/workflow'
import { BANKS, FINANCE_PRODUCTS, findBank, findProduct } from '../seed/finance'
import { authed } from './common'

const MAX_PRODUCT_PAGE = 1000

function copyProduct(p: FinanceProduct): FinanceProduct {
  return { ...p, termMonths: p.termMonths.slice(), requiredDocuments: p.requiredDocuments.slice(), highlights: p.highlights.slice() }
}

/** The pledged patents of an application and their 质押前自查 as it stands now (the application's own pledge aside). */
export function pledgeOf(ctx: Pick<MockContext, 'db' | 'now'>, row: FinanceApplicationRow): { patents: FinanceApplication['patents']; pledgeCheck: PledgeCheckItem[] } {
  const ids = row.patentIds.filter((id) => ctx.db.patents.indexOf(id) >= 0)
  const patents = ids.map((id) => {
    const r = ctx.db.patents.record(ctx.db.patents.indexOf(id))
    return { id, patentNo: r.patentNo, title: r.title, patentee: r.patentee }
  })
  const pledgeCheckItems =
    ids.length === 0
      ? []
      : pledgeCheck(ctx, ids, { termMonths: row.termMonths, applicant: { name: row.enterprise.name, uscc: row.enterprise.uscc }, exceptApplicationId: row.id })
  return { patents, pledgeCheck: pledgeCheckItems }
}

function applicantOf(ctx: Pick<MockContext, 'db'>, userId: string): Applicant | null {
  const e = ctx.db.enterprises.get(userId)
  return e ? { name: e.name, uscc: e.uscc } : null
}

export function publicFinanceApplication(row: FinanceApplicationRow, ctx?: Pick<MockContext, 'db' | 'now'>): FinanceApplication {
  const out: FinanceApplication = {
    id: row.id,
    status: row.status,
    statusLabel: statusLabel('finance', row.status),
    title: row.title,
    enterprise: { ...row.enterprise },
    amountFen: row.amountFen,
    termMonths: row.termMonths,
    purpose: row.purpose,
    patentIds: row.patentIds.slice(),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    timeline: row.timeline.map((t) => ({ ...t })),
  }
  if (ctx) Object.assign(out, pledgeOf(ctx, row))
  if (row.productId) {
    out.productId = row.productId
    const product = findProduct(row.productId)
    if (product) out.product = { id: product.id, bank: product.bank, name: product.name }
  }
  return out
}

type ApplicationInput = Pick<FinanceApplicationRow, 'enterprise' | 'amountFen' | 'termMonths' | 'purpose' | 'patentIds'> & { productId?: string }

function readApplication(ctx: MockContext, body: unknown): ApplicationInput {
  const result = checkFinanceApplication(body, { findProduct, patentExists: (id) => ctx.db.patents.indexOf(id) >= 0 })
  if (result.ok) return result.value
  throw validationFailed(result.fields, result.fields._ ?? '融资申请信息有误，请检查标出的字段')
}

export const financeRoutes = {
  'GET /api/finance/banks': {
    access: 'public',
    handler: () => {
      const body: BankListResponse = { items: BANKS.map((b) => ({ ...b })) }
      return { body }
    },
  },

  // Ordered by the lowest advertised rate, then id, so the cheapest offers come first.
  'GET /api/finance/products': {
    access: 'public',
    handler: (req) => {
      const r = new QueryReader(req.query)
      const bank = r.check('bank', (v) => findBank(v) !== undefined, '银行')
      const minAmount = r.int('minAmount', { min: 1, max: FINANCING_MAX_FEN, label: '最低金额（分）' })
      const maxAmount = r.int('maxAmount', { min: 1, max: FINANCING_MAX_FEN, label: '最高金额（分）' })
      const term = r.check('term', (v) => (LOAN_TERMS as readonly number[]).indexOf(Number(v)) >= 0 && /^\d+$/.test(v), '融资期限')
      const collateral = r.oneOf('collateral', COLLATERAL_TYPES, '担保方式')
      const { page, pageSize } = r.pageParams(MAX_PRODUCT_PAGE)
      if (minAmount !== undefined && maxAmount !== undefined && minAmount > maxAmount) r.fields.minAmount = '最低金额不能高于最高金额'
      r.done()

      const termMonths = term === undefined ? undefined : Number(term)
      const items = FINANCE_PRODUCTS.filter(
        (p) =>
          (bank === undefined || p.bankId === bank) &&
          (minAmount === undefined || p.maxAmountFen >= minAmount) &&
          (maxAmount === undefined || p.minAmountFen <= maxAmount) &&
          (termMonths === undefined || p.termMonths.indexOf(termMonths) >= 0) &&
          (collateral === undefined || p.collateral === collateral),
      )
        .slice()
        .sort((a, b) => a.annualRateMin - b.annualRateMin || (a.id < b.id ? -1 : 1))
      const body: FinanceProductListResponse = {
        items: items.slice((page - 1) * pageSize, page * pageSize).map(copyProduct),
        total: items.length,
        page,
        pageSize,
      }
      return { body }
    },
  },

  'GET /api/finance/products/:id': {
    access: 'public',
    handler: (req) => {
      const product = findProduct(req.params.id)
      if (!product) throw notFound('融资产品不存在')
      return { body: copyProduct(product) }
    },
  },

  'POST /api/finance/applications': {
    roles: ['sme'],
    idempotent: true,
    handler: (req, ctx) => {
      const { user } = authed(req)
      const input = readApplication(ctx, req.body)
      // 专利权质押登记办法: the bank cannot register a pledge with any of these problems, so neither is the application taken.
      if (input.patentIds.length > 0) {
        const checks = pledgeCheck(ctx, input.patentIds, { termMonths: input.termMonths, applicant: { name: input.enterprise.name, uscc: input.enterprise.uscc } })
        const blocked = checks.filter((c) => !c.ok)
        if (blocked.length > 0) {
          const error = new MockHttpError(
            'PLEDGE_BLOCKED',
            `${blocked.map((c) => `ZL${c.patentNo}`).join('、')}不能办理质押登记：${blocked[0].problems[0].message}`,
          )
          error.problems = blocked.map((c) => ({ patentId: c.patentId, patentNo: c.patentNo, title: c.title, problems: c.problems.map((p) => ({ ...p })) }))
          throw error
        }
      }
      const product = input.productId ? findProduct(input.productId) : undefined
      const { at, timeline } = created(ctx, 'finance', 'submitted')
      const row: FinanceApplicationRow = {
        id: newId(ctx, 'f'),
        userId: user.id,
        title: product ? `${product.bank}·${product.name}` : '知识产权质押融资申请',
        createdAt: at,
        updatedAt: at,
        timeline,
        status: 'submitted',
        ...input,
      }
      ctx.db.financeApplications.insert(row)
      notify(ctx, user.id, {
        type: 'status',
        title: '融资申请已提交',
        body: `「${row.title}」申请金额${wan(row.amountFen)}、期限${row.termMonths}个月，已提交，银行受理后将通知你。`,
        link: { kind: 'finance', id: row.id },
      })
      const body: FinanceApplicationResponse = { application: publicFinanceApplication(row, ctx) }
      return { status: 201, body }
    },
  },

  // Owner or any officer (who moves applications along); anyone else gets a 404.
  'GET /api/finance/applications/:id': (req, ctx) => {
    const { user } = authed(req)
    const row = ctx.db.financeApplications.get(req.params.id)
    if (!row || (row.userId !== user.id && user.role !== 'officer')) throw notFound('融资申请不存在')
    const body: FinanceApplicationResponse = { application: publicFinanceApplication(row, ctx) }
    return { body }
  },

  'GET /api/finance/pledge-check': (req, ctx) => {
    const { user } = authed(req)
    const r = new QueryReader(req.query)
    const term = r.check('termMonths', (v) => /^\d+$/.test(v) && (LOAN_TERMS as readonly number[]).indexOf(Number(v)) >= 0, '融资期限')
    const applicant = r.string('applicant', { max: 50, label: '出质人名称' })
    const parsed = parsePatentIdsParam(ctx, req.queryAll.patentIds)
    if (!parsed.ok) r.fields.patentIds = parsed.message
    r.done()
    const patentIds = parsed.ok ? parsed.value : []
    const mine = applicantOf(ctx, user.id)
    const who: Applicant | null = applicant !== undefined && (!mine || applicant !== mine.name) ? { name: applicant } : mine
    const body: PledgeCheckResponse = {
      items: pledgeCheck(ctx, patentIds, { termMonths: term === undefined ? undefined : Number(term), applicant: who }),
    }
    return { body }
  },

  // The pledge picker's list: the patents the register names the caller's enterprise as patentee of.
  'GET /api/me/patents': {
    roles: ['sme'],
    handler: (req, ctx) => {
      const { user } = authed(req)
      const r = new QueryReader(req.query)
      const term = r.check('termMonths', (v) => /^\d+$/.test(v) && (LOAN_TERMS as readonly number[]).indexOf(Number(v)) >= 0, '融资期限')
      r.done()
      const applicant = applicantOf(ctx, user.id)
      if (!applicant) {
        const empty: MyPatentsResponse = { items: [], total: 0, enterprise: null }
        return { body: empty }
      }
      const indices = patentsOf(ctx, applicant)
      const checks = pledgeCheck(
        ctx,
        indices.map((i) => ctx.db.patents.record(i).id),
        { termMonths: term === undefined ? undefined : Number(term), applicant },
      )
      const body: MyPatentsResponse = {
        items: indices.map((i, k) => ({ patent: ctx.db.patents.summary(i), check: checks[k] })),
        total: indices.length,
        enterprise: { name: applicant.name, uscc: applicant.uscc ?? '' },
      }
      return { body }
    },
  },
} satisfies PartialRouteTable
