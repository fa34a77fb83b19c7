// Key factories of the officer features (event admin, registration review, event ops, check-in), in a
// file of their own: only the officer subpackage imports it, so optimizeMainPackage keeps it out of the
// main package (src/shared/query-keys.ts is main-package code).
import type { EventRegistrationsQuery, OfficerEventListQuery } from '@contract/officer'

export const officerEventKeys = {
  all: ['officer', 'events'] as const,
  lists: () => [...officerEventKeys.all, 'list'] as const,
  list: (query: OfficerEventListQuery) => [...officerEventKeys.lists(), query] as const,
  pages: (pageSize: number) => [...officerEventKeys.lists(), 'pages', pageSize] as const,
  everything: () => [...officerEventKeys.lists(), 'all'] as const,
  details: () => [...officerEventKeys.all, 'detail'] as const,
  detail: (id: string) => [...officerEventKeys.details(), id] as const,
  checkinStats: (id: string) => [...officerEventKeys.detail(id), 'checkin-stats'] as const,
}

export const officerRegistrationKeys = {
  all: ['officer', 'registrations'] as const,
  lists: () => [...officerRegistrationKeys.all, 'list'] as const,
  list: (eventId: string, query: EventRegistrationsQuery) => [...officerRegistrationKeys.lists(), eventId, query] as const,
}
