import dayjs, { type ConfigType, type Dayjs } from 'dayjs'
import utc from 'dayjs/plugin/utc'
import { CST_OFFSET_MS } from '@/rules/time'

dayjs.extend(utc)

const CHINA_UTC_OFFSET_MINUTES = CST_OFFSET_MS / 60_000

/**
 * Every time in this app is a time in China (an event in 江门 starts at 09:00 there), so it is shown
 * as Beijing wall-clock time whatever zone the phone is set to.
 */
export function chinaTime(input?: ConfigType): Dayjs {
  return dayjs(input).utcOffset(CHINA_UTC_OFFSET_MINUTES)
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/

/** `YYYY-MM-DD` of an ISO instant in China; a bare date is already a calendar day and stays as it is. */
export function chinaDate(iso: string): string {
  return DATE_ONLY.test(iso) ? iso : chinaTime(iso).format('YYYY-MM-DD')
}
