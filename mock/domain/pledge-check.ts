// 质押前自查 (RULES.md → Pledge readiness): the reasons a 专利权质押登记 is refused (专利权质押登记办法),
// each with what to do about it. The mock has no 专利登记簿, so the register-side facts (annuity paid,
// existing pledges, co-owners, disputes, invalidation requests) are derived from the patent id with a
// salted hash: stable across restarts, a known share of patents per problem, independent of one another.
// Expiry and the loan term are computed from the real expiry date; the patentee is compared by name.
//
// Fixed cases for tests and the UI (`PLEDGE_FIXTURES`):
//   p000001 (五邑大学)          no register problem (ok when the applicant is 五邑大学)
//   p000002                    annuity_unpaid
//   p000003                    already_pledged
//   p000004                    co_owner_consent
//   p000005                    disputed
//   p000006                    no register problem
//   p000007                    not_valid (invalidation request pending)

import type { PledgeCheckItem, PledgeProblem, PledgeProblemCode } from '@/api/types-finance'
import { LOAN_TERMS } from '@/rules'
import type { MockContext } from '../context'
import { toDateCst } from '../core/time'
import type { PatentRecord } from '../seed/patents'
import { BANKS } from '../seed/finance'
import { addMonthsIso } from './workflow'

export const MAX_PLEDGE_CHECK_PATENTS = 10

type RegisterFlag = 'not_valid' | 'annuity_unpaid' | 'already_pledged' | 'co_owner_consent' | 'disputed'

/** Share of patents (out of 100) with each register-side problem. */
export const PLEDGE_FLAG_PERCENT: Record<RegisterFlag, number> = {
  not_valid: 2,
  annuity_unpaid: 8,
  already_pledged: 6,
  co_owner_consent: 5,
  disputed: 3,
}

export const PLEDGE_FIXTURES: Record<string, RegisterFlag[]> = {
  p000001: [],
  p000002: ['annuity_unpaid'],
  p000003: ['already_pledged'],
  p000004: ['co_owner_consent'],
  p000005: ['disputed'],
  p000006: [],
  p000007: ['not_valid'],
}

const FLAGS: RegisterFlag[] = ['not_valid', 'annuity_unpaid', 'already_pledged', 'co_owner_consent', 'disputed']

