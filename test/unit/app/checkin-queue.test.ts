// The offline check-in queue with a fake transport: local verdicts from the roster, persistence
// across a restart, batched flushes, failures that keep items, and conflicts reported.

import Taro from '@tarojs/taro'
import { ApiError } from '@/api/error'
import type { CheckinItem, CheckinResult, RosterResponse } from '@contract/officer'
import { useCheckinQueue } from '@/stores/checkin-queue'

const EVENT = 'ev-today'
const OTHER = 'ev-other'

function roster(eventId: string, tickets: RosterResponse['tickets']): RosterResponse {
  return {
    event: { id: eventId, title: '对接会', venue: '报告厅', startsAt: '2026-05-20T09:00:00+08:00', endsAt: '2026-05-20T12:00:00+08:00', capacity: 500 },
    tickets,
    generatedAt: '2026-05-20T08:00:00+08:00',
  }
}

function ticket(code: string, status: RosterResponse['tickets'][number]['status'] = 'confirmed', checkedInAt?: string) {
  return { ticketCode: code, registrationId: `r-${code}`, attendeeName: `参会人${code}`, enterpriseName: `企业${code}`, status, ...(checkedInAt ? { checkedInAt } : {}) }
}

function at(i: number): string {
  return `2026-05-20T09:${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}+08:00`
}

/** A server in miniature: first scan of a confirmed ticket is ok, later ones duplicate; replays answer the same. */
function fakeServer(confirmed: string[]) {
  const checkedIn = new Map<string, string>()
  const seen = new Map<string, CheckinResult>()
  const batches: CheckinItem[][] = []
  let failOnCall = -1
  const send = jest.fn(async (items: CheckinItem[]): Promise<CheckinResult[]> => {
    batches.push(items)
    if (batches.length === failOnCall) throw new ApiError('NETWORK', 0)
    return items.map((item) => {
      const key = `${item.deviceId}:${item.ticketCode}:${item.scannedAt}`
      const replay = seen.get(key)
      if (replay) return replay
      let r: CheckinResult
      if (!confirmed.includes(item.ticketCode)) r = { ...item, result: 'unknown' }
      else if (checkedIn.has(item.ticketCode)) r = { ...item, result: 'duplicate', checkedInAt: checkedIn.get(item.ticketCode) }
      else {
        checkedIn.set(item.ticketCode, item.scannedAt)
        r = { ...item, result: 'ok', checkedInAt: item.scannedAt, attendeeName: `参会人${item.ticketCode}` }
      }
      seen.set(key, r)
      return r
    })
  })
  return {
    send,
    batches,
    checkedIn,
    failOn: (n: number) => {
      failOnCall = n
    },
  }
}

const store = () => useCheckinQueue.getState()

test('should judge offline scans from the roster with the server’s five outcomes', () => {
  store().saveRoster(roster(EVENT, [ticket('A'), ticket('B', 'checked_in', '2026-05-20T08:55:00+08:00'), ticket('C', 'cancelled')]), at(0))
  store().saveRoster(roster(OTHER, [ticket('X')]), at(0))

  expect(store().scanOffline(EVENT, 'A', at(1))).toEqual({ result: 'ok', attendeeName: '参会人A', enterpriseName: '企业A' })
  expect(store().scanOffline(EVENT, 'A', at(2))).toEqual({ result: 'duplicate', attendeeName: '参会人A', enterpriseName: '企业A', checkedInAt: at(1) })
  expect(store().scanOffline(EVENT, 'B', at(3))).toMatchObject({ result: 'duplicate', checkedInAt: '2026-05-20T08:55:00+08:00' })
  expect(store().scanOffline(EVENT, 'C', at(4)).result).toBe('not_confirmed')
  expect(store().scanOffline(EVENT, 'X', at(5))).toMatchObject({ result: 'wrong_event', attendeeName: '参会人X' })
  expect(store().scanOffline(EVENT, 'nobody', at(6)).result).toBe('unknown')
  // Every scan is queued, whatever it showed: the server has the last word.
  expect(store().queue.map((q) => [q.ticketCode, q.local])).toEqual([
    ['A', 'ok'],
    ['A', 'duplicate'],
    ['B', 'duplicate'],
    ['C', 'not_confirmed'],
    ['X', 'wrong_event'],
    ['nobody', 'unknown'],
  ])
  expect(store().queue.every((q) => q.deviceId === store().deviceId)).toBe(true)
})

test('should mark scans without a roster as unverified and still catch a repeat on this device', () => {
  expect(store().scanOffline(EVENT, 'Q', at(1)).result).toBe('unverified')
  expect(store().scanOffline(EVENT, 'Q', at(2))).toEqual({ result: 'duplicate', checkedInAt: at(1) })
})

test('should keep the queue, rosters and device id across an app restart', async () => {
  store().saveRoster(roster(EVENT, [ticket('A'), ticket('B')]), at(0))
  store().scanOffline(EVENT, 'A', at(1))
  store().scanOffline(EVENT, 'B', at(2))
  const deviceId = store().deviceId
  const onDisk = Taro.getStorageSync('huiqi-checkin-queue') as string
  expect(JSON.parse(onDisk).state.queue).toHaveLength(2)

  // The process dies: memory is gone, the storage survives.
  useCheckinQueue.setState({ queue: [], rosters: {}, deviceId: 'd-other' })
  Taro.setStorageSync('huiqi-checkin-queue', onDisk)
  await useCheckinQueue.persist.rehydrate()

  expect(store().deviceId).toBe(deviceId)
  expect(store().queue.map((q) => q.ticketCode)).toEqual(['A', 'B'])
  expect(store().rosters[EVENT].tickets.map((t) => t.status)).toEqual(['checked_in', 'checked_in'])
})

