import { chinaTime } from '@/utils/china-time'
import type { EventKind, EventStatus, EventSummary, EventWhen, MyRegistration } from '@contract/events'
import { statusLabel } from '@/rules'
import { formatDateTime } from '@/utils/format'

export const EVENT_KIND_LABELS: Record<EventKind, string> = { matchmaking: '对接活动', financing: '入园惠企' }

export const EVENT_STATUS_FILTERS: { value: EventStatus | ''; label: string }[] = [
  { value: '', label: '全部状态' },
  { value: 'open', label: '报名中' },
  { value: 'full', label: '已满' },
  { value: 'ended', label: '已结束' },
]

export const EVENT_WHEN_FILTERS: { value: EventWhen; label: string }[] = [
  { value: 'all', label: '全部时间' },
  { value: 'week', label: '本周' },
  { value: 'month', label: '本月' },
]

type SeatsInput = Pick<EventSummary, 'status' | 'seatsLeft' | 'waitlistEnabled' | 'signupState'>

/** The one line a card and the detail page show about seats and whether sign-up is possible. */
export function seatsText(event: SeatsInput): string {
  switch (event.status) {
    case 'open':
      return `剩余 ${event.seatsLeft} 席`
    case 'full':
      return event.waitlistEnabled ? '已满，可候补' : '已满'
    case 'ended':
      return '已结束'
    default:
      return event.signupState === 'not_yet_open' ? '报名未开始' : '报名已截止'
  }
}

export function seatsTone(event: SeatsInput): 'open' | 'full' | 'closed' {
  if (event.status === 'open') return 'open'
  if (event.status === 'full') return 'full'
  return 'closed'
}

/** `2026-03-01 09:00–17:30`, or both full timestamps when the event spans days. */
export function eventTimeRange(startsAt: string, endsAt: string): string {
  const start = chinaTime(startsAt)
  const end = chinaTime(endsAt)
  const sameDay = start.format('YYYY-MM-DD') === end.format('YYYY-MM-DD')
  return `${start.format('YYYY-MM-DD HH:mm')}–${end.format(sameDay ? 'HH:mm' : 'YYYY-MM-DD HH:mm')}`
}

/** What the sign-up result and the ticket page say about a registration. */
export function registrationHeadline(reg: Pick<MyRegistration, 'status' | 'waitlistPosition'>): string {
  if (reg.status === 'waitlisted') return reg.waitlistPosition ? `已进入候补（第 ${reg.waitlistPosition} 位）` : '已进入候补'
  return statusLabel('registration', reg.status)
}

export function hasTicket(reg: Pick<MyRegistration, 'status'>): boolean {
  return reg.status === 'confirmed' || reg.status === 'checked_in'
}

type BlockerInput = Pick<EventSummary, 'status' | 'waitlistEnabled' | 'signupState' | 'signupOpensAt'>

/** Why sign-up is not offered right now, or null when it is (a full event with a waitlist still takes sign-ups). */
export function signupBlocker(event: BlockerInput): string | null {
  if (event.status === 'open') return null
  if (event.status === 'full') return event.waitlistEnabled ? null : '名额已满'
  if (event.status === 'ended') return '活动已结束'
  return event.signupState === 'not_yet_open' ? `报名将于 ${formatDateTime(event.signupOpensAt)} 开始` : '报名已截止'
}
