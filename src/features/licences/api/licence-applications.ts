import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '@/api/client'
import type { LicenceApplicationRequest, LicenceApplicationResponse } from '@contract/trade'
import { applicationKeys, patentKeys } from '@/shared/query-keys'
import { useSessionStore } from '@/stores/session'

// Scoped by the signed-in user's id, so switching demo identity never shows one user's application to another.
export const licenceKeys = {
  all: ['licence-applications'] as const,
  scope: (userId: string | null) => [...licenceKeys.all, userId] as const,
  details: (userId: string | null) => [...licenceKeys.scope(userId), 'detail'] as const,
  detail: (userId: string | null, id: string) => [...licenceKeys.details(userId), id] as const,
  filingCheck: (userId: string | null, id: string) => [...licenceKeys.detail(userId, id), 'filing-check'] as const,
}

export function createLicenceApplication(body: LicenceApplicationRequest, idempotencyKey: string): Promise<LicenceApplicationResponse> {
  return api('POST /api/licence-applications', { body, idempotencyKey })
}

export const licenceApplicationQueryOptions = (userId: string | null, id: string) =>
  queryOptions({
    queryKey: licenceKeys.detail(userId, id),
    queryFn: () => api('GET /api/licence-applications/:id', { params: { id } }),
    enabled: Boolean(userId && id),
  })

export function useLicenceApplication(id: string) {
  const userId = useSessionStore((s) => s.user?.id ?? null)
  return useQuery(licenceApplicationQueryOptions(userId, id))
}

export function useCreateLicenceApplication() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: LicenceApplicationRequest; idempotencyKey: string }) =>
      createLicenceApplication(body, idempotencyKey),
    onSuccess: (data) => {
      const userId = useSessionStore.getState().user?.id ?? null
      // The success page reads it at once; the patent's 申请 count moved; 我的申请 has a new row.
      queryClient.setQueryData(licenceKeys.detail(userId, data.application.id), data)
      queryClient.invalidateQueries({ queryKey: patentKeys.detail(data.application.patentId) })
      queryClient.invalidateQueries({ queryKey: applicationKeys.all })
    },
  })
}
