import { queryOptions, useQuery } from '@tanstack/react-query'
import { api } from '@/api/client'
import { MAX_PAGE_SIZE } from '@contract/common'
import { applicationKeys } from '@/shared/query-keys'
import { nextStatuses, type LicenceStatus } from '@/rules'
import { useSessionStore } from '@/stores/session'

/** The user's application for this patent still under way (the backend refuses a second one with 409). */
export interface ActiveLicence {
  id: string
  status: LicenceStatus
  statusLabel: string
}

// As the backend decides: an application is active while anyone can still move it.
function isActive(status: LicenceStatus): boolean {
  return (['applicant', 'officer', 'system'] as const).some((actor) => nextStatuses('licence', status, actor).length > 0)
}

/**
 * 我的申请 rows carry the patent's title, not its id: narrow by title, then confirm the patent on
 * each candidate's detail (usually none or one). Under the applications key, so a new application or a
 * withdrawal (both invalidate it) shows on the patent page at once.
 */
export const activeLicenceQueryOptions = (userId: string | null, patentId: string, title: string) =>
  queryOptions({
    queryKey: applicationKeys.activeLicence(userId, patentId),
    queryFn: async (): Promise<ActiveLicence | null> => {
      const list = await api('GET /api/me/applications', { query: { kind: 'licence', page: 1, pageSize: MAX_PAGE_SIZE } })
      const candidates = list.items.filter((a) => a.title === title && isActive(a.status as LicenceStatus))
      for (const c of candidates) {
        const detail = await api('GET /api/applications/:kind/:id', { params: { kind: 'licence', id: c.id } })
        if (detail.kind === 'licence' && detail.patentId === patentId) return { id: detail.id, status: detail.status, statusLabel: detail.statusLabel }
      }
      return null
    },
    enabled: Boolean(userId && patentId && title),
    staleTime: 0,
  })

/** Only for a signed-in SME; anyone else gets `undefined` data and no request. */
export function useActiveLicence(patentId: string, title: string | undefined) {
  const userId = useSessionStore((s) => s.user?.id ?? null)
  const isSme = useSessionStore((s) => s.user?.role === 'sme')
  return useQuery({ ...activeLicenceQueryOptions(isSme ? userId : null, patentId, title ?? '') })
}
