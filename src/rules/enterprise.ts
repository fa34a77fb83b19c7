// Enterprise profile (PUT /api/me/enterprise), reused by every form that names the applicant enterprise.

import { checkIndustry, checkRegion } from './catalog'
import { checkPhone } from './phone'
import { collectFields, type FieldsResult } from './result'
import { checkEnterpriseName, checkPersonName } from './text'
import { checkUscc } from './uscc'

export interface EnterpriseProfile {
  name: string
  uscc: string
  contactName: string
  phone: string
  region: string
  industry: string
}

export function checkEnterprise(input: unknown): FieldsResult<EnterpriseProfile> {
  return collectFields<EnterpriseProfile>(input, {
    name: checkEnterpriseName,
    uscc: checkUscc,
    contactName: (raw) => checkPersonName(raw),
    phone: checkPhone,
    region: checkRegion,
    industry: checkIndustry,
  })
}
