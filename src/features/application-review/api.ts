import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '@/api/client'
import type { OfficerApplicationsQuery, TransitionRequest } from '@contract/officer'
import type { ApplicationKind } from '@/rules'
import { applicationKeys } from '@/shared/query-keys'

export const officerApplicationKeys = {
  all: ['officer', 'applications'] as const,
  lists: () => [...officerApplicationKeys.all, 'list'] as const,
  list: (query: OfficerApplicationsQuery) => [...officerApplicationKeys.lists(), query] as const,
}

export const officerApplicationsQueryOptions = (query: OfficerApplicationsQuery) =>
  queryOptions({
    queryKey: officerApplicationKeys.list(query),
    queryFn: () => api('GET /api/officer/applications', { query: { pageSize: 50, ...query } }),
    placeholderData: keepPreviousData,
  })

export function useOfficerApplications(query: OfficerApplicationsQuery) {
  return useQuery(officerApplicationsQueryOptions(query))
}

export function useTransitionApplication() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ kind, id, request }: { kind: ApplicationKind; id: string; request: TransitionRequest }) =>
      api('POST /api/applications/:kind/:id/transition', { params: { kind, id }, body: request }),
    // Settled, not only success: a 409 means someone else moved it first, so the row must show where it now stands.
    onSettled: () => {
      queryClient.invalidateQueries({ queryKey: officerApplicationKeys.all })
      // 我的申请 of the same device (demo: switching identity) must not show a stale status.
      queryClient.invalidateQueries({ queryKey: applicationKeys.all })
    },
  })
}
