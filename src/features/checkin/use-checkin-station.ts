import { useCallback, useEffect, useRef, useState } from 'react'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { ApiError, errorMessage, isRetryable } from '@/api/error'
import { CHECKIN_UNDO_WINDOW_MS, type CheckinResult } from '@contract/officer'
import { isoCst } from '@/rules/officer'
import { resolveTicketCode, useCheckinQueue, type LocalOutcome } from '@/stores/checkin-queue'
import { normaliseHumanCode } from '@/utils/ticket-qr'
import { useOfficerEvent } from '@/shared/officer-event'
import { officerEventKeys } from '@/shared/officer-keys'
import { fetchCheckinStats, fetchRoster, fetchTicketCode, postCheckins, undoCheckin } from './api'
import { manualEntryProblem, readScan, STATIC_CODE_SCANNED } from './ticket-code'
import { useOnline } from './use-online'

export interface ShownResult {
  /** Increments per scan, so the same outcome twice still reads as a new event on screen. */
  seq: number
  ticketCode: string
  scannedAt: string
  result: LocalOutcome
  attendeeName?: string
  enterpriseName?: string
  checkedInAt?: string
  /** Judged on this device against the roster and queued for sync. */
  offline: boolean
  /** Date.now() when shown: the undo window runs from here. */
  shownAt: number
  /** Typed at the desk (short code + phone digits): 无效票 then means either may be wrong. */
  manual?: boolean
  /** The server's registration id, to find the bare code of a 核验码 check-in for 撤销. */
  registrationId?: string
  undone?: boolean
}

const RETRY_SYNC_MS = 20_000

/**
 * The scan's time to the millisecond: with the device and the ticket it names the scan, so two
 * deliberate scans within one second are two scans, while a replayed one stays the same.
 */
export function scanTime(ms: number): string {
  const millis = String(ms % 1000).padStart(3, '0')
  return isoCst(ms).replace('+08:00', `.${millis}+08:00`)
}
const LIVE_COUNT_MS = 15_000
/** Every desk at the door polls the shared counts this often online; a failed poll means offline. */
export const STATS_POLL_MS = 5_000

/**
 * One check-in desk: sends each scan to the server while it can be reached, otherwise judges it
 * against the downloaded roster and queues it; flushes the queue when the network is back; keeps
 * the last result for the 30-second 撤销; and counts 已签到 / 应到 from the best source at hand.
 */
