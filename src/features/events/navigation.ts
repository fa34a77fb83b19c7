import Taro from '@tarojs/taro'
import { eventPath } from '@/utils/paths'

/** Back to the event page when it is underneath (the usual path), else open it: deep links have no history. */
export function backToEvent(eventId: string): void {
  if (Taro.getCurrentPages().length > 1) {
    Taro.navigateBack()
    return
  }
  Taro.redirectTo({ url: eventPath(eventId) })
}

export function ticketUrl(registrationId: string): string {
  return `/packages/events/pages/ticket/index?id=${encodeURIComponent(registrationId)}`
}
