import { useRef, useState } from 'react'
import { newIdempotencyKey } from '@/api/client'
import { ApiError, errorMessage } from '@/api/error'
import { useDraftsStore, type Draft } from '@/stores/drafts'

/** A code (USCC, phone) can be judged while still being typed once it has its full length. */
export function reachedLength(value: string, length: number): boolean {
  return value.replace(/[\s-]/g, '').length >= length
}

/**
 * One Idempotency-Key per intent: a double tap or a retry after a lost response sends the same key,
 * and a success starts a new intent. `busy()` refuses a second tap in the same frame, before
 * the mutation's isPending has re-rendered.
 */
export function useSubmitIntent() {
  const key = useRef<string | null>(null)
  const inFlight = useRef(false)
  return {
    busy: () => inFlight.current,
    async send<T>(request: (idempotencyKey: string) => Promise<T>): Promise<T> {
      inFlight.current = true
      key.current = key.current ?? newIdempotencyKey()
      try {
        const result = await request(key.current)
        key.current = null
        return result
      } finally {
        inFlight.current = false
      }
    },
  }
}

/**
 * What every form here shares: its draft, which fields have been touched, the backend's field
 * errors (shown first, dropped when that field is edited) and the one message above the button.
 */
export function useFormFields<F extends string>(draftId: string) {
  const draft = useDraftsStore((s) => s.drafts[draftId])
  const saveDraftAs = useDraftsStore((s) => s.saveDraft)
  const clearDraftOf = useDraftsStore((s) => s.clearDraft)
  const [touched, setTouched] = useState<Partial<Record<F, boolean>>>({})
  const [serverFields, setServerFields] = useState<Partial<Record<F, string>>>({})
  const [formError, setFormError] = useState('')
  // Whether a draft was there when the form opened: the notice is about bringing one back, not
  // about the draft this session's own keystrokes keep saving.
  const [restored, setRestored] = useState(() => Boolean(draft))

  /** The backend's message first; the local one once the field was touched or `live` says it can be judged. */
  function errorFor(name: F, localErrors: Partial<Record<F, string>>, live = false): string | undefined {
    if (serverFields[name]) return serverFields[name]
    return touched[name] || live ? localErrors[name] : undefined
  }

  const touch = (name: F) => setTouched((t) => ({ ...t, [name]: true }))

  /** After an edit of `name`: its backend error and the form message no longer apply. */
  function edited(name: F, { touch: judgeNow }: { touch: boolean }) {
    setServerFields(({ [name]: _cleared, ...rest }) => rest as Partial<Record<F, string>>)
    setFormError('')
    if (judgeNow) touch(name)
  }

  /** A submit refused locally: every field shows its error, with `message` above the button. */
  function refuse(fields: readonly F[], message: string) {
    setTouched(Object.fromEntries(fields.map((f) => [f, true])) as Partial<Record<F, boolean>>)
    setFormError(message)
  }

  /** A submit the backend refused; `toField` names the form field of each backend key (unnamed keys are dropped). */
  function failed(error: unknown, toField: (key: string) => F | undefined = (key) => key as F) {
    if (error instanceof ApiError && Object.keys(error.fields).length) {
      const mapped: Partial<Record<F, string>> = {}
      for (const [key, message] of Object.entries(error.fields)) {
        const field = toField(key)
        if (field) mapped[field] = message
      }
      setServerFields(mapped)
    }
    setFormError(errorMessage(error))
  }

  /** Back to a fresh form: no draft, nothing touched, no backend errors. */
  function discard() {
    clearDraftOf(draftId)
    setRestored(false)
    setTouched({})
    setServerFields({})
  }

  return {
    draft: draft as Draft | undefined,
    /** A draft was brought back when the form opened (and not discarded since). */
    restored,
    saveDraft: (values: Draft) => saveDraftAs(draftId, values),
    clearDraft: () => {
      clearDraftOf(draftId)
      setRestored(false)
    },
    serverFields,
    formError,
    setFormError,
    errorFor,
    touch,
    edited,
    refuse,
    failed,
    discard,
  }
}
