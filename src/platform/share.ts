// H5: there is no share sheet to hook into, so "分享" copies the page's full URL.
import { useRef } from 'react'
import Taro from '@tarojs/taro'
import { copyText } from './clipboard'
import type { ShareAction, ShareTarget } from './share-core'

export type { ShareAction, ShareTarget } from './share-core'

export function fullUrl(path: string): string {
  const origin = typeof window !== 'undefined' && window.location ? window.location.origin : ''
  return origin + path
}

/** Makes the page shareable; `target` null while the page has nothing to share yet. */
export function useSharePage(target: ShareTarget | null): ShareAction {
  const latest = useRef(target)
  latest.current = target
  return {
    onShare: () => {
      const current = latest.current
      if (!current) return
      const url = fullUrl(current.path)
      copyText(url).then((ok) => {
        if (ok) Taro.showToast({ title: '链接已复制', icon: 'success' })
        else Taro.showModal({ title: '复制失败', content: `请长按复制链接：${url}`, showCancel: false })
      })
    },
  }
}
