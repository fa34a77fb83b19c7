import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { api } from '@/api/client'
import type { FinanceProductQuery } from '@contract/finance'

export const financeKeys = {
  all: ['finance'] as const,
  banks: () => [...financeKeys.all, 'banks'] as const,
  products: () => [...financeKeys.all, 'products'] as const,
  productList: (query: FinanceProductQuery) => [...financeKeys.products(), 'list', query] as const,
  product: (id: string) => [...financeKeys.products(), 'detail', id] as const,
  patentSearch: (q: string) => [...financeKeys.all, 'patent-search', q] as const,
  myPatents: (userId: string | null, termMonths: number | undefined) => [...financeKeys.all, 'my-patents', userId, termMonths ?? null] as const,
  pledgeChecks: () => [...financeKeys.all, 'pledge-check'] as const,
  pledgeCheck: (patentIds: readonly string[], termMonths: number | undefined) => [...financeKeys.pledgeChecks(), patentIds, termMonths ?? null] as const,
}

export const PRODUCT_PAGE_SIZE = 10

export const productListQueryOptions = (query: FinanceProductQuery) =>
  infiniteQueryOptions({
    queryKey: financeKeys.productList(query),
    queryFn: ({ pageParam }) =>
      api('GET /api/finance/products', {
        query: { ...query, page: pageParam, pageSize: query.pageSize ?? PRODUCT_PAGE_SIZE },
      }),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
  })

export function useFinanceProducts(query: FinanceProductQuery) {
  return useInfiniteQuery(productListQueryOptions(query))
}

export const productQueryOptions = (id: string) =>
  queryOptions({
    queryKey: financeKeys.product(id),
    queryFn: () => api('GET /api/finance/products/:id', { params: { id } }),
    enabled: Boolean(id),
  })

export function useFinanceProduct(id: string) {
  return useQuery(productQueryOptions(id))
}

export const bankListQueryOptions = () =>
  queryOptions({
    queryKey: financeKeys.banks(),
    queryFn: () => api('GET /api/finance/banks'),
    select: (data) => data.items,
    // The bank list changes with contracts, not minutes.
    staleTime: 10 * 60_000,
  })

export function useBanks() {
  return useQuery(bankListQueryOptions())
}