/** FNV-1a, 32 bit: tiny and deterministic on every JS engine. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h >>> 0
}

export function registerFlags(patentId: string): RegisterFlag[] {
  const fixed = PLEDGE_FIXTURES[patentId]
  if (fixed) return fixed.slice()
  return FLAGS.filter((flag) => fnv1a(`${flag}:${patentId}`) % 100 < PLEDGE_FLAG_PERCENT[flag])
}

const CO_OWNERS = ['广东省科学院', '中国科学院广州能源研究所', '佛山市顺德区某科技有限公司', '四川省农业科学院', '重庆市科学技术研究院', '深圳市某电子有限公司']

/** Full-width brackets and spaces vary between how people type a name and how CNIPA records it. */
function normaliseName(name: string): string {
  return name
    .replace(/\s+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .trim()
}

function problem(code: PledgeProblemCode, message: string, action: string): PledgeProblem {
  return { code, message, action }
}

export interface PledgeCheckOptions {
  /** Loan term in months; enables the expiry check. */
  termMonths?: number
  /** Who will pledge (出质人); null when unknown (no enterprise profile). */
  applicantName: string | null
}

export function checkPatentForPledge(record: PatentRecord, todayIso: string, options: PledgeCheckOptions): PledgeCheckItem {
  const flags = registerFlags(record.id)
  const h = fnv1a(record.id)
  const problems: PledgeProblem[] = []

  if (record.expiryDate <= todayIso) {
    problems.push(problem('not_valid', `专利权已于${record.expiryDate}期限届满终止`, '已终止的专利不能出质，请更换其他有效专利'))
  } else if (flags.indexOf('not_valid') >= 0) {
    problems.push(
      problem('not_valid', '该专利已被提出无效宣告请求，审查程序尚未结束，专利权效力待定', '请待无效宣告审查决定维持专利权有效后再办理质押，或更换其他专利'),
    )
  }
  if (flags.indexOf('annuity_unpaid') >= 0) {
    const year = Math.max(2, Number(todayIso.slice(0, 4)) - Number(record.applicationDate.slice(0, 4)) + 1)
    problems.push(problem('annuity_unpaid', `第${year}年度年费尚未缴纳，专利处于年费滞纳期`, '请先补缴年费及滞纳金后再办理质押登记'))
  }
  if (flags.indexOf('already_pledged') >= 0) {
    const bank = BANKS[h % BANKS.length].name
    problems.push(problem('already_pledged', `该专利已办理质押登记，质权人为${bank}`, '请先还清原贷款并办理质押注销登记后再重新出质'))
  }
  if (options.termMonths !== undefined && record.expiryDate > todayIso) {
    const loanEnds = addMonthsIso(todayIso, options.termMonths)
    if (loanEnds > record.expiryDate) {
      problems.push(
        problem(
          'term_past_expiry',
          `贷款期限${options.termMonths}个月（至${loanEnds}）超过专利权届满日${record.expiryDate}`,
          '请缩短贷款期限至专利权届满日之前，或更换剩余保护期更长的专利',
        ),
      )
    }
  }
  if (flags.indexOf('co_owner_consent') >= 0) {
    const coOwner = CO_OWNERS[h % CO_OWNERS.length]
    problems.push(
      problem('co_owner_consent', `该专利为共有专利（共有人：${record.patentee}、${coOwner}），尚无全体共有人同意出质的书面文件`, '请取得全体共有人签章同意质押的书面文件后再办理质押登记'),
    )
  }
  if (flags.indexOf('disputed') >= 0) {
    problems.push(problem('disputed', '该专利存在权属纠纷，已被人民法院采取财产保全措施', '请待纠纷解决、保全措施解除后再办理质押'))
  }
  if (options.applicantName === null) {
    problems.push(problem('not_patentee', '尚未填写企业信息，无法核对出质人是否为专利权人', '请先在“企业信息”中填写企业名称，出质人须为专利权人'))
  } else if (normaliseName(options.applicantName) !== normaliseName(record.patentee)) {
    problems.push(
      problem('not_patentee', `申请人「${options.applicantName}」不是该专利的专利权人（${record.patentee}）`, '请由专利权人作为出质人申请，或先办理专利权转让登记'),
    )
  }

  return {
    patentId: record.id,
    patentNo: record.patentNo,
    title: record.title,
    patentee: record.patentee,
    expiryDate: record.expiryDate,
    ok: problems.length === 0,
    problems,
  }
}

/** Splits `a,b` (and repeated parameters) into distinct ids; a message for none, too many or unknown ids. */
export function parsePatentIdsParam(
  ctx: Pick<MockContext, 'db'>,
  values: string[] | undefined,
): { ok: true; value: string[] } | { ok: false; message: string } {
  const ids: string[] = []
  for (const value of values ?? []) {
    for (const part of value.split(/[,，\s]+/)) {
      const id = part.trim()
      if (id !== '' && ids.indexOf(id) < 0) ids.push(id)
    }
  }
  if (ids.length === 0) return { ok: false, message: '请选择要自查的专利' }
  if (ids.length > MAX_PLEDGE_CHECK_PATENTS) return { ok: false, message: `一次最多自查${MAX_PLEDGE_CHECK_PATENTS}件专利` }
  const unknown = ids.filter((id) => ctx.db.patents.indexOf(id) < 0)
  if (unknown.length > 0) return { ok: false, message: `专利不存在：${unknown.slice(0, 3).map((id) => id.slice(0, 20)).join('、')}` }
  return { ok: true, value: ids }
}

export function isLoanTerm(value: number): boolean {
  return (LOAN_TERMS as readonly number[]).indexOf(value) >= 0
}

export function pledgeCheck(ctx: Pick<MockContext, 'db' | 'now'>, patentIds: string[], options: PledgeCheckOptions): PledgeCheckItem[] {
  const today = toDateCst(ctx.now())
  return patentIds.map((id) => checkPatentForPledge(ctx.db.patents.record(ctx.db.patents.indexOf(id)), today, options))
}
