import type { ReactElement } from 'react'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import { setTransport } from '@/api/transport'

/** A fresh QueryClient per test, no retries, so failures show at once. */
export function renderWithClient(ui: ReactElement) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 0 }, mutations: { retry: false } } })
  return { client, ...render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>) }
}

afterEach(() => {
  // Each test gets its own in-process mock (a new one is created on first use).
  setTransport(null)
})
