// H5 has no subscribe messages: status changes reach people through 消息 (notifications) instead.

import type { SubscribeOutcome } from './subscribe-core'

export type { SubscribeOutcome } from './subscribe-core'
export { subscribeTemplates, subscribeTemplatesFor } from './subscribe-core'

/**
 * Must be called synchronously inside a tap handler (WeChat refuses it after an await). `onAccepted`
 * gets the templates the person accepted, which the backend counts (one acceptance, one send).
 */
export function requestSubscribe(_templateIds: readonly string[], _onAccepted?: (templateIds: string[]) => void): Promise<SubscribeOutcome> {
  return Promise.resolve('skipped')
}
