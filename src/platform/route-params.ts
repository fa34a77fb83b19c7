// H5: a page's state lives in the address bar, so a reload, the back button and a copied link all
// reopen the same view. history.replaceState keeps it there without adding history entries.
import { useEffect, useRef, useState } from 'react'
import { useDidShow, useRouter } from '@tarojs/taro'
import { buildRouteQuery, decodeRouteParams, type RouteParams } from './route-params-core'

export { buildRouteQuery, type RouteParams } from './route-params-core'

/** The params the page was opened with (reload, shared link), decoded; read once per page. */
export function useInitialRouteParams(): RouteParams {
  const { params } = useRouter()
  const [initial] = useState(() => decodeRouteParams(params))
  return initial
}

function replaceQuery(pagePath: string, query: string): void {
  if (typeof window === 'undefined' || !window.history || typeof window.history.replaceState !== 'function') return
  const { pathname, search, hash } = window.location
  // Another page may be on top (the list keeps rendering while the detail is open): leave its URL alone.
  if (pathname !== pagePath || search === query) return
  // Keep history.state: Taro's router keys its page stack on it.
  window.history.replaceState(window.history.state, '', pathname + query + hash)
}

/** Mirrors `params` into the URL's query while the page at `pagePath` is showing. */
export function useSyncRouteParams(pagePath: string, params: Record<string, string | number | undefined | null>): void {
  const query = buildRouteQuery(params)
  const latest = useRef(query)
  latest.current = query
  useEffect(() => {
    replaceQuery(pagePath, query)
  }, [pagePath, query])
  // Switching tabs reloads the bare tab path; put the state back when the page shows again.
  useDidShow(() => {
    setTimeout(() => replaceQuery(pagePath, latest.current), 0)
  })
}
