import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '@/api/client'
import { financeKeys } from './products'

export const patentSearchQueryOptions = (q: string) =>
  queryOptions({
    queryKey: financeKeys.patentSearch(q),
    queryFn: () => api('GET /api/patents', { query: { q, pageSize: 10 } }),
    select: (data) => data.items,
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
  })

/** Patents to pledge are picked by searching the open-licence list (title, number or patentee). */
export function usePatentSearch(q: string) {
  return useQuery(patentSearchQueryOptions(q))
}
