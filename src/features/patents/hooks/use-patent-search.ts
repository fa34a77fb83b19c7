import { useState } from 'react'
import { useInitialRouteParams, useSyncRouteParams } from '@/platform/route-params'
import { PATENTS_PATH } from '@/shared/paths'
import { parseSearch, toRouteParams, type PatentSearch } from '../search-params'

export { PATENTS_PATH } from '@/shared/paths'

/**
 * The list's search, kept in the route params: opened from a shared link or reloaded, the page
 * starts from the link's search; every change is written back (H5 address bar).
 */
export function usePatentSearch(): [PatentSearch, (next: PatentSearch) => void] {
  const initial = useInitialRouteParams()
  const [search, setSearch] = useState<PatentSearch>(() => parseSearch(initial))
  useSyncRouteParams(PATENTS_PATH, toRouteParams(search))
  return [search, setSearch]
}
