import Taro from '@tarojs/taro'

import type { CalendarEntry, CalendarOutcome } from './calendar'

export type { CalendarEntry, CalendarOutcome } from './calendar'

const seconds = (iso: string) => Math.floor(new Date(iso).getTime() / 1000)

// wx.addPhoneCalendar is not promisified by Taro, so its callbacks are wrapped here.
export function addToCalendar(entry: CalendarEntry): Promise<CalendarOutcome> {
  return new Promise((resolve, reject) => {
    Taro.addPhoneCalendar({
      title: entry.title,
      startTime: seconds(entry.startsAt),
      // Taro's typing says string; WeChat documents a unix timestamp in seconds.
      endTime: seconds(entry.endsAt) as unknown as string,
      location: entry.location,
      description: entry.description,
      alarm: true,
      alarmOffset: 3600,
      success: () => resolve('added'),
      fail: (res) => reject(new Error(res.errMsg)),
    })
  })
}
