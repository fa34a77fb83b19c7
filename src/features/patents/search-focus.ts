import { useState } from 'react'
import { useDidShow } from '@tarojs/taro'

// switchTab carries no query: the home page's search box leaves a note here, and the 专利 tab
// focuses its own search box the next time it shows (and only then).
let pending = false

export function requestSearchFocus(): void {
  pending = true
}

/** True (once per request) when this show of the page should focus the search box. */
export function useSearchFocusRequest(): boolean {
  const [focus, setFocus] = useState(() => {
    const was = pending
    pending = false
    return was
  })
  useDidShow(() => {
    if (pending) {
      pending = false
      setFocus(false)
      // A new render with focus=true even when it was already true from an earlier request.
      setTimeout(() => setFocus(true), 0)
    }
  })
  return focus
}
