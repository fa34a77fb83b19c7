import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/api/client'
import type { FinanceApplicationRequest } from '@contract/finance'
import { financeKeys } from './products'

export interface ApplyVariables {
  body: FinanceApplicationRequest
  /** One per application intent, reused when the person retries after a failure. */
  idempotencyKey: string
}

export function useCreateFinanceApplication() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: ApplyVariables) =>
      api('POST /api/finance/applications', { body, idempotencyKey }),
    onSuccess: () => {
      // A new pledge application can change what the next self-check reports (e.g. already pledged).
      queryClient.invalidateQueries({ queryKey: financeKeys.pledgeChecks() })
    },
  })
}
