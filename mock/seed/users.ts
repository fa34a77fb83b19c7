// Demo accounts: login without a code gives the demo user of the role (API.md).

import type { Role } from '@contract/common'
import { usccCheckChar } from '@/rules'
import type { EnterpriseRow, MockDb, UserRow } from '../db'

const SEEDED_AT = '2025-01-01T09:00:00+08:00'

export const DEMO_USER_IDS = {
  /** Login `{ role: 'sme' }`. Its enterprise profile starts empty so the 企业信息 journey starts blank. */
  sme: 'u-sme-demo',
  /** Login `{ role: 'sme', code: 'sme-demo-2' }`. Has a complete enterprise profile. */
  sme2: 'u-sme-demo-2',
  /** Login `{ role: 'officer' }`. */
  officer: 'u-officer-demo',
} as const

export const DEMO_LOGIN_CODES = { sme2: 'sme-demo-2' } as const

const USCC_FIRST17 = '91440703MA51R2KQ4'

export const DEMO_ENTERPRISE: Omit<EnterpriseRow, 'id'> = {
  name: '江门市华创新能源科技有限公司',
  uscc: USCC_FIRST17 + usccCheckChar(USCC_FIRST17),
  contactName: '陈思远',
  phone: '13800138000',
  region: '440700',
  industry: 'C38',
  updatedAt: SEEDED_AT,
}

const PATENTEE_USCC_FIRST17 = '91440703MA4X8L2P1'

/**
 * The enterprise in whose name the 企业用户 demo (u-sme-demo) has applied so far, and the registered
 * patentee of the ten patents p000007–p000016 (`DEMO_PLEDGE_PATENTS`): the pledge picker offers them
 * once 企业信息 names this enterprise (its name or its USCC).
 */
export const DEMO_COMPANY = {
  name: '江门市蓬江区智造示例科技有限公司',
  uscc: PATENTEE_USCC_FIRST17 + usccCheckChar(PATENTEE_USCC_FIRST17),
  contactName: '李明',
  phone: '13912345678',
}

export const ROLE_LABEL: Record<Role, string> = { sme: '企业用户', officer: '工作人员' }

export function seedUsers(db: Pick<MockDb, 'users' | 'enterprises'>): void {
  const users: UserRow[] = [
    { id: DEMO_USER_IDS.sme, role: 'sme', name: '演示企业用户', createdAt: SEEDED_AT, demo: true },
    { id: DEMO_USER_IDS.sme2, role: 'sme', name: '演示企业用户二', createdAt: SEEDED_AT, loginCode: DEMO_LOGIN_CODES.sme2 },
    { id: DEMO_USER_IDS.officer, role: 'officer', name: '演示工作人员', createdAt: SEEDED_AT, demo: true },
  ]
  for (const user of users) db.users.insert(user)
  db.enterprises.insert({ id: DEMO_USER_IDS.sme2, ...DEMO_ENTERPRISE })
}
