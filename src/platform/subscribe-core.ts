// Shared by both builds' subscribe files (a value import between a platform file and its twin would
// resolve to the weapp file itself in the weapp build).

import type { SubscribePurpose } from '@/rules/subscribe'

export type SubscribeOutcome = 'asked' | 'skipped' | 'failed'

/** The configured templates, capped at the 3 WeChat accepts per call. */
export function subscribeTemplates(): string[] {
  return HUIQI_SUBSCRIBE_TEMPLATES.filter(Boolean).slice(0, 3)
}

/**
 * `HUIQI_SUBSCRIBE_TEMPLATES` lists the template ids in a fixed order: 活动报名结果通知, then 申请进度通知
 * (许可 and 融资). Each prompt asks only for the templates its action will send.
 */
export function subscribeTemplatesFor(purpose: SubscribePurpose): string[] {
  const ids = subscribeTemplates()
  const id = purpose === 'registration' ? ids[0] : (ids[1] ?? ids[0])
  return id ? [id] : []
}
