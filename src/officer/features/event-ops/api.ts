import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/api/client'
import type {
  BulkDecisionRequest,
  BulkDecisionResponse,
  CancelEventResponse,
  GuestImportResponse,
  GuestRow,
} from '@/api/types-officer'
import { officerEventKeys } from '../events/api'
import { registrationKeys } from '../registrations/api'

function useInvalidate() {
  const queryClient = useQueryClient()
  return () => {
    queryClient.invalidateQueries({ queryKey: registrationKeys.all })
    queryClient.invalidateQueries({ queryKey: officerEventKeys.all })
  }
}

export function useBulkDecision(eventId: string) {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (body: BulkDecisionRequest) => api<BulkDecisionResponse>('POST', `/api/events/${encodeURIComponent(eventId)}/registrations/bulk`, { body }),
    onSettled: invalidate,
  })
}

export function useImportGuests(eventId: string) {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: ({ rows, idempotencyKey }: { rows: GuestRow[]; idempotencyKey: string }) =>
      api<GuestImportResponse>('POST', `/api/events/${encodeURIComponent(eventId)}/guests`, { body: { rows }, idempotencyKey }),
    onSettled: invalidate,
  })
}

export function useCancelEvent(eventId: string) {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (reason: string) => api<CancelEventResponse>('POST', `/api/events/${encodeURIComponent(eventId)}/cancel`, { body: { reason } }),
    onSettled: invalidate,
  })
}