export function useCheckinStation(eventId: string) {
  const queryClient = useQueryClient()
  const online = useOnline()
  // navigator.onLine / WeChat say "connected" on a dead Wi-Fi too: a failed request also means offline.
  const [reachable, setReachable] = useState(true)
  const deviceId = useCheckinQueue((s) => s.deviceId)
  const queue = useCheckinQueue((s) => s.queue)
  const roster = useCheckinQueue((s) => s.rosters[eventId])
  const syncing = useCheckinQueue((s) => s.syncing)
  const lastSyncError = useCheckinQueue((s) => s.lastSyncError)
  const conflicts = useCheckinQueue((s) => s.conflicts)
  // Unknown counts as offline for sending; the badge waits for the answer rather than flash 离线.
  const connected = online === true && reachable
  const event = useOfficerEvent(eventId, { refetchInterval: connected ? LIVE_COUNT_MS : false })
  // Polled while the device says it has a network, reachable or not: it is also the probe that
  // notices a dead Wi-Fi (and its recovery) by itself, without waiting for a scan to fail.
  const stats = useQuery({
    queryKey: officerEventKeys.checkinStats(eventId),
    queryFn: () => fetchCheckinStats(eventId),
    enabled: online === true,
    refetchInterval: online === true ? STATS_POLL_MS : false,
    retry: false,
  })
  const statsAt = stats.dataUpdatedAt
  const statsFailedAt = stats.errorUpdatedAt
  useEffect(() => {
    if (!statsFailedAt) return
    if (stats.error && isRetryable(stats.error)) setReachable(false)
  }, [statsFailedAt]) // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (!statsAt || !stats.data) return
    setReachable(true)
    // Another desk's earlier scan moves a check-in time: keep this device's roster in line.
    useCheckinQueue.getState().applyResults(stats.data.recent.map((r) => ({ ticketCode: r.ticketCode, eventId, scannedAt: r.checkedInAt, result: 'duplicate', checkedInAt: r.checkedInAt })))
  }, [statsAt]) // eslint-disable-line react-hooks/exhaustive-deps
  const [last, setLast] = useState<ShownResult | null>(null)
  const [submitting, setSubmitting] = useState(false)
  const [rosterState, setRosterState] = useState<{ loading: boolean; error: string }>({ loading: false, error: '' })
  const seq = useRef(0)

  const refreshCounts = useCallback(() => {
    queryClient.invalidateQueries({ queryKey: officerEventKeys.detail(eventId) })
    queryClient.invalidateQueries({ queryKey: officerEventKeys.lists() })
  }, [queryClient, eventId])

  const show = useCallback((result: Omit<ShownResult, 'seq' | 'shownAt'>) => {
    seq.current += 1
    setLast({ ...result, seq: seq.current, shownAt: Date.now() })
  }, [])

  const sync = useCallback(async () => {
    const outcome = await useCheckinQueue.getState().flush(postCheckins)
    if (outcome.busy) return outcome
    if (!outcome.error) setReachable(true)
    else if (outcome.acknowledged === 0) setReachable(false)
    if (outcome.acknowledged > 0) refreshCounts()
    return outcome
  }, [refreshCounts])

  // Back online (or the server reachable again): flush; while scans wait, retry now and then.
  const pending = queue.length
  useEffect(() => {
    if (online !== true || pending === 0) return
    void sync()
    const timer = setInterval(() => void sync(), RETRY_SYNC_MS)
    return () => clearInterval(timer)
  }, [online, reachable, pending > 0, sync]) // eslint-disable-line react-hooks/exhaustive-deps

  const check = useCallback(
    async (code: string, phoneLast4: string | undefined, manual: boolean) => {
      const scannedAt = scanTime(Date.now())
      const how = manual ? { manual: true } : {}
      setSubmitting(true)
      try {
        if (connected) {
          try {
            const [result] = await postCheckins([phoneLast4 ? { ticketCode: code, eventId, scannedAt, deviceId, phoneLast4 } : { ticketCode: code, eventId, scannedAt, deviceId }])
            useCheckinQueue.getState().applyResults([result])
            show({ ...fromServer(result), ...how })
            refreshCounts()
            return
          } catch (error) {
            // A 4xx is a real answer (e.g. signed out); only a dead network or server falls back.
            if (!isRetryable(error)) throw error
            setReachable(false)
          }
        }
        const verdict = useCheckinQueue.getState().scanOffline(eventId, code, scannedAt, phoneLast4)
        show({ ticketCode: code, scannedAt, offline: true, ...verdict, ...how })
      } finally {
        setSubmitting(false)
      }
    },
    [connected, deviceId, eventId, refreshCounts, show],
  )

  /**
   * What the scanner read. Only the rotating QR is checked (online, or offline against the roster);
   * a bare ticket code comes back as the reason it is refused, for the page to say.
   */
  const scan = useCallback(
    async (raw: string): Promise<string | null> => {
      const reading = readScan(raw)
      if (reading.kind === 'static') return STATIC_CODE_SCANNED
      if (reading.kind === 'invalid') {
        show({ ticketCode: raw.trim().slice(0, 40), scannedAt: scanTime(Date.now()), result: 'unknown', offline: false })
        return null
      }
      await check(reading.text, undefined, false)
      return null
    },
    [check, show],
  )

  /** Manual entry: the 8-char short code with the phone's last 4 digits, nothing else. */
  const enterShortCode = useCallback(
    async (code: string, phoneLast4: string): Promise<string | null> => {
      const problem = manualEntryProblem(code, phoneLast4)
      if (problem) return problem
      await check(normaliseHumanCode(code) as string, phoneLast4.trim(), true)
      return null
    },
    [check],
  )

  const undo = useCallback(async () => {
    if (!last || last.result !== 'ok' || last.undone) return
    if (Date.now() - last.shownAt > CHECKIN_UNDO_WINDOW_MS) throw new ApiError('CONFLICT', 409, '签到已超过 30 秒，不能撤销')
    const queued = useCheckinQueue.getState().undoQueued({ ticketCode: last.ticketCode, eventId, scannedAt: last.scannedAt })
    if (!queued) {
      let code = resolveTicketCode(useCheckinQueue.getState().rosters, eventId, last.ticketCode)
      // Without a roster a 核验码 stays a short code, which the undo endpoint does not take.
      if (last.registrationId && normaliseHumanCode(code) === code) code = (await fetchTicketCode(last.registrationId)) ?? code
      await undoCheckin({ ticketCode: code, eventId, deviceId })
      useCheckinQueue.getState().markUndone(eventId, code)
      refreshCounts()
    }
    setLast({ ...last, undone: true })
  }, [deviceId, eventId, last, refreshCounts])

  const downloadRoster = useCallback(async () => {
    setRosterState({ loading: true, error: '' })
    try {
      const data = await fetchRoster(eventId)
      useCheckinQueue.getState().saveRoster(data, isoCst(Date.now()))
      setRosterState({ loading: false, error: '' })
    } catch (error) {
      setRosterState({ loading: false, error: errorMessage(error) })
    }
  }, [eventId])

  const queuedHere = queue.filter((q) => q.eventId === eventId)
  const queuedOk = queuedHere.filter((q) => q.local === 'ok').length
  const live = connected && stats.data ? { checkedInCount: stats.data.checkedIn, confirmedCount: stats.data.expected } : connected ? event.data : undefined
  const counts = countsFrom(live, roster, queuedOk, event.data)
  const mine = connected && stats.data ? stats.data.devices.find((d) => d.deviceId === deviceId)?.checkedIn ?? 0 : undefined

  return {
    event,
    online: connected,
    networkKnown: online !== null,
    deviceId,
    last,
    submitting,
    scan,
    enterShortCode,
    undo,
    sync,
    syncing,
    lastSyncError,
    pendingCount: queue.length,
    conflicts,
    clearConflicts: () => useCheckinQueue.getState().clearConflicts(),
    roster,
    rosterState,
    downloadRoster,
    counts,
    /** This device's check-ins the server counts (the earliest scan's device), plus its queue. */
    deviceCount: mine === undefined ? queuedOk : mine + queuedOk,
    recent: connected && stats.data ? stats.data.recent : [],
  }
}

