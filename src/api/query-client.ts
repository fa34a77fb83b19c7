import { QueryClient } from '@tanstack/react-query'
import { isRetryable } from './error'

// The app's client, so the API client can empty the cache when the server ends a session (a 401)
// without a React context at hand.
let appClient: QueryClient | null = null

export function createQueryClient(): QueryClient {
  appClient = new QueryClient({
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
  return appClient
}

/** Drops every cached query and mutation of the app's client: the session they belonged to is over. */
export function clearQueryCache(): void {
  appClient?.clear()
}
