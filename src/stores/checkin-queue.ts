// The officer's offline check-in: downloaded rosters, scans queued while the network is gone
// (checked locally against the roster, same outcome labels), and the sync that flushes them in
// batches. Persisted through Taro storage, so a phone that restarts mid-event loses nothing.
// An item leaves the queue only once the server has answered for it; where the server's verdict
// differs from what the officer saw offline, it is kept in `conflicts` for the officer to review.

import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { ApiError, errorMessage } from '@/api/error'
import type { CheckinItem, CheckinResult, CheckinResultCode, RosterResponse, RosterTicket } from '@contract/officer'
import { taroJSONStorage } from '@/platform/storage'
import { normaliseHumanCode, parseDynamicQr, verifyDynamicQr } from '@/utils/ticket-qr'

/** `unverified`: scanned offline without a roster for the event; the server decides on sync. */
export type LocalOutcome = CheckinResultCode | 'unverified'

export interface LocalVerdict {
  result: LocalOutcome
  attendeeName?: string
  enterpriseName?: string
  /** duplicate: when the ticket was first checked in (as far as this device knows). */
  checkedInAt?: string
}

export interface QueuedScan extends CheckinItem {
  local: LocalOutcome
  attendeeName?: string
}

export interface SyncConflict {
  ticketCode: string
  eventId: string
  scannedAt: string
  local: LocalOutcome
  result: CheckinResultCode
  attendeeName?: string
  enterpriseName?: string
  checkedInAt?: string
}

export interface StoredRoster extends RosterResponse {
  downloadedAt: string
}

export type SendCheckins = (items: CheckinItem[]) => Promise<CheckinResult[]>

export interface FlushOutcome {
  /** Items the server answered for (now out of the queue). */
  acknowledged: number
  /** Conflicts found by this flush. */
  conflicts: SyncConflict[]
  /** Set when a batch failed; its items and everything after stay queued. */
  error?: string
  /** Another flush was already running. */
  busy?: boolean
}

export const SYNC_BATCH_SIZE = 50

/** A sync problem this store found itself (its message is already Chinese). */
class SyncError extends Error {}

interface CheckinQueueState {
  deviceId: string
  queue: QueuedScan[]
  rosters: Record<string, StoredRoster>
  conflicts: SyncConflict[]
  syncing: boolean
  lastSyncError: string | null
  saveRoster: (roster: RosterResponse, downloadedAt: string) => void
  /**
   * Checks a scan against the stored rosters, queues it and marks the roster; returns what to show.
   * `ticketCode` is what was scanned or typed: a bare code, a dynamic QR or a short code (with `phoneLast4`).
   */
  scanOffline: (eventId: string, ticketCode: string, scannedAt: string, phoneLast4?: string) => LocalVerdict
  /** Takes back a queued (not yet synced) scan, e.g. the officer's 撤销. Returns whether it was queued. */
  undoQueued: (item: Pick<CheckinItem, 'ticketCode' | 'eventId' | 'scannedAt'>) => boolean
  /** Keeps stored rosters in line with answers received online. */
  applyResults: (results: readonly CheckinResult[]) => void
  /** Marks a ticket confirmed again after an online undo. */
  markUndone: (eventId: string, ticketCode: string) => void
  flush: (send: SendCheckins, batchSize?: number) => Promise<FlushOutcome>
  clearConflicts: () => void
}

export function scanKey(item: Pick<CheckinItem, 'ticketCode' | 'eventId' | 'scannedAt'>): string {
  return `${item.eventId}\n${item.ticketCode}\n${item.scannedAt}`
}

function newDeviceId(): string {
  return `d-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`
}

function findTicket(roster: StoredRoster | undefined, ticketCode: string): RosterTicket | undefined {
  return roster ? roster.tickets.find((t) => t.ticketCode === ticketCode) : undefined
}

/** The bare ticket code a scanned or typed text names, as far as this device can tell. */
export function resolveTicketCode(rosters: Record<string, StoredRoster>, eventId: string, text: string): string {
  const qr = parseDynamicQr(text)
  if (qr) return qr.ticketCode
  const short = text.length <= 12 ? normaliseHumanCode(text) : null
  const ticket = short ? rosters[eventId]?.tickets.find((t) => t.shortCode === short) : undefined
  return ticket ? ticket.ticketCode : text
}

