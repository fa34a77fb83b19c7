import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { api } from '@/api/client'
import type { PatentDetail, PatentListQuery, PatentListResponse } from '@/api/types'

export const patentKeys = {
  all: ['patents'] as const,
  lists: () => [...patentKeys.all, 'list'] as const,
  list: (query: PatentListQuery) => [...patentKeys.lists(), query] as const,
  details: () => [...patentKeys.all, 'detail'] as const,
  detail: (id: string) => [...patentKeys.details(), id] as const,
}

export const PAGE_SIZE = 20

export const patentListQueryOptions = (query: PatentListQuery) =>
  infiniteQueryOptions({
    queryKey: patentKeys.list(query),
    queryFn: ({ pageParam }) =>
      api<PatentListResponse>('GET', '/api/patents', { query: { ...query, page: pageParam, pageSize: query.pageSize ?? PAGE_SIZE } }),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
  })

export function usePatentList(query: PatentListQuery) {
  return useInfiniteQuery(patentListQueryOptions(query))
}

export const patentDetailQueryOptions = (id: string) =>
  queryOptions({
    queryKey: patentKeys.detail(id),
    queryFn: () => api<PatentDetail>('GET', `/api/patents/${encodeURIComponent(id)}`),
    enabled: Boolean(id),
  })

export function usePatent(id: string) {
  return useQuery(patentDetailQueryOptions(id))
}
