import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { taroJSONStorage } from '@/platform/storage'

export type Draft = Record<string, string>

interface DraftsState {
  drafts: Record<string, Draft>
  saveDraft: (formId: string, values: Draft) => void
  clearDraft: (formId: string) => void
}

// Half-filled forms survive the app being closed; a successful submit clears its draft.
export const useDraftsStore = create<DraftsState>()(
  persist(
    (set) => ({
      drafts: {},
      saveDraft: (formId, values) => set((s) => ({ drafts: { ...s.drafts, [formId]: values } })),
      clearDraft: (formId) =>
        set((s) => {
          const { [formId]: _removed, ...rest } = s.drafts
          return { drafts: rest }
        }),
    }),
    { name: 'huiqi-drafts', storage: taroJSONStorage, partialize: ({ drafts }) => ({ drafts }) },
  ),
)
