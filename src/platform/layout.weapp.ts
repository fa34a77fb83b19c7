// Mini-program: the window from getWindowInfo, geometry through a selector query (answers async).
import Taro from '@tarojs/taro'
import type { ElementRect, WindowSize } from './layout'

export type { ElementRect, WindowSize } from './layout'

export function windowSize(): WindowSize {
  try {
    const info = Taro.getWindowInfo ? Taro.getWindowInfo() : Taro.getSystemInfoSync()
    return { width: info.windowWidth || 375, height: info.windowHeight || 667 }
  } catch {
    return { width: 375, height: 667 }
  }
}

export function measureElement(selector: string, apply: (rect: ElementRect) => void): void {
  Taro.createSelectorQuery()
    .select(selector)
    .boundingClientRect((rect) => {
      const r = (Array.isArray(rect) ? rect[0] : rect) as { top?: number; height?: number } | null
      if (r && typeof r.top === 'number' && typeof r.height === 'number') apply({ top: r.top, height: r.height })
    })
    .exec()
}
