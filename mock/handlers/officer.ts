// API.md → Officer: the routes, each for role `officer` only (an SME token → 403, none → 401, checked
// by the router before any handler runs). The handlers themselves are in ./officer-routes.ts.

import type { RouteSpec, RouteTable } from '../core/types'
import { officerHandlers } from './officer-routes'

const ROUTES = {
  'GET /api/officer/events': {},
  'GET /api/officer/events/:id': {},
  'POST /api/events': { idempotent: true },
  'PATCH /api/events/:id': {},
  'GET /api/events/:id/registrations': {},
  'GET /api/events/:id/registrations.csv': {},
  'POST /api/registrations/:id/approve': {},
  'POST /api/registrations/:id/reject': {},
  'POST /api/events/:id/notices': { idempotent: true },
  'POST /api/checkins': {},
  'POST /api/checkins/undo': {},
  'GET /api/events/:id/roster': {},
  'GET /api/events/:id/checkin-stats': {},
  'POST /api/events/:id/cancel': {},
  'POST /api/events/:id/registrations/bulk': {},
  'POST /api/events/:id/guests': { idempotent: true },
  'GET /api/officer/applications': {},
  'POST /api/applications/:kind/:id/transition': {},
} satisfies Record<string, Pick<RouteSpec, 'idempotent'>>

export type OfficerRouteKey = keyof typeof ROUTES

function build(): RouteTable {
  const table: RouteTable = {}
  for (const key of Object.keys(ROUTES) as OfficerRouteKey[]) {
    const spec: RouteSpec = { roles: ['officer'], handler: officerHandlers[key] }
    if ((ROUTES[key] as Pick<RouteSpec, 'idempotent'>).idempotent) spec.idempotent = true
    table[key] = spec
  }
  return table
}

export const officerRoutes: RouteTable = build()
