import { api } from '@/api/client'
import type { SubscriptionAcceptRequest } from '@contract/subscribe'
import { requestSubscribe, subscribeTemplatesFor } from '@/platform/subscribe'
import type { SubscribePurpose } from '@/rules/subscribe'

/**
 * Asks for the subscribe message of `purpose` — call it first thing in a tap handler, before any await
 * (WeChat shows the dialog only inside the tap) — and tells the backend what was accepted, which then
 * allows exactly one send per acceptance. A refusal or a failure changes nothing: 消息 still gets it.
 */
export function subscribeInTap(purpose: SubscribePurpose): void {
  void requestSubscribe(subscribeTemplatesFor(purpose), (accepted) => {
    const body: SubscriptionAcceptRequest = { accepted: accepted.map((templateId) => ({ templateId, purpose })) }
    api('POST /api/me/subscriptions', { body }).catch(() => undefined)
  })
}
