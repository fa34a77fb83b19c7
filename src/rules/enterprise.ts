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

/** `isKnownCity`: the backend's GB/T 2260 lookup; the app's pickers only offer catalogue codes. */
export function checkEnterprise(input: unknown, options: { isKnownCity?: (code: string) => boolean } = {}): FieldsResult<EnterpriseProfile> {
  return collectFields<EnterpriseProfile>(input, {
    name: checkEnterpriseName,
    uscc: checkUscc,
    contactName: (raw) => checkPersonName(raw),
    phone: checkPhone,
    region: (raw) => checkRegion(raw, options.isKnownCity),
    industry: checkIndustry,
  })
}