test('should flush 120 queued scans in batches of 50 and empty the queue once acknowledged', async () => {
  const codes = Array.from({ length: 120 }, (_, i) => `T${i}`)
  store().saveRoster(roster(EVENT, codes.map((c) => ticket(c))), at(0))
  codes.forEach((c, i) => store().scanOffline(EVENT, c, at(i + 1)))
  const server = fakeServer(codes)

  const outcome = await store().flush(server.send)

  expect(server.batches.map((b) => b.length)).toEqual([50, 50, 20])
  expect(outcome).toEqual({ acknowledged: 120, conflicts: [] })
  expect(store().queue).toEqual([])
  expect(server.checkedIn.size).toBe(120)
  expect(store().syncing).toBe(false)
})

test('should keep every unacknowledged scan, in order, when a batch fails, and send them on the next flush', async () => {
  const codes = Array.from({ length: 120 }, (_, i) => `T${i}`)
  store().saveRoster(roster(EVENT, codes.map((c) => ticket(c))), at(0))
  codes.forEach((c, i) => store().scanOffline(EVENT, c, at(i + 1)))
  const server = fakeServer(codes)
  server.failOn(2)

  const failed = await store().flush(server.send)
  expect(failed).toMatchObject({ acknowledged: 50, error: '网络异常，请检查网络后重试' })
  expect(store().queue.map((q) => q.ticketCode)).toEqual(codes.slice(50))
  expect(store().lastSyncError).toBe('网络异常，请检查网络后重试')
  // Still on disk for a restart.
  expect(JSON.parse(Taro.getStorageSync('huiqi-checkin-queue') as string).state.queue).toHaveLength(70)

  const retried = await store().flush(server.send)
  expect(retried).toEqual({ acknowledged: 70, conflicts: [] })
  expect(store().queue).toEqual([])
  expect(store().lastSyncError).toBeNull()
  expect(server.checkedIn.size).toBe(120)
})

test('should acknowledge only the scans the server answered for', async () => {
  store().saveRoster(roster(EVENT, [ticket('A'), ticket('B')]), at(0))
  store().scanOffline(EVENT, 'A', at(1))
  store().scanOffline(EVENT, 'B', at(2))
  const send = jest.fn(async (items: CheckinItem[]): Promise<CheckinResult[]> => [{ ...items[0], result: 'ok', checkedInAt: items[0].scannedAt }])

  const outcome = await store().flush(send)
  expect(outcome).toMatchObject({ acknowledged: 1, error: '部分签到记录未获确认，稍后重试' })
  expect(store().queue.map((q) => q.ticketCode)).toEqual(['B'])
})

test('should report conflicts where the server disagrees, e.g. a ticket checked in on another device first', async () => {
  store().saveRoster(roster(EVENT, [ticket('A'), ticket('B')]), at(0))
  store().scanOffline(EVENT, 'A', at(10))
  store().scanOffline(EVENT, 'B', at(11))
  store().scanOffline(EVENT, 'new-signup', at(12))
  store().scanOffline(OTHER, 'Z', at(13))
  const server = fakeServer(['A', 'B', 'new-signup', 'Z'])
  // Gate 2 was online and got A first.
  server.checkedIn.set('A', at(5))

  const outcome = await store().flush(server.send)

  expect(outcome.acknowledged).toBe(4)
  expect(store().conflicts).toEqual([
    { ticketCode: 'A', eventId: EVENT, scannedAt: at(10), local: 'ok', result: 'duplicate', attendeeName: '参会人A', checkedInAt: at(5) },
    { ticketCode: 'new-signup', eventId: EVENT, scannedAt: at(12), local: 'unknown', result: 'ok', attendeeName: '参会人new-signup', checkedInAt: at(12) },
  ])
  // Z was unverified (no roster) and turned out fine: nothing to report. The roster now knows A's real time.
  expect(store().rosters[EVENT].tickets.find((t) => t.ticketCode === 'A')).toMatchObject({ status: 'checked_in', checkedInAt: at(5) })
  expect(store().queue).toEqual([])

  store().clearConflicts()
  expect(store().conflicts).toEqual([])
})

test('should take back a queued scan on 撤销 and free the seat on the roster again', () => {
  store().saveRoster(roster(EVENT, [ticket('A')]), at(0))
  store().scanOffline(EVENT, 'A', at(1))
  expect(store().undoQueued({ ticketCode: 'A', eventId: EVENT, scannedAt: at(1) })).toBe(true)
  expect(store().queue).toEqual([])
  expect(store().rosters[EVENT].tickets[0].status).toBe('confirmed')
  expect(store().scanOffline(EVENT, 'A', at(2)).result).toBe('ok')
  expect(store().undoQueued({ ticketCode: 'A', eventId: EVENT, scannedAt: at(99) })).toBe(false)
})

test('should not run two flushes at once', async () => {
  store().scanOffline(EVENT, 'A', at(1))
  let release: () => void = () => undefined
  const send = jest.fn(
    (items: CheckinItem[]) =>
      new Promise<CheckinResult[]>((resolve) => {
        release = () => resolve(items.map((i) => ({ ...i, result: 'ok' as const })))
      }),
  )
  const first = store().flush(send)
  expect(await store().flush(send)).toEqual({ acknowledged: 0, conflicts: [], busy: true })
  release()
  expect((await first).acknowledged).toBe(1)
  expect(send).toHaveBeenCalledTimes(1)
})
