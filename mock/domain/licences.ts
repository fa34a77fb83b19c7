// Licence applications (开放许可实施通知, 专利法第五十一条): the API shape of a row and which
// applications still block a new one for the same patent.

import type { LicenceApplication } from '@contract/trade'
import { LICENCE_STATUSES, nextStatuses, statusLabel, type Actor, type LicenceStatus } from '@/rules'
import type { LicenceApplicationRow } from '../db'
import type { PatentRecord } from '../seed/patents'
import { addMonthsIso } from './workflow'

const ACTORS: readonly Actor[] = ['applicant', 'officer', 'system']

/**
 * Derived from the state machine rather than listed, so a new move cannot leave this stale:
 * an application is active while anyone can still move it (filed, rejected, withdrawn are final).
 */
export const ACTIVE_LICENCE_STATUSES: readonly LicenceStatus[] = LICENCE_STATUSES.filter((s) =>
  ACTORS.some((actor) => nextStatuses('licence', s, actor).length > 0),
)

export function isActiveLicence(status: LicenceStatus): boolean {
  return ACTIVE_LICENCE_STATUSES.indexOf(status) >= 0
}

export function toLicenceApplication(row: LicenceApplicationRow): LicenceApplication {
  const out: LicenceApplication = {
    id: row.id,
    kind: 'licence',
    status: row.status,
    statusLabel: statusLabel('licence', row.status),
    title: row.title,
    patentId: row.patentId,
    patentNo: row.patentNo,
    enterprise: { ...row.enterprise },
    intendedUse: row.intendedUse,
    expectedStart: row.expectedStart,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    timeline: row.timeline.map((t) => ({
      status: t.status as LicenceStatus,
      statusLabel: statusLabel('licence', t.status as LicenceStatus),
      at: t.at,
      note: t.note,
    })),
  }
  if (row.licensedAt) out.licensedAt = row.licensedAt
  if (row.filingDeadline) out.filingDeadline = row.filingDeadline
  return out
}

// ---------------------------------------------------------------------------------------------
// 备案 pre-check (RULES.md → Licence filing): what would make the 专利实施许可合同备案 refused, from the
// backend's own records (专利实施许可合同备案办法). An open licence is always ordinary (普通许可).

export interface FilingProblem {
  code: 'not_valid' | 'not_patentee' | 'term_past_expiry' | 'co_owner_consent' | 'annuity_unpaid' | 'disputed' | 'pledged' | 'already_filed'
  message: string
  action: string
}

export interface FilingCheck {
  applicationId: string
  status: LicenceStatus
  /** Only once licensed: licence date + 3 months. */
  filingDeadline?: string
  ok: boolean
  problems: FilingProblem[]
  /** Facts that hold for every open licence, shown with the check. */
  notes: string[]
}

export function filingCheck(
  row: LicenceApplicationRow,
  patent: PatentRecord,
  todayIso: string,
  pledge: { bank: string } | undefined,
): FilingCheck {
  const reg = patent.register ?? {}
  const problems: FilingProblem[] = []
  const start = (row.licensedAt ?? row.expectedStart).slice(0, 10)
  const ends = addMonthsIso(start, patent.licenceTermMonths)
  if (patent.expiryDate <= todayIso) {
    problems.push({ code: 'not_valid', message: `专利权已于${patent.expiryDate}期限届满终止`, action: '已终止的专利不能办理许可合同备案' })
  } else if (reg.invalidationFiledAt) {
    problems.push({ code: 'not_valid', message: `该专利自${reg.invalidationFiledAt}起处于无效宣告程序中`, action: '无效宣告审查决定作出前备案可能被暂缓，请关注审查结果' })
  }
  if (ends > patent.expiryDate) {
    problems.push({
      code: 'term_past_expiry',
      message: `许可期限（${start} 起 ${patent.licenceTermMonths} 个月，至 ${ends}）超过专利权届满日 ${patent.expiryDate}`,
      action: '备案的许可期限不得超过专利权有效期，请按届满日约定期限',
    })
  }
  if (reg.coOwners && reg.coOwners.length > 0) {
    problems.push({
      code: 'co_owner_consent',
      message: `该专利为共有专利（${[patent.patentee, ...reg.coOwners].join('、')}）`,
      action: '请向专利权人索取全体共有人同意许可的书面文件，随备案材料提交',
    })
  }
  if (reg.annuityGraceSince) {
    problems.push({ code: 'annuity_unpaid', message: `专利年费自${reg.annuityGraceSince}起未缴纳，处于滞纳期`, action: '请提醒专利权人补缴年费及滞纳金，欠费的专利不予备案' })
  }
  if (reg.dispute) {
    problems.push({
      code: 'disputed',
      message: reg.dispute === 'preservation' ? '该专利已被人民法院采取保全措施' : '该专利存在权属纠纷，有关程序已中止',
      action: '纠纷解决或保全解除前不予备案',
    })
  }
  if (pledge) {
    problems.push({ code: 'pledged', message: `该专利已质押给${pledge.bank}`, action: '请向专利权人索取质权人同意许可的书面文件，随备案材料提交' })
  }
  if (row.status === 'filed') {
    problems.push({ code: 'already_filed', message: '本许可已办理备案', action: '同一许可无需重复备案' })
  }
  const out: FilingCheck = {
    applicationId: row.id,
    status: row.status,
    ok: problems.length === 0,
    problems,
    notes: [
      `许可人即专利登记簿记载的专利权人「${patent.patentee}」`,
      '开放许可为普通许可：专利权人不得在开放许可期间另行授予独占或排他许可，与已备案的独占、排他许可不冲突',
    ],
  }
  if (row.filingDeadline) out.filingDeadline = row.filingDeadline
  return out
}
