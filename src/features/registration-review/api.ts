import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '@/api/client'
import type { EventRegistrationsQuery } from '@contract/officer'
import { exportFile } from '@/platform/file-export'
import { officerEventKeys, officerRegistrationKeys } from '@/shared/officer-keys'

export const PAGE_SIZE = 50

export const eventRegistrationsQueryOptions = (eventId: string, query: EventRegistrationsQuery) =>
  queryOptions({
    queryKey: officerRegistrationKeys.list(eventId, query),
    queryFn: () =>
      api('GET /api/events/:id/registrations', { params: { id: eventId }, 
        query: { pageSize: PAGE_SIZE, ...query },
      }),
    enabled: Boolean(eventId),
    placeholderData: keepPreviousData,
  })

export function useEventRegistrations(eventId: string, query: EventRegistrationsQuery) {
  return useQuery(eventRegistrationsQueryOptions(eventId, query))
}

export type Decision = 'approve' | 'reject'

export function useDecideRegistration() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, decision, note }: { id: string; decision: Decision; note?: string }) =>
      api(decision === 'approve' ? 'POST /api/registrations/:id/approve' : 'POST /api/registrations/:id/reject', { params: { id }, body: note ? { note } : {} }),
    // Settled, not only success: after a 409 (decided elsewhere) the row must show its current state.
    onSettled: () => {
      queryClient.invalidateQueries({ queryKey: officerRegistrationKeys.all })
      queryClient.invalidateQueries({ queryKey: officerEventKeys.all })
    },
  })
}

export function useExportRegistrations() {
  return useMutation({
    mutationFn: (eventId: string) =>
      exportFile(`/api/events/${encodeURIComponent(eventId)}/registrations.csv`, `registrations-${eventId}.csv`),
  })
}
