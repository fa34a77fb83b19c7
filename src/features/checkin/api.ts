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

/** The bare ticket code behind a check-in made by 核验码 (the undo endpoint takes ticket codes only). */
export function fetchTicketCode(registrationId: string): Promise<string | undefined> {
  return api('GET /api/registrations/:id', { params: { id: registrationId } }).then((r) => r.registration.ticketCode)
}
