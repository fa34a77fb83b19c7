// POST /api/licence-applications, GET /api/licence-applications/:id — 开放许可实施通知.

import type { FilingCheckResponse, LicenceApplicationResponse } from '@contract/trade'
import { statusLabel } from '@/rules'
import { checkLicenceApplication } from '@/rules/trade'
import { conflict, notFound, validationFailed } from '../core/errors'
import { newId } from '../core/ids'
import { toDateCst } from '../core/time'
import type { PartialRouteTable } from '../core/types'
import type { LicenceApplicationRow } from '../db'
import { filingCheck, isActiveLicence, toLicenceApplication } from '../domain/licences'
import { pledgedPatents } from '../domain/pledge-check'
import { created } from '../domain/workflow'
import { authed, requireObjectBody } from './common'

export const licencesRoutes = {
  // Officers act for the park; only an enterprise can give the written notice of 专利法第五十一条.
  'POST /api/licence-applications': {
    roles: ['sme'],
    idempotent: true,
    handler: (req, ctx) => {
      const { user } = authed(req)
      const result = checkLicenceApplication(requireObjectBody(req), toDateCst(ctx.now()))
      if (!result.ok) throw validationFailed(result.fields, '申请信息有误，请检查标出的字段')
      const input = result.value

      const store = ctx.db.patents
      const index = store.indexOf(input.patentId)
      // A well-formed id that names nothing is a missing resource (404), not a bad field.
      if (index < 0) throw notFound('专利不存在或已下线')

      const active = ctx.db.licenceApplications.find((a) => a.userId === user.id && a.patentId === input.patentId && isActiveLicence(a.status))
      if (active) {
        throw conflict(`您已申请过该专利的许可（当前状态：${statusLabel('licence', active.status)}），请在“我的申请”中查看进度`)
      }

      const record = store.record(index)
      const { at, timeline } = created(ctx, 'licence', 'submitted', '已提交开放许可实施通知')
      const row: LicenceApplicationRow = {
        id: newId(ctx, 'la'),
        userId: user.id,
        status: 'submitted',
        title: record.title,
        patentId: record.id,
        patentNo: record.patentNo,
        enterprise: input.enterprise,
        intendedUse: input.intendedUse,
        expectedStart: input.expectedStart,
        createdAt: at,
        updatedAt: at,
        timeline,
      }
      ctx.db.licenceApplications.insert(row)
      store.addApplications(index)
      const body: LicenceApplicationResponse = { application: toLicenceApplication(row) }
      return { status: 201, body }
    },
  },

  'GET /api/licence-applications/:id': (req, ctx) => {
    const { user } = authed(req)
    const row = ctx.db.licenceApplications.get(req.params.id)
    // Someone else's application answers exactly like a missing one (API.md: never leak existence).
    if (!row || row.userId !== user.id) throw notFound('申请不存在')
    const body: LicenceApplicationResponse = { application: toLicenceApplication(row) }
    return { body }
  },

  // 备案 pre-check (RULES.md → Licence filing): the applicant's own, or any for an officer.
  'GET /api/licence-applications/:id/filing-check': (req, ctx) => {
    const { user } = authed(req)
    const row = ctx.db.licenceApplications.get(req.params.id)
    if (!row || (row.userId !== user.id && user.role !== 'officer')) throw notFound('申请不存在')
    const index = ctx.db.patents.indexOf(row.patentId)
    if (index < 0) throw notFound('专利不存在或已下线')
    const patent = ctx.db.patents.record(index)
    const body: FilingCheckResponse = filingCheck(row, patent, toDateCst(ctx.now()), pledgedPatents(ctx.db).get(row.patentId))
    return { body }
  },
} satisfies PartialRouteTable
