// 质押前自查 (RULES.md → Pledge readiness): the grounds on which 专利权质押登记 is refused (专利权质押登记办法,
// CNIPA 2021), each with its ground and what to do about it. Every fact comes from the backend's own
// records: the register facts seeded on the patent (`PatentRecord.register`), its dates, its registered
// patentee, and the financing applications — a patent under an approved or disbursed pledge is pledged.
//
// The demo enterprise (DEMO_COMPANY) owns p000007–p000016, one per ground (`DEMO_PLEDGE_PATENTS`).

import type { PledgeCheckItem, PledgeProblem, PledgeProblemCode } from '@contract/finance'
import { MAX_PLEDGED_PATENTS } from '@/rules'
import type { MockContext } from '../context'
import { toDateCst } from '../core/time'
import type { MockDb } from '../db'
import type { PatentRecord } from '../seed/patents'
import { findProduct } from '../seed/finance'
import { addMonthsIso } from './workflow'

// One check covers what one loan may pledge.
const MAX_PLEDGE_CHECK_PATENTS = MAX_PLEDGED_PATENTS

/** Statuses in which the bank holds a registered pledge on the application's patents. */
const PLEDGE_HOLDING_STATUSES = ['approved', 'disbursed']

/** The ids of the demo enterprise's patents, by the ground each one shows. */
export const DEMO_PLEDGE_PATENTS = {
  ready: 'p000007',
  ready2: 'p000008',
  alreadyPledged: 'p000009',
  annuityGrace: 'p000010',
  coOwned: 'p000011',
  expiresBeforeTerm: 'p000012',
  invalidationPending: 'p000013',
  disputeSuspended: 'p000014',
  courtPreservation: 'p000015',
  sameDayPair: 'p000016',
} as const

const GROUND = {
  not_patentee: '出质人不是专利登记簿记载的专利权人（专利权质押登记办法第十二条）',
  not_valid: '专利权已终止或者已被宣告无效（第十二条）',
  annuity_unpaid: '专利年费未按期缴纳（第十二条）',
  already_pledged: '专利权已被质押，不得重复质押（第十二条）',
  term_past_expiry: '债务履行期限超过专利权有效期（第十二条）',
  co_owner_consent: '共有专利权出质未经全体共有人同意（第十二条）',
  disputed: '专利权处于中止程序或被采取保全措施（第十二条）',
  invalidation_pending: '专利权处于无效宣告程序中（第十二条）',
  same_day_pair: '同样的发明创造同日申请发明和实用新型，尚未依法放弃其一（第十二条）',
} as const satisfies Record<PledgeProblemCode, string>

function problem(code: PledgeProblemCode, message: string, action: string): PledgeProblem {
  return { code, message, action, ground: GROUND[code] }
}

