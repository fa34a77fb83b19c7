// `POST /api/events/:id/registrations` (RULES.md → 联系人姓名, 手机号, USCC, and the financing need of a
// 入园惠企 event), written once for the sign-up form and the mock. Keys as the API answers them.

import type { SignupRequest } from '@contract/events'
import { checkFinancingNeed, type PatentIdsRule } from './financing'
import { checkPhone } from './phone'
import { BODY_NOT_OBJECT, isPlainObject, own, type FieldErrors, type FieldsResult } from './result'
import { checkEnterpriseName, checkPersonName } from './text'
import { checkUscc } from './uscc'

const FINANCING_NEED_REQUIRED = '融资对接活动请填写融资需求'

export interface SignupRule {
  /** A financing event asks for `financingNeed`; any other ignores it. */
  financing: boolean
  /** The backend's patent lookup; see `PatentIdsRule.exists`. */
  patentExists?: (id: string) => boolean
  /** The form's label for the name field (`姓名`); the API says 参会人姓名. */
  attendeeLabel?: string
}

export function checkSignupInput(body: unknown, rule: SignupRule): FieldsResult<SignupRequest> {
  if (!isPlainObject(body)) return { ok: false, fields: { _: BODY_NOT_OBJECT } }
  const fields: FieldErrors = {}
  const name = checkPersonName(own(body, 'attendeeName'), rule.attendeeLabel ?? '参会人姓名')
  if (!name.ok) fields.attendeeName = name.message
  const phone = checkPhone(own(body, 'phone'))
  if (!phone.ok) fields.phone = phone.message

  const rawEnterprise = own(body, 'enterprise')
  let enterprise: SignupRequest['enterprise'] | undefined
  if (!isPlainObject(rawEnterprise)) {
    fields['enterprise.name'] = '请输入企业名称'
    fields['enterprise.uscc'] = '请输入统一社会信用代码'
  } else {
    const en = checkEnterpriseName(own(rawEnterprise, 'name'))
    const uscc = checkUscc(own(rawEnterprise, 'uscc'))
    if (!en.ok) fields['enterprise.name'] = en.message
    if (!uscc.ok) fields['enterprise.uscc'] = uscc.message
    if (en.ok && uscc.ok) enterprise = { name: en.value, uscc: uscc.value }
  }

  let financingNeed: SignupRequest['financingNeed']
  if (rule.financing) {
    const rawNeed = own(body, 'financingNeed')
    if (!isPlainObject(rawNeed)) fields.financingNeed = FINANCING_NEED_REQUIRED
    else {
      const patents: PatentIdsRule = { min: 0, exists: rule.patentExists }
      const need = checkFinancingNeed(rawNeed, patents)
      if (need.ok) financingNeed = need.value
      else for (const key of Object.keys(need.fields)) fields[`financingNeed.${key}`] = need.fields[key]
    }
  }

  if (Object.keys(fields).length > 0 || !name.ok || !phone.ok || !enterprise) return { ok: false, fields }
  const value: SignupRequest = { attendeeName: name.value, phone: phone.value, enterprise }
  if (financingNeed) value.financingNeed = financingNeed
  return { ok: true, value }
}
