import { queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '@/api/client'
import { useSessionStore } from '@/stores/session'
import { licenceKeys } from './licence-applications'

export const filingCheckQueryOptions = (token: string | null, id: string) =>
  queryOptions({
    queryKey: [...licenceKeys.detail(token, id), 'filing-check'] as const,
    queryFn: () => api('GET /api/licence-applications/:id/filing-check', { params: { id } }),
    enabled: Boolean(token && id),
  })

/** 备案 pre-check of a licence application (RULES.md → Licence filing). */
export function useFilingCheck(id: string) {
  const token = useSessionStore((s) => s.token)
  return useQuery(filingCheckQueryOptions(token, id))
}
