import { queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '@/api/client'
import { useSessionStore } from '@/stores/session'
import { financeKeys } from './products'

export const myPatentsQueryOptions = (userId: string | null, termMonths: number | undefined) =>
  queryOptions({
    queryKey: financeKeys.myPatents(userId, termMonths),
    queryFn: () => api('GET /api/me/patents', { query: { termMonths } }),
    placeholderData: (previous) => previous,
  })

/** The patents the register names this enterprise as patentee of, each with its 质押前自查 for the term. */
export function useMyPatents(termMonths: number | undefined) {
  const userId = useSessionStore((s) => s.user?.id ?? null)
  return useQuery(myPatentsQueryOptions(userId, termMonths))
}
