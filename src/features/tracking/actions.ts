// What the applicant may do next, straight from the state machine (rules/workflow) plus the one
// condition it leaves to callers: a registration can be cancelled only before the event starts.

import type { ApplicationDetail } from '@contract/tracking'
import { nextStatuses } from '@/rules'

export type ApplicantAction = 'withdraw' | 'cancel' | 'ticket'

export function applicantActions(detail: ApplicationDetail, nowMs: number): ApplicantAction[] {
  if (detail.kind === 'registration') {
    const actions: ApplicantAction[] = []
    if ((detail.status === 'confirmed' || detail.status === 'checked_in') && detail.ticketCode) actions.push('ticket')
    const started = detail.event ? Date.parse(detail.event.startsAt) <= nowMs : false
    if (!started && nextStatuses('registration', detail.status, 'applicant').includes('cancelled')) actions.push('cancel')
    return actions
  }
  const next: string[] = detail.kind === 'licence' ? nextStatuses('licence', detail.status, 'applicant') : nextStatuses('finance', detail.status, 'applicant')
  return next.includes('withdrawn') ? ['withdraw'] : []
}

export function ticketUrl(registrationId: string): string {
  return `/packages/events/pages/ticket/index?id=${encodeURIComponent(registrationId)}`
}
