import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '@/api/client'
import type { RegistrationResponse, SignupRequest } from '@contract/events'
import { eventKeys } from './events'

export const registrationKeys = {
  all: ['registrations'] as const,
  details: () => [...registrationKeys.all, 'detail'] as const,
  detail: (id: string) => [...registrationKeys.details(), id] as const,
}

export const registrationQueryOptions = (id: string) =>
  queryOptions({
    queryKey: registrationKeys.detail(id),
    queryFn: () => api('GET /api/registrations/:id', { params: { id } }),
    select: (data) => data.registration,
    enabled: Boolean(id),
  })

/** Waitlisted: refetched every `liveMs` so the place in line and an offer show up by themselves. */
export const WAITLIST_LIVE_MS = 15_000

export function useRegistration(id: string) {
  return useQuery({
    ...registrationQueryOptions(id),
    refetchInterval: (query) => (query.state.data?.registration.status === 'waitlisted' ? WAITLIST_LIVE_MS : false),
  })
}

/** After any move of a registration: its answer is the detail, and seats, waitlist counts and `myRegistration` all moved. */
function useStoreRegistration() {
  const queryClient = useQueryClient()
  return ({ registration }: RegistrationResponse) => {
    queryClient.setQueryData(registrationKeys.detail(registration.id), { registration })
    queryClient.invalidateQueries({ queryKey: eventKeys.all })
  }
}

/** Issue 18: the waitlisted attendee takes the seat held for them. */
export function useAcceptOffer() {
  const storeRegistration = useStoreRegistration()
  return useMutation({
    mutationFn: (registrationId: string) =>
      api('POST /api/registrations/:id/accept-offer', { params: { id: registrationId } }),
    onSuccess: storeRegistration,
  })
}

export interface SignupVariables {
  eventId: string
  body: SignupRequest
  /** One per sign-up intent: a double tap or a retry after a lost response registers once. */
  idempotencyKey: string
}

export function useSignup() {
  const storeRegistration = useStoreRegistration()
  return useMutation({
    mutationFn: ({ eventId, body, idempotencyKey }: SignupVariables) =>
      api('POST /api/events/:id/registrations', { params: { id: eventId }, body, idempotencyKey }),
    onSuccess: storeRegistration,
  })
}

export function useCancelRegistration() {
  const storeRegistration = useStoreRegistration()
  return useMutation({
    mutationFn: (registrationId: string) =>
      api('POST /api/registrations/:id/cancel', { params: { id: registrationId } }),
    onSuccess: storeRegistration,
  })
}
