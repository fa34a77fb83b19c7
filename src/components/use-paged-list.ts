import { useRef } from 'react'
import { useDidShow, useReachBottom } from '@tarojs/taro'
import { usePullDownRefresh } from './use-pull-down-refresh'

interface PagedQuery {
  refetch: () => Promise<unknown>
  hasNextPage: boolean
  isFetchingNextPage: boolean
  fetchNextPage: () => unknown
}

/** A paged list page: pull down to refresh, reach the bottom for the next page. */
export function usePagedList(list: PagedQuery) {
  usePullDownRefresh(() => list.refetch())
  useReachBottom(() => {
    if (list.hasNextPage && !list.isFetchingNextPage) list.fetchNextPage()
  })
}

/** Refetches whenever the page shows again (the first show is the initial load), if `enabled`. */
export function useRefetchOnReturn(refetch: () => unknown, enabled = true) {
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current && enabled) refetch()
    shown.current = true
  })
}