function withTicket(rosters: Record<string, StoredRoster>, eventId: string, ticketCode: string, patch: (t: RosterTicket) => RosterTicket): Record<string, StoredRoster> {
  const roster = rosters[eventId]
  if (!roster || !findTicket(roster, ticketCode)) return rosters
  return { ...rosters, [eventId]: { ...roster, tickets: roster.tickets.map((t) => (t.ticketCode === ticketCode ? patch(t) : t)) } }
}

/** What the server would say, from what this device knows. */
export function judgeOffline(
  state: Pick<CheckinQueueState, 'rosters' | 'queue'>,
  eventId: string,
  text: string,
  scannedAtMs: number = Date.now(),
  phoneLast4?: string,
): LocalVerdict {
  const roster = state.rosters[eventId]
  const ticketCode = resolveTicketCode(state.rosters, eventId, text)
  // A typed short code admits only with the attendee's phone digits, as the server checks.
  if (ticketCode !== text && !parseDynamicQr(text)) {
    const t = findTicket(roster, ticketCode)
    if (t && t.phoneLast4 && t.phoneLast4 !== phoneLast4) return { result: 'unknown' }
  }
  const ticket = findTicket(roster, ticketCode)
  if (ticket) {
    const who = { attendeeName: ticket.attendeeName, enterpriseName: ticket.enterpriseName }
    const qr = parseDynamicQr(text)
    if (qr) {
      // A roster downloaded before tickets had keys cannot tell a screenshot: the server decides.
      if (!roster?.ticketKey) return { result: 'unverified', ...who }
      const verdict = verifyDynamicQr(roster.ticketKey, qr, scannedAtMs)
      if (verdict === 'forged') return { result: 'unknown' }
      if (verdict === 'stale') return { result: 'stale_qr', ...who }
    }
    if (ticket.status === 'checked_in') return { result: 'duplicate', ...who, checkedInAt: ticket.checkedInAt }
    if (ticket.status === 'confirmed') return { result: 'ok', ...who }
    return { result: 'not_confirmed', ...who }
  }
  for (const id of Object.keys(state.rosters)) {
    const other = id === eventId ? undefined : findTicket(state.rosters[id], ticketCode)
    if (other) return { result: 'wrong_event', attendeeName: other.attendeeName, enterpriseName: other.enterpriseName }
  }
  if (!roster) {
    // No roster: at least a second scan of the same ticket on this device is caught.
    const earlier = state.queue.find((q) => q.eventId === eventId && resolveTicketCode(state.rosters, eventId, q.ticketCode) === ticketCode && (q.local === 'ok' || q.local === 'unverified'))
    return earlier ? { result: 'duplicate', checkedInAt: earlier.scannedAt } : { result: 'unverified' }
  }
  return { result: 'unknown' }
}

/** A surprise worth showing: the server disagrees with what the officer saw (an unverified scan that turned out fine is not one). */
function isConflict(local: LocalOutcome, result: CheckinResultCode): boolean {
  return local !== result && !(local === 'unverified' && result === 'ok')
}

