import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { api } from '@/api/client'
import type { ApplicationKind } from '@/rules'
import { useSessionStore } from '@/stores/session'

// Scoped by session token: after switching demo identity, one user's applications never flash up for another.
export const applicationKeys = {
  all: ['applications'] as const,
  scope: (token: string | null) => [...applicationKeys.all, token] as const,
  lists: (token: string | null) => [...applicationKeys.scope(token), 'list'] as const,
  list: (token: string | null, kind: ApplicationKind | undefined) => [...applicationKeys.lists(token), { kind: kind ?? 'all' }] as const,
  details: (token: string | null) => [...applicationKeys.scope(token), 'detail'] as const,
  detail: (token: string | null, kind: string, id: string) => [...applicationKeys.details(token), kind, id] as const,
}

export const APPLICATIONS_PAGE_SIZE = 20

export const applicationListQueryOptions = (token: string | null, kind: ApplicationKind | undefined) =>
  infiniteQueryOptions({
    queryKey: applicationKeys.list(token, kind),
    queryFn: ({ pageParam }) =>
      api('GET /api/me/applications', { query: { kind, page: pageParam, pageSize: APPLICATIONS_PAGE_SIZE } }),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
    enabled: Boolean(token),
    // Officers move applications at any time: reopening 我的申请 shows the cached list and refreshes it.
    staleTime: 0,
  })

export function useApplicationList(kind: ApplicationKind | undefined) {
  const token = useSessionStore((s) => s.token)
  return useInfiniteQuery(applicationListQueryOptions(token, kind))
}

export const applicationDetailQueryOptions = (token: string | null, kind: string, id: string) =>
  queryOptions({
    queryKey: applicationKeys.detail(token, kind, id),
    queryFn: () => api('GET /api/applications/:kind/:id', { params: { kind, id } }),
    enabled: Boolean(token && kind && id),
    staleTime: 0,
  })

export function useApplication(kind: string, id: string) {
  const token = useSessionStore((s) => s.token)
  return useQuery(applicationDetailQueryOptions(token, kind, id))
}
