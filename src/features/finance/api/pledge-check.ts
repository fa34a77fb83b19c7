import { queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '@/api/client'
import { financeKeys } from './products'

export const pledgeCheckQueryOptions = (patentIds: readonly string[], termMonths: number | undefined) =>
  queryOptions({
    queryKey: financeKeys.pledgeCheck(patentIds, termMonths),
    queryFn: () =>
      api('GET /api/finance/pledge-check', {
        query: { patentIds: patentIds.join(','), termMonths },
      }),
    select: (data) => data.items,
    enabled: patentIds.length > 0,
  })

/** 质押前自查: re-runs whenever the chosen patents or the loan term change. */
export function usePledgeCheck(patentIds: readonly string[], termMonths: number | undefined) {
  return useQuery(pledgeCheckQueryOptions(patentIds, termMonths))
}
