// Chinese labels of the check-in desk.

import type { CheckinResultCode } from '@contract/officer'
import type { LocalOutcome } from '@/stores/checkin-queue'

/** The big word on the check-in screen, and its tone. */
export const CHECKIN_OUTCOMES: Record<LocalOutcome, { title: string; tone: 'success' | 'warning' | 'danger' | 'neutral' }> = {
  ok: { title: '签到成功', tone: 'success' },
  duplicate: { title: '已签到', tone: 'warning' },
  unknown: { title: '无效票', tone: 'danger' },
  wrong_event: { title: '非本场活动', tone: 'danger' },
  not_confirmed: { title: '未确认报名', tone: 'danger' },
  outside_window: { title: '不在签到时间', tone: 'danger' },
  stale_qr: { title: '二维码已过期', tone: 'danger' },
  unverified: { title: '已记录，待核验', tone: 'neutral' },
}

export function outcomeTitle(result: CheckinResultCode | LocalOutcome): string {
  return CHECKIN_OUTCOMES[result].title
}
