import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, newIdempotencyKey } from '@/api/client'
import type { CreateEventRequest, OfficerEventListQuery, OfficerEventListResponse } from '@contract/officer'
import { officerEventKeys } from '@/shared/officer-keys'
import { eventKeys } from '@/shared/query-keys'
import { officerEventQueryOptions, useOfficerEvent } from '@/shared/officer-event'

export { officerEventKeys, officerEventQueryOptions, useOfficerEvent }

export const officerEventListQueryOptions = (query: OfficerEventListQuery) =>
  queryOptions({
    queryKey: officerEventKeys.list(query),
    queryFn: () => api('GET /api/officer/events', { query: { ...query } }),
  })

export function useOfficerEvents(query: OfficerEventListQuery) {
  return useQuery(officerEventListQueryOptions(query))
}

export const officerEventPagesQueryOptions = (pageSize = 20) =>
  infiniteQueryOptions({
    queryKey: officerEventKeys.pages(pageSize),
    queryFn: ({ pageParam }) => api('GET /api/officer/events', { query: { page: pageParam, pageSize } }),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
  })

export function useOfficerEventPages() {
  return useInfiniteQuery(officerEventPagesQueryOptions())
}

// The officer list has no text search on the server (API: day and page only), and a park runs tens of
// events, not thousands: search reads them all (50 a page) and matches here.
const SEARCH_PAGE_SIZE = 50
const SEARCH_MAX_PAGES = 20

export const allOfficerEventsQueryOptions = () =>
  queryOptions({
    queryKey: officerEventKeys.everything(),
    queryFn: async () => {
      const items: OfficerEventListResponse['items'] = []
      for (let page = 1; page <= SEARCH_MAX_PAGES; page++) {
        const res = await api('GET /api/officer/events', { query: { page, pageSize: SEARCH_PAGE_SIZE } })
        items.push(...res.items)
        if (page * res.pageSize >= res.total) break
      }
      return items
    },
  })

/** Every event whose title, organiser, venue or city contains `text` (only while `text` is not empty). */
export function useOfficerEventSearch(text: string) {
  const words = text.trim().toLowerCase().split(/\s+/).filter(Boolean)
  return useQuery({
    ...allOfficerEventsQueryOptions(),
    enabled: words.length > 0,
    select: (items) => items.filter((e) => words.every((w) => `${e.title} ${e.organizer ?? ''} ${e.venue} ${e.cityLabel}`.toLowerCase().includes(w))),
  })
}

/** Create (with one Idempotency-Key per form session, reused on retry) or update. */
export function useSaveEvent(id: string | null) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ input, idempotencyKey }: { input: CreateEventRequest; idempotencyKey: string }) =>
      id
        ? api('PATCH /api/events/:id', { params: { id }, body: input })
        : api('POST /api/events', { body: input, idempotencyKey }),
    onSuccess: ({ event }) => {
      queryClient.setQueryData(officerEventKeys.detail(event.id), event)
      queryClient.invalidateQueries({ queryKey: officerEventKeys.all })
      // The public event pages show the same event.
      queryClient.invalidateQueries({ queryKey: eventKeys.all })
    },
  })
}

export { newIdempotencyKey }
