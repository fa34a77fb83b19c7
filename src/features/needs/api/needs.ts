import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '@/api/client'
import type { NeedRequest, NeedResponse } from '@contract/trade'
import { useSessionStore } from '@/stores/session'

export const needKeys = {
  all: ['needs'] as const,
  scope: (userId: string | null) => [...needKeys.all, userId] as const,
  details: (userId: string | null) => [...needKeys.scope(userId), 'detail'] as const,
  detail: (userId: string | null, id: string) => [...needKeys.details(userId), id] as const,
  matches: (userId: string | null, id: string) => [...needKeys.detail(userId, id), 'matches'] as const,
}

export function createNeed(body: NeedRequest, idempotencyKey: string): Promise<NeedResponse> {
  return api('POST /api/needs', { body, idempotencyKey })
}

export const needQueryOptions = (userId: string | null, id: string) =>
  queryOptions({
    queryKey: needKeys.detail(userId, id),
    queryFn: () => api('GET /api/needs/:id', { params: { id } }),
    enabled: Boolean(userId && id),
  })

export const needMatchesQueryOptions = (userId: string | null, id: string) =>
  queryOptions({
    queryKey: needKeys.matches(userId, id),
    queryFn: () => api('GET /api/needs/:id/matches', { params: { id } }),
    enabled: Boolean(userId && id),
  })

export function useNeed(id: string) {
  const userId = useSessionStore((s) => s.user?.id ?? null)
  return useQuery(needQueryOptions(userId, id))
}

export function useNeedMatches(id: string) {
  const userId = useSessionStore((s) => s.user?.id ?? null)
  return useQuery(needMatchesQueryOptions(userId, id))
}

export function useCreateNeed() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: NeedRequest; idempotencyKey: string }) => createNeed(body, idempotencyKey),
    onSuccess: (data) => {
      const userId = useSessionStore.getState().user?.id ?? null
      // The matches page shows the need at once (there is no list of needs to invalidate).
      queryClient.setQueryData(needKeys.detail(userId, data.need.id), data)
    },
  })
}
