import Taro from '@tarojs/taro'

import type { SubscribeOutcome } from './subscribe-core'

export type { SubscribeOutcome } from './subscribe-core'
export { subscribeTemplates, subscribeTemplatesFor } from './subscribe-core'

/**
 * WeChat only shows the subscribe dialog when wx.requestSubscribeMessage runs in the same tick as the
 * user's tap, so this starts the call at once and never awaits before it; callers must not either.
 * A refusal or an unconfigured template must not block sign-up, so failures resolve, never reject.
 */
export function requestSubscribe(templateIds: readonly string[], onAccepted?: (templateIds: string[]) => void): Promise<SubscribeOutcome> {
  const tmplIds = templateIds.filter(Boolean).slice(0, 3)
  if (tmplIds.length === 0) return Promise.resolve('skipped')
  return new Promise((resolve) => {
    try {
      Taro.requestSubscribeMessage({
        tmplIds,
        entityIds: [],
        success: (res) => {
          const answers = res as unknown as Record<string, string>
          const accepted = tmplIds.filter((id) => answers[id] === 'accept')
          if (accepted.length > 0 && onAccepted) onAccepted(accepted)
          resolve('asked')
        },
        fail: () => resolve('failed'),
      })
    } catch {
      resolve('failed')
    }
  })
}
