import { queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '@/api/client'
import { useSessionStore } from '@/stores/session'
import { meKeys } from '@/shared/query-keys'

export { meKeys }

export const meQueryOptions = (userId: string | null) =>
  queryOptions({
    queryKey: meKeys.profile(userId),
    queryFn: () => api('GET /api/me'),
    enabled: Boolean(userId),
  })

export function useMe() {
  const userId = useSessionStore((s) => s.user?.id ?? null)
  return useQuery(meQueryOptions(userId))
}