/** Full-width brackets and spaces vary between how people type a name and how CNIPA records it. */
export function normaliseName(name: string): string {
  return name
    .replace(/\s+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .trim()
}

export interface Applicant {
  name: string
  uscc?: string
}

/** The register names this applicant as the patentee: the same USCC, or the same name. */
export function isPatentee(record: PatentRecord, applicant: Applicant): boolean {
  if (applicant.uscc && record.patenteeUscc) return applicant.uscc.toUpperCase() === record.patenteeUscc
  return normaliseName(applicant.name) === normaliseName(record.patentee)
}

/** Patent id → the bank and application under whose pledge it is (approved or disbursed). */
export function pledgedPatents(db: Pick<MockDb, 'financeApplications'>, exceptApplicationId?: string): Map<string, { bank: string; applicationId: string }> {
  const out = new Map<string, { bank: string; applicationId: string }>()
  for (const row of db.financeApplications.values()) {
    if (row.id === exceptApplicationId || PLEDGE_HOLDING_STATUSES.indexOf(row.status) < 0) continue
    const product = row.productId ? findProduct(row.productId) : undefined
    const bank = product ? product.bank : row.title.split(/[·・]/).pop()?.trim() || '贷款银行'
    for (const id of row.patentIds) if (!out.has(id)) out.set(id, { bank, applicationId: row.id })
  }
  return out
}

export interface PledgeCheckOptions {
  /** Loan term in months; enables the expiry check. */
  termMonths?: number
  /** Who will pledge (出质人); null when unknown (no enterprise profile). */
  applicant: Applicant | null
  pledged: Map<string, { bank: string; applicationId: string }>
}

function graceEnds(since: string): string {
  return addMonthsIso(since, 6)
}

export function checkPatentForPledge(record: PatentRecord, todayIso: string, options: PledgeCheckOptions): PledgeCheckItem {
  const reg = record.register ?? {}
  const problems: PledgeProblem[] = []

  if (options.applicant === null) {
    problems.push(problem('not_patentee', '尚未填写企业信息，无法核对出质人是否为专利权人', '请先在“企业信息”中填写企业名称，出质人须为专利权人'))
  } else if (!isPatentee(record, options.applicant)) {
    problems.push(
      problem('not_patentee', `申请人「${options.applicant.name}」不是该专利的专利权人（${record.patentee}）`, '请由专利权人作为出质人申请，或先办理专利权转让登记'),
    )
  }
  if (record.expiryDate <= todayIso) {
    problems.push(problem('not_valid', `专利权已于${record.expiryDate}期限届满终止`, '已终止的专利不能出质，请更换其他有效专利'))
  }
  if (reg.invalidationFiledAt) {
    problems.push(
      problem(
        'invalidation_pending',
        `他人已于${reg.invalidationFiledAt}对该专利提出无效宣告请求，审查决定尚未作出`,
        '请待无效宣告审查决定维持专利权有效后再办理质押，或更换其他专利',
      ),
    )
  }
  if (reg.annuityGraceSince) {
    problems.push(
      problem(
        'annuity_unpaid',
        `本年度年费自${reg.annuityGraceSince}起未缴纳，专利处于年费滞纳期（至${graceEnds(reg.annuityGraceSince)}）`,
        '请先补缴年费及滞纳金后再办理质押登记，逾期未缴专利权将终止',
      ),
    )
  }
  const pledge = options.pledged.get(record.id)
  if (pledge) {
    problems.push(problem('already_pledged', `该专利已办理质押登记，质权人为${pledge.bank}`, '请先还清原贷款并办理质押注销登记后再重新出质'))
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
  if (reg.coOwners && reg.coOwners.length > 0) {
    problems.push(
      problem(
        'co_owner_consent',
        `该专利为共有专利（共有人：${[record.patentee, ...reg.coOwners].join('、')}），尚无全体共有人同意出质的书面文件`,
        '请取得全体共有人签章同意质押的书面文件后再办理质押登记',
      ),
    )
  }
  if (reg.dispute === 'suspended') {
    problems.push(problem('disputed', '该专利存在权属纠纷，有关程序已被中止', '请待权属纠纷解决、中止程序结束后再办理质押'))
  } else if (reg.dispute === 'preservation') {
    problems.push(problem('disputed', '该专利已被人民法院采取财产保全措施', '请待保全措施解除后再办理质押'))
  }
  if (reg.sameDayTwin) {
    problems.push(
      problem(
        'same_day_pair',
        `该发明与同日申请的实用新型 ZL${reg.sameDayTwin} 为同样的发明创造，尚未放弃其中一项`,
        '请先依法声明放弃实用新型专利权后再以发明专利出质',
      ),
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

export function pledgeCheck(
  ctx: Pick<MockContext, 'db' | 'now'>,
  patentIds: string[],
  options: Omit<PledgeCheckOptions, 'pledged'> & { exceptApplicationId?: string },
): PledgeCheckItem[] {
  const today = toDateCst(ctx.now())
  const pledged = pledgedPatents(ctx.db, options.exceptApplicationId)
  return patentIds.map((id) => checkPatentForPledge(ctx.db.patents.record(ctx.db.patents.indexOf(id)), today, { ...options, pledged }))
}

/** Indices of the patents whose registered patentee is this enterprise (the pledge picker's list). */
export function patentsOf(ctx: Pick<MockContext, 'db'>, applicant: Applicant): number[] {
  const store = ctx.db.patents
  const out: number[] = []
  const name = normaliseName(applicant.name)
  for (let i = 0; i < store.size; i++) {
    const r = store.record(i)
    if (r.patenteeUscc && applicant.uscc ? r.patenteeUscc === applicant.uscc.toUpperCase() : normaliseName(r.patentee) === name) out.push(i)
  }
  return out
}
