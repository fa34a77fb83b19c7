import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/api/client'
import type { BulkDecisionRequest, GuestRow } from '@contract/officer'
import { officerEventKeys, officerRegistrationKeys } from '@/shared/officer-keys'

function useInvalidate() {
  const queryClient = useQueryClient()
  return () => {
    queryClient.invalidateQueries({ queryKey: officerRegistrationKeys.all })
    queryClient.invalidateQueries({ queryKey: officerEventKeys.all })
  }
}

export function useBulkDecision(eventId: string) {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (body: BulkDecisionRequest) => api('POST /api/events/:id/registrations/bulk', { params: { id: eventId }, body }),
    onSettled: invalidate,
  })
}

export function useImportGuests(eventId: string) {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: ({ rows, idempotencyKey }: { rows: GuestRow[]; idempotencyKey: string }) =>
      api('POST /api/events/:id/guests', { params: { id: eventId }, body: { rows }, idempotencyKey }),
    onSettled: invalidate,
  })
}

export function useCancelEvent(eventId: string) {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (reason: string) => api('POST /api/events/:id/cancel', { params: { id: eventId }, body: { reason } }),
    onSettled: invalidate,
  })
}
