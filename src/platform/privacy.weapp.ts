// Mini-program: since 2023-10-17 clipboard, album, calendar and camera calls need the user's consent to
// the 隐私保护指引 first. WeChat holds the call and asks the app through onNeedPrivacyAuthorization;
// the page's PrivacySheet answers with a tap on an agreePrivacyAuthorization button (only such a tap
// counts as consent) or a refusal, and the held call then proceeds or fails (errno 104).
import { usePrivacyStore } from '@/stores/privacy'

export { isPrivacyRefusal } from './privacy-core'

declare const wx: {
  onNeedPrivacyAuthorization?: (listener: (resolve: (r: { event: 'agree' | 'disagree'; buttonId?: string }) => void, info: { referrer?: string }) => void) => void
  openPrivacyContract?: (options: { fail?: () => void }) => void
}

export function installPrivacyHandler(): void {
  // Base library < 2.32.3 has no privacy API and no consent to collect.
  wx.onNeedPrivacyAuthorization?.((resolve, info) => usePrivacyStore.getState().ask({ referrer: info?.referrer ?? '', resolve }))
}

export function openPrivacyContract(): void {
  wx.openPrivacyContract?.({})
}
