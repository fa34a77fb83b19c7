import { api } from '@/api/client'
import type {
  CheckinItem,
  CheckinResponse,
  CheckinResult,
  CheckinStatsResponse,
  CheckinUndoRequest,
  CheckinUndoResponse,
  RosterResponse,
} from '@/api/types-officer'

export function postCheckins(items: CheckinItem[]): Promise<CheckinResult[]> {
  return api<CheckinResponse>('POST', '/api/checkins', { body: { items } }).then((r) => r.results)
}

export function undoCheckin(request: CheckinUndoRequest): Promise<CheckinUndoResponse> {
  return api<CheckinUndoResponse>('POST', '/api/checkins/undo', { body: request })
}

export function fetchRoster(eventId: string): Promise<RosterResponse> {
  return api<RosterResponse>('GET', `/api/events/${encodeURIComponent(eventId)}/roster`)
}

export function fetchCheckinStats(eventId: string): Promise<CheckinStatsResponse> {
  return api<CheckinStatsResponse>('GET', `/api/events/${encodeURIComponent(eventId)}/checkin-stats`)
}
