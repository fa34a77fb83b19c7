import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { api } from '@/api/client'
import type { EventListQuery } from '@contract/events'
import { useSessionStore } from '@/stores/session'
import { eventKeys } from '@/shared/query-keys'

export { eventKeys }

// Event reads carry `myRegistration` for a signed-in caller, so the viewer is part of every key:
// signing in or out never shows another person's registration state from cache.
type Viewer = string | null

export const EVENT_PAGE_SIZE = 10

export const eventListQueryOptions = (query: EventListQuery, viewer: Viewer) =>
  infiniteQueryOptions({
    queryKey: eventKeys.list(query, viewer),
    queryFn: ({ pageParam }) =>
      api('GET /api/events', { query: { ...query, page: pageParam, pageSize: query.pageSize ?? EVENT_PAGE_SIZE } }),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
  })

export function useEventList(query: EventListQuery) {
  const viewer = useSessionStore((s) => s.user?.id ?? null)
  return useInfiniteQuery(eventListQueryOptions(query, viewer))
}

export const eventDetailQueryOptions = (id: string, viewer: Viewer) =>
  queryOptions({
    queryKey: eventKeys.detail(id, viewer),
    queryFn: () => api('GET /api/events/:id', { params: { id } }),
    enabled: Boolean(id),
  })

export function useEvent(id: string) {
  const viewer = useSessionStore((s) => s.user?.id ?? null)
  return useQuery(eventDetailQueryOptions(id, viewer))
}
