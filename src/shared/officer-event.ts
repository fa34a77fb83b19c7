import { queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '@/api/client'
import { officerEventKeys } from './officer-keys'

// One officer event, read by the event form, the registration review, notices and the check-in desk.

export const officerEventQueryOptions = (id: string) =>
  queryOptions({
    queryKey: officerEventKeys.detail(id),
    queryFn: () => api('GET /api/officer/events/:id', { params: { id } }).then((r) => r.event),
    enabled: Boolean(id),
  })

export function useOfficerEvent(id: string, options: { refetchInterval?: number | false } = {}) {
  return useQuery({ ...officerEventQueryOptions(id), refetchInterval: options.refetchInterval })
}
