// Applications for the tracking/notification API tests, written through the mock's own domain layer
// (the same created() + transition() every feature uses), on a clock the test moves.

import type { MockContext } from '@mock/context'
import type { FinanceApplicationRow, LicenceApplicationRow, RegistrationRow } from '@mock/db'
import { created } from '@mock/domain/workflow'
import { FIXED_PATENTS } from '@mock/seed'

export const START_MS = Date.parse('2026-03-02T09:00:00+08:00')

export class Clock {
  ms = START_MS
  now = (): number => this.ms
  advance(minutes: number): void {
    this.ms += minutes * 60_000
  }
}

const COMPANY = { name: '泸州市示例新材料有限公司', uscc: '91350100M000100Y43', contactName: '王芳', phone: '13900001234' }
let counter = 0

export function addLicence(ctx: MockContext, userId: string, title = FIXED_PATENTS.lithiumCathode.title): LicenceApplicationRow {
  const { at, timeline } = created(ctx, 'licence', 'submitted')
  counter++
  return ctx.db.licenceApplications.insert({
    id: `la-test-${counter}`,
    userId,
    title,
    status: 'submitted',
    patentId: FIXED_PATENTS.lithiumCathode.id,
    patentNo: FIXED_PATENTS.lithiumCathode.patentNo,
    enterprise: { ...COMPANY },
    intendedUse: '生产',
    expectedStart: '2026-04-01',
    createdAt: at,
    updatedAt: at,
    timeline,
  })
}

export function addFinance(ctx: MockContext, userId: string, title = '知识产权质押贷'): FinanceApplicationRow {
  const { at, timeline } = created(ctx, 'finance', 'submitted')
  counter++
  return ctx.db.financeApplications.insert({
    id: `fa-test-${counter}`,
    userId,
    title,
    status: 'submitted',
    enterprise: { ...COMPANY },
    amountFen: 3_000_000_00,
    termMonths: 12,
    purpose: '流动资金',
    patentIds: [FIXED_PATENTS.lithiumCathode.id],
    createdAt: at,
    updatedAt: at,
    timeline,
  })
}

export function addRegistration(ctx: MockContext, userId: string, eventId: string, title = '专利对接会'): RegistrationRow {
  const { at, timeline } = created(ctx, 'registration', 'pending_approval')
  counter++
  return ctx.db.registrations.insert({
    id: `rg-test-${counter}`,
    userId,
    title,
    status: 'pending_approval',
    eventId,
    attendeeName: '王芳',
    phone: COMPANY.phone,
    enterprise: { name: COMPANY.name, uscc: COMPANY.uscc },
    seq: 100000 + counter,
    createdAt: at,
    updatedAt: at,
    timeline,
  })
}
