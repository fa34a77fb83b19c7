// A windowed list driven by the page's own scroll, so pull-to-refresh and useReachBottom keep
// working in both builds: only the rows near the viewport are rendered, with spacer views of the
// right height above and below. Rows must all be the same height (e.g. a card with a clamped title).
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react'
import { usePageScroll } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { measureElement, windowSize } from '@/platform/layout'
import './virtual-list.scss'

export interface VirtualListProps<T> {
  items: readonly T[]
  /** Row height in design px (750-wide design), margins included. Measured at run time when possible. */
  itemHeight: number
  /** Extra rows rendered above and below the viewport. */
  overscan?: number
  itemKey: (item: T, index: number) => string
  renderItem: (item: T, index: number) => ReactNode
  /** DOM id; must be unique on the page (used to measure the list). */
  id?: string
  /**
   * Called when the rendered window reaches the last `overscan` rows, e.g. to load the next page.
   * Complements useReachBottom, which fires once per approach to the bottom and can miss a fast
   * fling that lands there in one scroll event.
   */
  onEndReached?: () => void
}

export interface VisibleRange {
  start: number
  end: number
}

/** Rows [start, end) that cover the viewport plus `overscan` rows on each side. Pure, for tests. */
export function visibleRange(count: number, rowPx: number, scrollTop: number, listTop: number, viewportPx: number, overscan: number): VisibleRange {
  if (count === 0 || rowPx <= 0) return { start: 0, end: 0 }
  const top = scrollTop - listTop
  const first = Math.floor(top / rowPx)
  const last = Math.ceil((top + viewportPx) / rowPx)
  const start = Math.min(count, Math.max(0, first - overscan))
  const end = Math.min(count, Math.max(start, last + overscan))
  return { start, end }
}

// The first paint renders just the screenful; the overscan rows follow a moment later (or at the
// first scroll), in a task of their own, so a phone's first frame of a list is not held up by rows
// nobody sees yet.
const OVERSCAN_DELAY_MS = 100

export function VirtualList<T>({ items, itemHeight, overscan: fullOverscan = 4, itemKey, renderItem, id = 'virtual-list', onEndReached }: VirtualListProps<T>) {
  const [painted, setPainted] = useState(false)
  useEffect(() => {
    const timer = setTimeout(() => setPainted(true), OVERSCAN_DELAY_MS)
    return () => clearTimeout(timer)
  }, [])
  const overscan = painted ? fullOverscan : 0
  const [geometry] = useState(() => {
    const { width, height } = windowSize()
    // Design px → px: both builds scale a 750-wide design to the window width (rpx / rem).
    return { rowPx: (itemHeight * width) / 750, viewportPx: height, listTop: 0, scrollTop: 0 }
  })
  const geo = useRef(geometry)
  const count = items.length
  const [range, setRange] = useState<VisibleRange>(() => visibleRange(count, geometry.rowPx, 0, 0, geometry.viewportPx, overscan))
  const [rowPx, setRowPx] = useState(geometry.rowPx)

  const update = useCallback(() => {
    const g = geo.current
    const next = visibleRange(count, g.rowPx, g.scrollTop, g.listTop, g.viewportPx, overscan)
    // Scroll events arrive many times a second; re-render only when the window actually moves.
    setRange((current) => (current.start === next.start && current.end === next.end ? current : next))
  }, [count, overscan])

  usePageScroll(({ scrollTop }) => {
    geo.current.scrollTop = scrollTop
    // Scrolling means the first frame is long on screen.
    setPainted(true)
    update()
  })

  useEffect(update, [update])

  // The estimate is exact for rpx; H5's rem clamps on very narrow or wide screens, and the header
  // above the list has no fixed height, so both are measured whenever rows arrive.
  useEffect(() => {
    if (count === 0) return
    let cancelled = false
    const measure = (selector: string, apply: (rect: { top: number; height: number }) => void) => {
      measureElement(selector, (rect) => {
        if (!cancelled) apply(rect)
      })
    }
    measure(`#${id}`, ({ top }) => {
      geo.current.listTop = top + geo.current.scrollTop
      update()
    })
    measure(`#${id} .virtual-list__row`, ({ height }) => {
      if (height > 0 && Math.abs(height - geo.current.rowPx) > 0.5) {
        geo.current.rowPx = height
        setRowPx(height)
        update()
      }
    })
    return () => {
      cancelled = true
    }
  }, [count, id, update])

  const { start, end } = range
  const endReached = useRef(onEndReached)
  endReached.current = onEndReached
  const nearEnd = count > 0 && end >= count - overscan
  useEffect(() => {
    if (nearEnd) endReached.current?.()
  }, [nearEnd, count])

  const rows: ReactNode[] = []
  for (let i = start; i < end && i < count; i++) {
    rows.push(
      <View key={itemKey(items[i], i)} className='virtual-list__row' data-index={i}>
        {renderItem(items[i], i)}
      </View>,
    )
  }
  return (
    <View id={id} className='virtual-list'>
      <View className='virtual-list__spacer' data-testid='virtual-list-spacer-top' style={{ height: `${start * rowPx}px` }} />
      {rows}
      <View className='virtual-list__spacer' data-testid='virtual-list-spacer-bottom' style={{ height: `${Math.max(0, count - end) * rowPx}px` }} />
    </View>
  )
}
