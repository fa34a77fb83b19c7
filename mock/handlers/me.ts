// GET /api/me, PUT /api/me/enterprise.

import type { EnterpriseResponse, MeResponse } from '@contract/common'
import { checkEnterprise } from '@/rules'
import { isCityCode } from '@/rules/regions'
import { validationFailed } from '../core/errors'
import { toIsoCst } from '../core/time'
import type { PartialRouteTable } from '../core/types'
import { authed, publicEnterprise, publicUser, requireObjectBody } from './common'

export const meRoutes = {
  'GET /api/me': (req, ctx) => {
    const { user } = authed(req)
    const enterprise = ctx.db.enterprises.get(user.id)
    const body: MeResponse = { user: publicUser(user), enterprise: enterprise ? publicEnterprise(enterprise) : null }
    return { body }
  },

  // Officers act for the park, not for an enterprise.
  'PUT /api/me/enterprise': {
    roles: ['sme'],
    handler: (req, ctx) => {
      const { user } = authed(req)
      const result = checkEnterprise(requireObjectBody(req), { isKnownCity: isCityCode })
      if (!result.ok) throw validationFailed(result.fields, '企业信息有误，请检查标出的字段')
      const row = ctx.db.enterprises.upsert({ id: user.id, ...result.value, updatedAt: toIsoCst(ctx.now()) })
      const body: EnterpriseResponse = { enterprise: publicEnterprise(row) }
      return { body }
    },
  },
} satisfies PartialRouteTable
