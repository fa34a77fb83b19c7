import dayjs from 'dayjs'
import relativeTime from 'dayjs/plugin/relativeTime'
import 'dayjs/locale/zh-cn'
import { formatDateTime } from './format'

dayjs.extend(relativeTime)

const WEEK_MS = 7 * 24 * 3600 * 1000
// A server clock a little ahead of the phone's must not read as "几秒内" (in a few seconds).
const SKEW_MS = 5 * 60 * 1000
const MINUTE_MS = 60 * 1000

/** "刚刚" within a minute (not dayjs's 「几秒前」), "3 小时前" within a week, else 'YYYY-MM-DD HH:mm' (STYLE.md date format). */
export function formatUpdatedAt(iso: string, nowMs: number = Date.now()): string {
  const at = dayjs(iso)
  if (!at.isValid()) return '—'
  const age = nowMs - at.valueOf()
  if (age >= -SKEW_MS && age < MINUTE_MS) return '刚刚'
  if (age >= -SKEW_MS && age < WEEK_MS) return at.locale('zh-cn').from(dayjs(Math.max(nowMs, at.valueOf())))
  return formatDateTime(iso)
}
