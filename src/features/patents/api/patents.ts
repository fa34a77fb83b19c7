import { infiniteQueryOptions, keepPreviousData, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { api } from '@/api/client'
import type { PatentListQuery } from '@contract/common'
import { patentKeys } from '@/shared/query-keys'

export { patentKeys }

export const PAGE_SIZE = 20

export const patentListQueryOptions = (query: PatentListQuery) =>
  infiniteQueryOptions({
    queryKey: patentKeys.list(query),
    queryFn: ({ pageParam }) =>
      api('GET /api/patents', { query: { ...query, page: pageParam, pageSize: query.pageSize ?? PAGE_SIZE } }),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
  })

export function usePatentList(query: PatentListQuery) {
  return useInfiniteQuery(patentListQueryOptions(query))
}

/**
 * Total and facets of a query without its items (pageSize 1): what a filter option would leave.
 * Facets from the list itself count the filtered set, so an option of the active filter would
 * always read 0 for its siblings; these counts drop that filter first.
 */
export const patentCountQueryOptions = (query: PatentListQuery) => {
  // Order and paging do not change a count: one cache entry per set of filters.
  const { sort: _sort, page: _page, pageSize: _pageSize, ...filters } = query
  return queryOptions({
    queryKey: patentKeys.count(filters),
    queryFn: () => api('GET /api/patents', { query: { ...filters, page: 1, pageSize: 1 } }),
    placeholderData: keepPreviousData,
    select: (res) => ({ total: res.total, facets: res.facets }),
  })
}

export function usePatentCounts(query: PatentListQuery, enabled: boolean) {
  return useQuery({ ...patentCountQueryOptions(query), enabled })
}

export const patentDetailQueryOptions = (id: string) =>
  queryOptions({
    queryKey: patentKeys.detail(id),
    queryFn: () => api('GET /api/patents/:id', { params: { id } }),
    enabled: Boolean(id),
  })

export function usePatent(id: string) {
  return useQuery(patentDetailQueryOptions(id))
}
