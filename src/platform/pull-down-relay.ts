import { useEffect } from 'react'

// H5 only (the mini-program's twin is a no-op): Taro 4.1's React pull-down wrapper asks the element
// around its content for the page (`__page.onPullDownRefresh`) and for the scroll position
// (`scrollTop`), but that element is its own non-scrolling wrapper, not the page. So a pull never
// reached usePullDownRefresh (the content stayed 51 px down, nothing fetched), and every downward
// swipe counted as "at the top", so a scrolled page could not be swiped back up. Point both at the
// `.taro_page` that holds the wrapper.
const PATCHED = '__huiqiPullRelay'

type Relayed = HTMLElement & { [PATCHED]?: true; __page?: unknown }

function relay(wrapper: Relayed): void {
  if (wrapper[PATCHED]) return
  const page = wrapper.closest('.taro_page') as (HTMLElement & { __page?: unknown }) | null
  if (!page) return
  Object.defineProperty(wrapper, '__page', { configurable: true, get: () => page.__page })
  Object.defineProperty(wrapper, 'scrollTop', { configurable: true, get: () => page.scrollTop, set: (v: number) => (page.scrollTop = v) })
  wrapper[PATCHED] = true
}

/** Makes H5's pull-to-refresh call this page's usePullDownRefresh handler. */
export function usePullDownRelay(): void {
  useEffect(() => {
    document.querySelectorAll<Relayed>('.rmc-pull-to-refresh-content-wrapper').forEach(relay)
  }, [])
}
