import { createEvent, type DateArray } from 'ics'

export interface CalendarEntry {
  /** Stable id, so adding the same event twice updates one calendar entry. */
  uid: string
  title: string
  startsAt: string
  endsAt: string
  location: string
  description?: string
  url?: string
}

export type CalendarOutcome = 'added' | 'downloaded'

// ics wants UTC parts when inputType is utc; an ISO string with offset converts exactly through Date.
function utcParts(iso: string): DateArray {
  const d = new Date(iso)
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()]
}

export function toIcs(entry: CalendarEntry): string {
  const { error, value } = createEvent({
    uid: entry.uid,
    title: entry.title,
    start: utcParts(entry.startsAt),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: utcParts(entry.endsAt),
    endInputType: 'utc',
    endOutputType: 'utc',
    location: entry.location,
    description: entry.description,
    url: entry.url,
    alarms: [{ action: 'display', description: entry.title, trigger: { hours: 1, before: true } }],
  })
  if (error || !value) throw error ?? new Error('ics')
  return value
}

/** H5 cannot write to the phone's calendar: hand over an .ics file that the calendar app opens. */
export async function addToCalendar(entry: CalendarEntry): Promise<CalendarOutcome> {
  const blob = new Blob([toIcs(entry)], { type: 'text/calendar;charset=utf-8' })
  const href = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = href
  link.download = `${entry.uid}.ics`
  document.body.appendChild(link)
  link.click()
  link.remove()
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(href), 10_000)
  return 'downloaded'
}
