// API.md → Officer: check-in — scan batches (replayable), the 30-second undo, the offline roster
// and live counts.

import { type CheckinResponse, type CheckinStatsResponse, type CheckinUndoResponse, type RosterResponse } from '@contract/officer'
import type { Handler } from '../../core/types'
import { checkInBatch, checkinStats, readCheckinItems, readUndoRequest, rosterOf, undoCheckin } from '../../domain/checkins'
import { publicRegistration } from '../../domain/registrations/presenters'
import { actorOf } from '../common'


export const postCheckins: Handler<'POST /api/checkins'> = (req, ctx) => {
  const body: CheckinResponse = { results: checkInBatch(ctx, readCheckinItems(req.body), actorOf(req)) }
  return { body }
}

export const postUndo: Handler<'POST /api/checkins/undo'> = (req, ctx) => {
  const row = undoCheckin(ctx, readUndoRequest(req.body), actorOf(req))
  const body: CheckinUndoResponse = { registration: publicRegistration(row, ctx.db.events.get(row.eventId), ctx.db) }
  return { body }
}

export const getRoster: Handler<'GET /api/events/:id/roster'> = (req, ctx) => {
  const body: RosterResponse = rosterOf(ctx, req.params.id)
  return { body }
}

export const getCheckinStats: Handler<'GET /api/events/:id/checkin-stats'> = (req, ctx) => {
  const body: CheckinStatsResponse = checkinStats(ctx, req.params.id)
  return { body }
}
