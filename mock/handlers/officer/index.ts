// API.md → Officer: every route for role `officer` only (an SME token → 403, none → 401, checked by
// the router before any handler runs). The contract (contract/routes.ts) says which are idempotent.

import type { PartialRouteTable } from '../../core/types'
import { listApplications, postTransition } from './applications'
import { getCheckinStats, getRoster, postCheckins, postUndo } from './checkins'
import { getEvent, listEvents, patchEvent, postCancel, postEvent, postNotice } from './events'
import { listRegistrations, postApprove, postBulk, postGuests, postReject, registrationsCsvFile } from './registrations'

const officer = ['officer'] as const

export const officerRoutes = {
  'GET /api/officer/events': { roles: officer, handler: listEvents },
  'GET /api/officer/events/:id': { roles: officer, handler: getEvent },
  'POST /api/events': { roles: officer, idempotent: true, handler: postEvent },
  'PATCH /api/events/:id': { roles: officer, handler: patchEvent },
  'POST /api/events/:id/cancel': { roles: officer, handler: postCancel },
  'POST /api/events/:id/notices': { roles: officer, idempotent: true, handler: postNotice },

  'GET /api/events/:id/registrations': { roles: officer, handler: listRegistrations },
  'GET /api/events/:id/registrations.csv': { roles: officer, handler: registrationsCsvFile },
  'POST /api/registrations/:id/approve': { roles: officer, handler: postApprove },
  'POST /api/registrations/:id/reject': { roles: officer, handler: postReject },
  'POST /api/events/:id/registrations/bulk': { roles: officer, handler: postBulk },
  'POST /api/events/:id/guests': { roles: officer, idempotent: true, handler: postGuests },

  'POST /api/checkins': { roles: officer, handler: postCheckins },
  'POST /api/checkins/undo': { roles: officer, handler: postUndo },
  'GET /api/events/:id/roster': { roles: officer, handler: getRoster },
  'GET /api/events/:id/checkin-stats': { roles: officer, handler: getCheckinStats },

  'GET /api/officer/applications': { roles: officer, handler: listApplications },
  'POST /api/applications/:kind/:id/transition': { roles: officer, handler: postTransition },
} satisfies PartialRouteTable
