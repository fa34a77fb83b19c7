import { queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '@/api/client'
import { financeKeys } from './products'

export const myPatentsQueryOptions = (termMonths: number | undefined) =>
  queryOptions({
    queryKey: [...financeKeys.all, 'my-patents', termMonths ?? null] as const,
    queryFn: () => api('GET /api/me/patents', { query: { termMonths } }),
    placeholderData: (previous) => previous,
  })

/** The patents the register names this enterprise as patentee of, each with its 质押前自查 for the term. */
export function useMyPatents(termMonths: number | undefined) {
  return useQuery(myPatentsQueryOptions(termMonths))
}
