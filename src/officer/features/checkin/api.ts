import { api } from '@/api/client'
import type { CheckinItem, CheckinResult, CheckinStatsResponse, CheckinUndoRequest, CheckinUndoResponse, RosterResponse } from '@contract/officer'

export function postCheckins(items: CheckinItem[]): Promise<CheckinResult[]> {
  return api('POST /api/checkins', { body: { items } }).then((r) => r.results)
}

export function undoCheckin(request: CheckinUndoRequest): Promise<CheckinUndoResponse> {
  return api('POST /api/checkins/undo', { body: request })
}

export function fetchRoster(eventId: string): Promise<RosterResponse> {
  return api('GET /api/events/:id/roster', { params: { id: eventId } })
}

export function fetchCheckinStats(eventId: string): Promise<CheckinStatsResponse> {
  return api('GET /api/events/:id/checkin-stats', { params: { id: eventId } })
}
