// POST /api/needs, GET /api/needs/:id, GET /api/needs/:id/matches — 企业需求 → 转化清单.

import type { Need, NeedMatchesResponse, NeedResponse } from '@contract/trade'
import { checkNeed } from '@/rules/trade'
import { notFound, validationFailed } from '../core/errors'
import { newId } from '../core/ids'
import { toIsoCst } from '../core/time'
import type { AuthedRequest, PartialRouteTable } from '../core/types'
import type { MockContext } from '../context'
import type { NeedRow } from '../db'
import { matchEvents, matchPatents } from '../domain/matching'
import { authed, requireObjectBody } from './common'

function toNeed(row: NeedRow): Need {
  const need: Need = {
    id: row.id,
    title: row.title,
    description: row.description,
    industry: row.industry,
    keywords: row.keywords.slice(),
    createdAt: row.createdAt,
  }
  if (row.budgetFen !== undefined) need.budgetFen = row.budgetFen
  if (row.strategicIndustry !== undefined) need.strategicIndustry = row.strategicIndustry
  return need
}

/** The caller's own need; anyone else's answers like a missing one. */
function ownNeed(req: AuthedRequest, ctx: MockContext): NeedRow {
  const row = ctx.db.needs.get(req.params.id)
  if (!row || row.userId !== req.user.id) throw notFound('需求不存在')
  return row
}

export const needsRoutes = {
  'POST /api/needs': {
    roles: ['sme'],
    idempotent: true,
    handler: (req, ctx) => {
      const { user } = authed(req)
      const result = checkNeed(requireObjectBody(req))
      if (!result.ok) throw validationFailed(result.fields, '需求信息有误，请检查标出的字段')
      const row: NeedRow = { id: newId(ctx, 'nd'), userId: user.id, ...result.value, createdAt: toIsoCst(ctx.now()) }
      ctx.db.needs.insert(row)
      const body: NeedResponse = { need: toNeed(row) }
      return { status: 201, body }
    },
  },

  'GET /api/needs/:id': (req, ctx) => {
    const body: NeedResponse = { need: toNeed(ownNeed(authed(req), ctx)) }
    return { body }
  },

  'GET /api/needs/:id/matches': (req, ctx) => {
    const r = authed(req)
    const need = ownNeed(r, ctx)
    // Region is read now, not stored with the need: a profile completed later improves the matches.
    const region = ctx.db.enterprises.get(r.user.id)?.region
    const criteria = { keywords: need.keywords, industry: need.industry, strategicIndustry: need.strategicIndustry, region, budgetFen: need.budgetFen }
    const body: NeedMatchesResponse = {
      patents: matchPatents(ctx.db.patents, criteria),
      events: matchEvents(ctx.db.events.values(), criteria, ctx.now()),
    }
    return { body }
  },
} satisfies PartialRouteTable
