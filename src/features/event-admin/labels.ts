// Chinese labels of the officer's event list and form.

import { EVENT_KIND_OPTIONS, type EventKindCode } from '@/rules/officer'

export function eventKindLabel(kind: EventKindCode): string {
  return EVENT_KIND_OPTIONS.find((o) => o.code === kind)?.label ?? kind
}
