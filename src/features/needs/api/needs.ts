import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '@/api/client'
import type { NeedRequest, NeedResponse } from '@contract/trade'
import { useSessionStore } from '@/stores/session'

export const needKeys = {
  all: ['needs'] as const,
  scope: (token: string | null) => [...needKeys.all, token] as const,
  details: (token: string | null) => [...needKeys.scope(token), 'detail'] as const,
  detail: (token: string | null, id: string) => [...needKeys.details(token), id] as const,
  matches: (token: string | null, id: string) => [...needKeys.detail(token, id), 'matches'] as const,
}

export function createNeed(body: NeedRequest, idempotencyKey: string): Promise<NeedResponse> {
  return api('POST /api/needs', { body, idempotencyKey })
}

export const needQueryOptions = (token: string | null, id: string) =>
  queryOptions({
    queryKey: needKeys.detail(token, id),
    queryFn: () => api('GET /api/needs/:id', { params: { id } }),
    enabled: Boolean(token && id),
  })

export const needMatchesQueryOptions = (token: string | null, id: string) =>
  queryOptions({
    queryKey: needKeys.matches(token, id),
    queryFn: () => api('GET /api/needs/:id/matches', { params: { id } }),
    enabled: Boolean(token && id),
  })

export function useNeed(id: string) {
  const token = useSessionStore((s) => s.token)
  return useQuery(needQueryOptions(token, id))
}

export function useNeedMatches(id: string) {
  const token = useSessionStore((s) => s.token)
  return useQuery(needMatchesQueryOptions(token, id))
}

export function useCreateNeed() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: NeedRequest; idempotencyKey: string }) => createNeed(body, idempotencyKey),
    onSuccess: (data) => {
      const token = useSessionStore.getState().token
      // The matches page shows the need at once (there is no list of needs to invalidate).
      queryClient.setQueryData(needKeys.detail(token, data.need.id), data)
    },
  })
}
