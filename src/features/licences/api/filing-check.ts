import { queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '@/api/client'
import { useSessionStore } from '@/stores/session'
import { licenceKeys } from './licence-applications'

export const filingCheckQueryOptions = (userId: string | null, id: string) =>
  queryOptions({
    queryKey: licenceKeys.filingCheck(userId, id),
    queryFn: () => api('GET /api/licence-applications/:id/filing-check', { params: { id } }),
    enabled: Boolean(userId && id),
  })

/** 备案 pre-check of a licence application (RULES.md → Licence filing). */
export function useFilingCheck(id: string) {
  const userId = useSessionStore((s) => s.user?.id ?? null)
  return useQuery(filingCheckQueryOptions(userId, id))
}
