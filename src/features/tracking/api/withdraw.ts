import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/api/client'
import type { WithdrawRequest } from '@contract/tracking'
import { eventKeys, notificationKeys } from '@/shared/query-keys'
import type { ApplicationKind } from '@/rules'
import { useSessionStore } from '@/stores/session'
import { applicationKeys } from './applications'

/** 撤回申请 (licence, finance; a registration is cancelled the same way): POST /api/applications/:kind/:id/withdraw. */
export function useWithdrawApplication(kind: ApplicationKind, id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body?: WithdrawRequest) =>
      api('POST /api/applications/:kind/:id/withdraw', { params: { kind, id }, body: body ?? {} }),
    onSuccess: (detail) => {
      queryClient.setQueryData(applicationKeys.detail(useSessionStore.getState().user?.id ?? null, kind, id), detail)
      // The move also sent the applicant a message.
      queryClient.invalidateQueries({ queryKey: notificationKeys.all })
    },
    // A refused move (409) usually means an officer moved it first: show where it stands now.
    onSettled: () => queryClient.invalidateQueries({ queryKey: applicationKeys.all }),
  })
}

/** 取消报名: the events feature's POST /api/registrations/:id/cancel (it also promotes the waitlist). */
export function useCancelRegistration(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => api('POST /api/registrations/:id/cancel', { params: { id } }),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: notificationKeys.all })
      // Seat counts on the event pages changed too.
      queryClient.invalidateQueries({ queryKey: eventKeys.all })
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: applicationKeys.all }),
  })
}
