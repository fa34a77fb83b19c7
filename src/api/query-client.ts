import { QueryClient } from '@tanstack/react-query'
import { isRetryable } from './error'

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A mini-program has no window focus; pages refetch on useDidShow instead.
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => failureCount < 2 && isRetryable(error),
      },
      mutations: { retry: false },
    },
  })
}