function fromServer(r: CheckinResult): Omit<ShownResult, 'seq' | 'shownAt'> {
  const out: Omit<ShownResult, 'seq' | 'shownAt'> = { ticketCode: r.ticketCode, scannedAt: r.scannedAt, result: r.result, offline: false }
  if (r.registrationId) out.registrationId = r.registrationId
  if (r.attendeeName) out.attendeeName = r.attendeeName
  if (r.enterpriseName) out.enterpriseName = r.enterpriseName
  if (r.checkedInAt) out.checkedInAt = r.checkedInAt
  return out
}

type EventCounts = { checkedInCount: number; confirmedCount: number }

/**
 * 已签到 N / 应到 M. Online: the server's counts plus this device's scans still waiting to sync.
 * Offline: the roster as this device has marked it; without one, the last counts seen.
 */
export function countsFrom(
  live: EventCounts | undefined,
  roster: { tickets: { status: string }[] } | undefined,
  queuedOk: number,
  stale: EventCounts | undefined,
): { checkedIn: number; expected: number } | null {
  if (live) return { checkedIn: live.checkedInCount + queuedOk, expected: live.confirmedCount }
  if (roster) {
    let checkedIn = 0
    let expected = 0
    for (const t of roster.tickets) {
      if (t.status === 'checked_in') checkedIn++
      if (t.status === 'checked_in' || t.status === 'confirmed') expected++
    }
    return { checkedIn, expected }
  }
  return stale ? { checkedIn: stale.checkedInCount + queuedOk, expected: stale.confirmedCount } : null
}
