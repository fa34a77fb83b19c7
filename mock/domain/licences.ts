// Licence applications (开放许可实施通知, 专利法第五十一条): the API shape of a row and which
// applications still block a new one for the same patent.

import type { LicenceApplication } from '@/api/types-trade'
import { LICENCE_STATUSES, nextStatuses, statusLabel, type Actor, type LicenceStatus } from '@/rules'
import type { LicenceApplicationRow } from '../db'

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
