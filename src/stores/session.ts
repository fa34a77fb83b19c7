import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { User } from '@contract/common'
import { taroJSONStorage } from '@/platform/storage'

interface SessionState {
  token: string | null
  user: User | null
  /** Where sign-in was asked for (a page URL), to go back to once signed in; never persisted. */
  returnTo: string | null
  setSession: (token: string, user: User) => void
  setReturnTo: (url: string | null) => void
  clear: () => void
}

export const useSessionStore = create<SessionState>()(
  persist(
    (set) => ({
      token: null,
      user: null,
      returnTo: null,
      setSession: (token, user) => set({ token, user }),
      setReturnTo: (returnTo) => set({ returnTo }),
      clear: () => set({ token: null, user: null }),
    }),
    { name: 'huiqi-session', storage: taroJSONStorage, partialize: ({ token, user }) => ({ token, user }) },
  ),
)
