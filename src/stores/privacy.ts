import { create } from 'zustand'

/** What WeChat hands the app when a call needs consent to the 隐私保护指引 (wx.onNeedPrivacyAuthorization). */
export interface PrivacyRequest {
  /** The API that asked, e.g. `saveImageToPhotosAlbum`. */
  referrer: string
  resolve: (result: { event: 'agree' | 'disagree'; buttonId?: string }) => void
}

interface PrivacyState {
  request: PrivacyRequest | null
  ask: (request: PrivacyRequest) => void
  answer: (agree: boolean, buttonId?: string) => void
}

// UI state only, never persisted: WeChat remembers the consent itself.
export const usePrivacyStore = create<PrivacyState>()((set, get) => ({
  request: null,
  ask: (request) => {
    // A second gated call while the sheet is open: the first one is refused, the sheet now asks for the second.
    get().request?.resolve({ event: 'disagree' })
    set({ request })
  },
  answer: (agree, buttonId) => {
    const request = get().request
    set({ request: null })
    request?.resolve(agree ? { event: 'agree', buttonId } : { event: 'disagree' })
  },
}))
