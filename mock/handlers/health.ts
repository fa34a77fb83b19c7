import type { HealthResponse } from '@contract/common'
import type { PartialRouteTable } from '../core/types'

export const healthRoutes = {
  'GET /api/health': {
    access: 'public',
    noFault: true,
    handler: (_req, ctx) => {
      const body: HealthResponse = { ok: true, version: ctx.version }
      return { body }
    },
  },
} satisfies PartialRouteTable
