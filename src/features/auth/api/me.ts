import { queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '@/api/client'
import { useSessionStore } from '@/stores/session'

export const meKeys = {
  all: ['me'] as const,
  profile: (token: string | null) => [...meKeys.all, 'profile', token] as const,
}

export const meQueryOptions = (token: string | null) =>
  queryOptions({
    queryKey: meKeys.profile(token),
    queryFn: () => api('GET /api/me'),
    enabled: Boolean(token),
  })

export function useMe() {
  const token = useSessionStore((s) => s.token)
  return useQuery(meQueryOptions(token))
}