export const useCheckinQueue = create<CheckinQueueState>()(
  persist(
    (set, get) => ({
      deviceId: newDeviceId(),
      queue: [],
      rosters: {},
      conflicts: [],
      syncing: false,
      lastSyncError: null,

      saveRoster: (roster, downloadedAt) =>
        set((s) => {
          // Scans still queued for this event stay checked in on the fresh roster.
          const pending = new Set(s.queue.filter((q) => q.eventId === roster.event.id && q.local === 'ok').map((q) => resolveTicketCode(s.rosters, q.eventId, q.ticketCode)))
          const tickets = roster.tickets.map((t) => (pending.has(t.ticketCode) && t.status === 'confirmed' ? { ...t, status: 'checked_in' as const } : t))
          return { rosters: { ...s.rosters, [roster.event.id]: { ...roster, tickets, downloadedAt } } }
        }),

      scanOffline: (eventId, ticketCode, scannedAt, phoneLast4) => {
        const state = get()
        const verdict = judgeOffline(state, eventId, ticketCode, Date.parse(scannedAt), phoneLast4)
        const item: QueuedScan = { ticketCode, eventId, scannedAt, deviceId: state.deviceId, local: verdict.result }
        if (phoneLast4) item.phoneLast4 = phoneLast4
        if (verdict.attendeeName) item.attendeeName = verdict.attendeeName
        const code = resolveTicketCode(state.rosters, eventId, ticketCode)
        set((s) => ({
          queue: [...s.queue, item],
          rosters: verdict.result === 'ok' ? withTicket(s.rosters, eventId, code, (t) => ({ ...t, status: 'checked_in', checkedInAt: scannedAt })) : s.rosters,
        }))
        return verdict
      },

      undoQueued: (target) => {
        const key = scanKey(target)
        const item = get().queue.find((q) => scanKey(q) === key)
        if (!item) return false
        set((s) => ({
          queue: s.queue.filter((q) => scanKey(q) !== key),
          rosters:
            item.local === 'ok'
              ? withTicket(s.rosters, item.eventId, resolveTicketCode(s.rosters, item.eventId, item.ticketCode), ({ checkedInAt: _at, ...t }) => ({ ...t, status: 'confirmed' }))
              : s.rosters,
        }))
        return true
      },

      applyResults: (results) =>
        set((s) => {
          let rosters = s.rosters
          for (const r of results) {
            if ((r.result === 'ok' || r.result === 'duplicate') && r.checkedInAt) {
              const at = r.checkedInAt
              rosters = withTicket(rosters, r.eventId, resolveTicketCode(rosters, r.eventId, r.ticketCode), (t) => ({ ...t, status: 'checked_in', checkedInAt: at }))
            }
          }
          return rosters === s.rosters ? {} : { rosters }
        }),

      markUndone: (eventId, ticketCode) =>
        set((s) => ({ rosters: withTicket(s.rosters, eventId, ticketCode, ({ checkedInAt: _at, ...t }) => ({ ...t, status: 'confirmed' })) })),

      flush: async (send, batchSize = SYNC_BATCH_SIZE) => {
        if (get().syncing) return { acknowledged: 0, conflicts: [], busy: true }
        set({ syncing: true, lastSyncError: null })
        const found: SyncConflict[] = []
        let acknowledged = 0
        try {
          for (;;) {
            const batch = get().queue.slice(0, batchSize)
            if (batch.length === 0) break
            // Each item keeps the scan's own time: the server lets the earliest scan of a ticket win.
            const results = await send(batch.map(({ ticketCode, eventId, scannedAt, deviceId, phoneLast4 }) => (phoneLast4 ? { ticketCode, eventId, scannedAt, deviceId, phoneLast4 } : { ticketCode, eventId, scannedAt, deviceId })))
            // Only an answer that lines up with what was sent acknowledges anything.
            const answered = new Map<string, CheckinResult>()
            batch.forEach((item, i) => {
              const r = results[i]
              if (r && r.ticketCode === item.ticketCode && r.scannedAt === item.scannedAt) answered.set(scanKey(item), r)
            })
            if (answered.size === 0) throw new SyncError('服务器的签到回执与提交内容不一致')
            const batchConflicts: SyncConflict[] = []
            for (const item of batch) {
              const r = answered.get(scanKey(item))
              if (!r || !isConflict(item.local, r.result)) continue
              const c: SyncConflict = { ticketCode: item.ticketCode, eventId: item.eventId, scannedAt: item.scannedAt, local: item.local, result: r.result }
              if (r.attendeeName ?? item.attendeeName) c.attendeeName = r.attendeeName ?? item.attendeeName
              if (r.enterpriseName) c.enterpriseName = r.enterpriseName
              if (r.checkedInAt) c.checkedInAt = r.checkedInAt
              batchConflicts.push(c)
            }
            set((s) => ({
              queue: s.queue.filter((q) => !answered.has(scanKey(q))),
              conflicts: [...s.conflicts, ...batchConflicts],
            }))
            get().applyResults(Array.from(answered.values()))
            acknowledged += answered.size
            found.push(...batchConflicts)
            if (answered.size < batch.length) throw new SyncError('部分签到记录未获确认，稍后重试')
          }
          return { acknowledged, conflicts: found }
        } catch (error) {
          const message = error instanceof SyncError || error instanceof ApiError ? error.message : errorMessage(error)
          set({ lastSyncError: message })
          return { acknowledged, conflicts: found, error: message }
        } finally {
          set({ syncing: false })
        }
      },

      clearConflicts: () => set({ conflicts: [] }),
    }),
    {
      name: 'huiqi-checkin-queue',
      storage: taroJSONStorage,
      partialize: ({ deviceId, queue, rosters, conflicts }) => ({ deviceId, queue, rosters, conflicts }),
    },
  ),
)
