import type { HealthResponse } from '@/api/types'
import type { RouteTable } from '../core/types'

export const healthRoutes: RouteTable = {
  'GET /api/health': {
    access: 'public',
    noFault: true,
    handler: (_req, ctx) => {
      const body: HealthResponse = { ok: true, version: ctx.version }
      return { body }
    },
  },
}
