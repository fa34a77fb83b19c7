import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { api } from '@/api/client'
import type { ApplicationKind } from '@/rules'
import { useSessionStore } from '@/stores/session'
import { applicationKeys } from '@/shared/query-keys'

export { applicationKeys }

export const APPLICATIONS_PAGE_SIZE = 20

export const applicationListQueryOptions = (userId: string | null, kind: ApplicationKind | undefined) =>
  infiniteQueryOptions({
    queryKey: applicationKeys.list(userId, kind),
    queryFn: ({ pageParam }) =>
      api('GET /api/me/applications', { query: { kind, page: pageParam, pageSize: APPLICATIONS_PAGE_SIZE } }),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
    enabled: Boolean(userId),
    // Officers move applications at any time: reopening 我的申请 shows the cached list and refreshes it.
    staleTime: 0,
  })

export function useApplicationList(kind: ApplicationKind | undefined) {
  const userId = useSessionStore((s) => s.user?.id ?? null)
  return useInfiniteQuery(applicationListQueryOptions(userId, kind))
}

export const applicationDetailQueryOptions = (userId: string | null, kind: string, id: string) =>
  queryOptions({
    queryKey: applicationKeys.detail(userId, kind, id),
    queryFn: () => api('GET /api/applications/:kind/:id', { params: { kind, id } }),
    enabled: Boolean(userId && kind && id),
    staleTime: 0,
  })

export function useApplication(kind: string, id: string) {
  const userId = useSessionStore((s) => s.user?.id ?? null)
  return useQuery(applicationDetailQueryOptions(userId, kind, id))
}
