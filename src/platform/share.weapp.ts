// Mini-program: sharing goes through the page's onShareAppMessage (the page config needs
// `enableShareAppMessage: true`) and is started by `<Button openType='share'>` or the ··· menu.
import { useRef } from 'react'
import { useShareAppMessage } from '@tarojs/taro'
import type { ShareAction, ShareTarget } from './share-core'

export type { ShareAction, ShareTarget } from './share-core'

export function fullUrl(path: string): string {
  return path
}

export function useSharePage(target: ShareTarget | null): ShareAction {
  const latest = useRef(target)
  latest.current = target
  useShareAppMessage(() => {
    const current = latest.current
    return current ? { title: current.title, path: current.path } : {}
  })
  return { openType: 'share', onShare: () => undefined }
}
