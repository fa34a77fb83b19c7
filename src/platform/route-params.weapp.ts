// Mini-program: a page has no address bar. Its state arrives in the page params when it is opened
// from a share card or a link (useRouter().params), and leaves through the share path, which the
// page builds from the same state.
import { useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { decodeRouteParams, type RouteParams } from './route-params-core'

export { buildRouteQuery, type RouteParams } from './route-params-core'

export function useInitialRouteParams(): RouteParams {
  const { params } = useRouter()
  const [initial] = useState(() => decodeRouteParams(params))
  return initial
}

export function useSyncRouteParams(_pagePath: string, _params: Record<string, string | number | undefined | null>): void {
  // Nothing to keep in sync: see the note at the top.
}
