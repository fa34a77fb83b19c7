// Window size and element geometry behind one interface. H5 reads the DOM directly: Taro's
// getSystemInfoSync and createSelectorQuery would pull a user-agent parser and the canvas API
// (≈ 80 KB) into every list page's first load.

export interface WindowSize {
  width: number
  height: number
}

export interface ElementRect {
  top: number
  height: number
}

export function windowSize(): WindowSize {
  if (typeof window === 'undefined') return { width: 375, height: 667 }
  return { width: window.innerWidth || 375, height: window.innerHeight || 667 }
}

/** Calls `apply` with the first match's viewport rect, in a later task (never during a render). */
export function measureElement(selector: string, apply: (rect: ElementRect) => void): void {
  setTimeout(() => {
    const el = typeof document === 'undefined' ? null : document.querySelector(selector)
    if (!el) return
    const rect = el.getBoundingClientRect()
    // An element that is not laid out (a hidden page under the current one in Taro's H5 stack, or
    // jsdom) has an all-zero rect that would only mislead.
    if (rect.width === 0 && rect.height === 0) return
    apply({ top: rect.top, height: rect.height })
  }, 0)
}
