import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '@/api/client'
import type { LicenceApplicationRequest, LicenceApplicationResponse } from '@contract/trade'
import { patentKeys } from '@/features/patents/api/patents'
import { applicationKeys } from '@/features/tracking/api/applications'
import { useSessionStore } from '@/stores/session'

// Scoped by session token, so switching demo identity never shows one user's application to another.
export const licenceKeys = {
  all: ['licence-applications'] as const,
  scope: (token: string | null) => [...licenceKeys.all, token] as const,
  details: (token: string | null) => [...licenceKeys.scope(token), 'detail'] as const,
  detail: (token: string | null, id: string) => [...licenceKeys.details(token), id] as const,
}

export function createLicenceApplication(body: LicenceApplicationRequest, idempotencyKey: string): Promise<LicenceApplicationResponse> {
  return api('POST /api/licence-applications', { body, idempotencyKey })
}

export const licenceApplicationQueryOptions = (token: string | null, id: string) =>
  queryOptions({
    queryKey: licenceKeys.detail(token, id),
    queryFn: () => api('GET /api/licence-applications/:id', { params: { id } }),
    enabled: Boolean(token && id),
  })

export function useLicenceApplication(id: string) {
  const token = useSessionStore((s) => s.token)
  return useQuery(licenceApplicationQueryOptions(token, id))
}

export function useCreateLicenceApplication() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: LicenceApplicationRequest; idempotencyKey: string }) =>
      createLicenceApplication(body, idempotencyKey),
    onSuccess: (data) => {
      const token = useSessionStore.getState().token
      // The success page reads it at once; the patent's 申请 count moved; 我的申请 has a new row.
      queryClient.setQueryData(licenceKeys.detail(token, data.application.id), data)
      queryClient.invalidateQueries({ queryKey: patentKeys.detail(data.application.patentId) })
      queryClient.invalidateQueries({ queryKey: applicationKeys.all })
    },
  })
}
