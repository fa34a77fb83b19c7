// On-site check-in (扫码签到): batches from online scans and from offline queues flushed later,
// the 30-second undo, and the roster officers download before going offline.
//
// Idempotency is per scan, not per request: a scan is (deviceId, ticketCode, scannedAt), stored as a
// CheckinRow with its result, so a batch replayed by a queue that never saw the acknowledgement
// returns the same results and changes nothing. Two devices scanning one ticket are two scans: the
// first to reach the server checks the attendee in; when a later flush brings an earlier scan of the
// same ticket (two desks offline), the earliest scan wins: its time and device become the check-in,
// and the other scan reads as `duplicate` with that time (issue 18).
//
// A scan's text may be a bare ticket code (API.md), a dynamic QR `code.step.mac` judged against the
// scan time (`stale_qr` when more than one step old), or an 8-char short code with `phoneLast4`.

import {
  CHECKIN_UNDO_WINDOW_MS,
  MAX_CHECKIN_BATCH,
  type CheckinItem,
  type CheckinResult,
  type CheckinResultCode,
  type CheckinStatsResponse,
  type RosterResponse,
  type RosterTicket,
} from '@contract/officer'
import type { MockContext } from '../context'
import { conflict, notFound, validationFailed } from '../core/errors'
import { toIsoCst } from '../core/time'
import type { ActorRef, CheckinRow, RegistrationRow } from '../db'
import { isPlainObject } from '@/rules/result'
import { notify } from './notify'
import { hasTicket } from './registrations/counts'
import { eventTicketKey, resolveScan, shortCodeOf } from './tickets'
import { parseDynamicQr } from '@/utils/ticket-qr'
import { transition } from './workflow'

const MAX_TICKET_TEXT = 128
const DEVICE_ID = /^[A-Za-z0-9_-]{1,64}$/
// An offline queue may be flushed days later; older or future-dated scans take the server's time.
const MAX_SCAN_AGE_MS = 7 * 24 * 3600 * 1000

function scanKey(item: CheckinItem): string {
  // A short code typed again with other phone digits is another scan, not a replay of the first.
  return `${item.deviceId}:${item.ticketCode}:${item.scannedAt}${item.phoneLast4 ? `:${item.phoneLast4}` : ''}`
}

/** Validates a `POST /api/checkins` body; field keys like `items[3].scannedAt`. */
export function readCheckinItems(body: unknown): CheckinItem[] {
  if (!isPlainObject(body) || !Array.isArray(body.items)) throw validationFailed({ items: '请提供签到记录列表 items' })
  const raw = body.items as unknown[]
  if (raw.length === 0) throw validationFailed({ items: '签到记录不能为空' })
  if (raw.length > MAX_CHECKIN_BATCH) throw validationFailed({ items: `每批最多 ${MAX_CHECKIN_BATCH} 条签到记录` })
  const fields: Record<string, string> = {}
  const items: CheckinItem[] = []
  raw.forEach((entry, i) => {
    const at = `items[${i}]`
    if (!isPlainObject(entry)) {
      fields[at] = '签到记录格式不正确'
      return
    }
    const { ticketCode, eventId, scannedAt, deviceId, phoneLast4 } = entry
    if (phoneLast4 !== undefined && (typeof phoneLast4 !== 'string' || !/^\d{4}$/.test(phoneLast4))) fields[`${at}.phoneLast4`] = '手机号后四位应为 4 位数字'
    if (typeof ticketCode !== 'string' || ticketCode.trim() === '' || ticketCode.length > MAX_TICKET_TEXT) fields[`${at}.ticketCode`] = '票码格式不正确'
    if (typeof eventId !== 'string' || eventId.trim() === '' || eventId.length > 64) fields[`${at}.eventId`] = '活动编号格式不正确'
    if (typeof scannedAt !== 'string' || scannedAt.length > 40 || Number.isNaN(Date.parse(scannedAt))) fields[`${at}.scannedAt`] = '扫码时间格式不正确'
    if (typeof deviceId !== 'string' || !DEVICE_ID.test(deviceId)) fields[`${at}.deviceId`] = '设备编号格式不正确'
    if (Object.keys(fields).length === 0) {
      const item: CheckinItem = { ticketCode: (ticketCode as string).trim(), eventId: (eventId as string).trim(), scannedAt: scannedAt as string, deviceId: deviceId as string }
      if (typeof phoneLast4 === 'string') item.phoneLast4 = phoneLast4
      items.push(item)
    }
  })
  if (Object.keys(fields).length > 0) throw validationFailed(fields, '签到记录有误')
  return items
}

function describe(item: CheckinItem, result: CheckinResultCode, reg: RegistrationRow | undefined): CheckinResult {
  const out: CheckinResult = { ticketCode: item.ticketCode, eventId: item.eventId, scannedAt: item.scannedAt, result }
  if (reg) {
    out.registrationId = reg.id
    out.attendeeName = reg.attendeeName
    out.enterpriseName = reg.enterprise.name
    if ((result === 'ok' || result === 'duplicate') && reg.checkedInAt) out.checkedInAt = reg.checkedInAt
  }
  return out
}

function checkInTime(ctx: MockContext, scannedAt: string): string {
  const now = ctx.now()
  const scanned = Date.parse(scannedAt)
  return toIsoCst(scanned <= now && scanned >= now - MAX_SCAN_AGE_MS ? scanned : now)
}

/** RULES.md → Check-in: from 2 hours before the start until the end. */
export const CHECKIN_OPENS_BEFORE_MS = 2 * 3600 * 1000

function outsideWindow(ctx: MockContext, item: CheckinItem, reg: RegistrationRow): boolean {
  const event = ctx.db.events.get(reg.eventId)
  if (!event) return false
  const at = Date.parse(checkInTime(ctx, item.scannedAt))
  return at < Date.parse(event.startsAt) - CHECKIN_OPENS_BEFORE_MS || at > Date.parse(event.endsAt)
}

function outcomeFor(ctx: MockContext, item: CheckinItem, reg: RegistrationRow | undefined, qr: string | undefined): CheckinResultCode {
  if (!reg) return 'unknown'
  if (reg.eventId !== item.eventId) return 'wrong_event'
  if (qr === 'forged') return 'unknown'
  if (qr === 'stale') return 'stale_qr'
  if (reg.status === 'checked_in') return 'duplicate'
  if (reg.status !== 'confirmed') return 'not_confirmed'
  return outsideWindow(ctx, item, reg) ? 'outside_window' : 'ok'
}

/**
 * A valid scan of a ticket already checked in, made before the recorded check-in (an offline desk
 * flushing late): the earliest scan becomes the check-in, the earlier-recorded one a duplicate.
 */
function takeEarlierScan(ctx: MockContext, item: CheckinItem, reg: RegistrationRow, by: ActorRef): RegistrationRow | null {
  if (!reg.checkedInAt || outsideWindow(ctx, item, reg)) return null
  const at = checkInTime(ctx, item.scannedAt)
  if (Date.parse(at) >= Date.parse(reg.checkedInAt)) return null
  for (const c of ctx.db.checkins.filter((c) => c.registrationId === reg.id && c.result === 'ok')) ctx.db.checkins.replace({ ...c, result: 'duplicate' })
  const next: RegistrationRow = {
    ...reg,
    checkedInAt: at,
    checkedInDeviceId: item.deviceId,
    updatedAt: toIsoCst(ctx.now()),
    timeline: [...reg.timeline, { status: 'checked_in', at: toIsoCst(ctx.now()), note: '多台设备扫码，以最早一次扫码为准更正签到时间', by }],
  }
  ctx.db.registrations.replace(next)
  return next
}

function checkInOne(ctx: MockContext, item: CheckinItem, by: ActorRef): CheckinResult {
  const key = scanKey(item)
  const seen = ctx.db.checkins.get(key)
  if (seen) {
    const reg = seen.registrationId ? ctx.db.registrations.get(seen.registrationId) : undefined
    return describe(item, seen.result, reg)
  }
  const resolved = resolveScan(ctx.db, item.ticketCode, item.eventId, Date.parse(checkInTime(ctx, item.scannedAt)), item.phoneLast4)
  let reg = resolved.reg
  let result = outcomeFor(ctx, item, reg, resolved.qr)
  if (reg && result === 'duplicate') {
    const earlier = takeEarlierScan(ctx, item, reg, by)
    if (earlier) {
      reg = earlier
      result = 'ok'
    }
  } else if (reg && result === 'ok') {
    const event = ctx.db.events.get(reg.eventId)
    reg = transition(ctx, 'registration', reg.id, 'checked_in', 'officer', {
      note: '现场签到',
      by,
      patch: { checkedInAt: checkInTime(ctx, item.scannedAt), checkedInDeviceId: item.deviceId },
      message: { type: 'status', title: '签到成功', body: `「${event ? event.title : reg.title}」已签到，欢迎参会。` },
    })
  }
  const row: CheckinRow = {
    id: key,
    ticketCode: item.ticketCode,
    eventId: item.eventId,
    registrationId: reg ? reg.id : null,
    scannedAt: item.scannedAt,
    deviceId: item.deviceId,
    result,
    receivedAt: toIsoCst(ctx.now()),
    by,
  }
  ctx.db.checkins.insert(row)
  return describe(item, result, reg)
}

/** `POST /api/checkins`: results in the order of the items. */
export function checkInBatch(ctx: MockContext, items: readonly CheckinItem[], by: ActorRef): CheckinResult[] {
  return items.map((item) => checkInOne(ctx, item, by))
}

/** Validates a `POST /api/checkins/undo` body. */
export function readUndoRequest(body: unknown): { ticketCode: string; eventId: string; deviceId: string } {
  const fields: Record<string, string> = {}
  if (!isPlainObject(body)) throw validationFailed({ _: '请求体应为 JSON 对象' }, '请求体应为 JSON 对象')
  const { ticketCode, eventId, deviceId } = body
  if (typeof ticketCode !== 'string' || ticketCode.trim() === '' || ticketCode.length > MAX_TICKET_TEXT) fields.ticketCode = '票码格式不正确'
  if (typeof eventId !== 'string' || eventId.trim() === '' || eventId.length > 64) fields.eventId = '活动编号格式不正确'
  if (typeof deviceId !== 'string' || !DEVICE_ID.test(deviceId)) fields.deviceId = '设备编号格式不正确'
  if (Object.keys(fields).length > 0) throw validationFailed(fields)
  return { ticketCode: (ticketCode as string).trim(), eventId: (eventId as string).trim(), deviceId: deviceId as string }
}

/**
 * Takes back a check-in made by mistake: `checked_in → confirmed` is deliberately not a move of the
 * state machine (nobody un-attends), so this is its one documented exception. Only the device that
 * made the check-in, only within 30 s of the server recording it; the check-in row is removed and
 * the timeline keeps a note of both moves.
 */
export function undoCheckin(ctx: MockContext, input: { ticketCode: string; eventId: string; deviceId: string }, by: ActorRef): RegistrationRow {
  const reg = ctx.db.registrations.findBy('ticket', parseDynamicQr(input.ticketCode)?.ticketCode ?? input.ticketCode)
  if (!reg || reg.eventId !== input.eventId) throw notFound('未找到该票码在本场活动的签到记录')
  if (reg.status !== 'checked_in') throw conflict('该票尚未签到，无需撤销')
  const made = ctx.db.checkins.filter((c) => c.registrationId === reg.id && c.result === 'ok')
  const last = made[made.length - 1]
  if (!last || last.deviceId !== input.deviceId) throw conflict('只能撤销本设备完成的签到')
  if (ctx.now() - Date.parse(last.receivedAt) > CHECKIN_UNDO_WINDOW_MS) throw conflict('签到已超过 30 秒，不能撤销')

  const at = toIsoCst(ctx.now())
  const { checkedInAt: _at, checkedInDeviceId: _device, ...rest } = reg
  const next: RegistrationRow = {
    ...rest,
    status: 'confirmed',
    updatedAt: at,
    timeline: [...reg.timeline, { status: 'confirmed', at, note: '工作人员撤销了误扫的签到', by }],
  }
  ctx.db.registrations.upsert(next)
  ctx.db.checkins.delete(last.id)
  const event = ctx.db.events.get(reg.eventId)
  notify(ctx, reg.userId, {
    type: 'status',
    title: '签到已撤销',
    body: `「${event ? event.title : reg.title}」的签到被工作人员撤销（误扫），请到场后重新签到。`,
    link: { kind: 'registration', id: reg.id },
  })
  return next
}

/**
 * `GET /api/events/:id/roster`: every ticket that admits someone (confirmed or checked in). A
 * cancelled or rejected registration's code is never shown again, on any endpoint; offline it reads
 * as 无效票 and the server says 未确认报名 when the queue is flushed.
 */
export function rosterOf(ctx: MockContext, eventId: string): RosterResponse {
  const event = ctx.db.events.get(eventId)
  if (!event) throw notFound('活动不存在')
  const tickets: RosterTicket[] = []
  for (const r of ctx.db.registrations.values()) {
    if (r.eventId !== eventId || !r.ticketCode || !hasTicket(r.status)) continue
    const t: RosterTicket = {
      ticketCode: r.ticketCode,
      registrationId: r.id,
      attendeeName: r.attendeeName,
      enterpriseName: r.enterprise.name,
      status: r.status,
      shortCode: shortCodeOf(r),
      phoneLast4: r.phone.slice(-4),
    }
    if (r.checkedInAt) t.checkedInAt = r.checkedInAt
    tickets.push(t)
  }
  return {
    event: { id: event.id, title: event.title, venue: event.venue, startsAt: event.startsAt, endsAt: event.endsAt, capacity: event.capacity },
    tickets,
    generatedAt: toIsoCst(ctx.now()),
    ticketKey: eventTicketKey(event.id),
  }
}

/** `GET /api/events/:id/checkin-stats`: counts per device and the latest check-ins, for every desk. */
export function checkinStats(ctx: MockContext, eventId: string): CheckinStatsResponse {
  if (!ctx.db.events.get(eventId)) throw notFound('活动不存在')
  let expected = 0
  const checkedIn: RegistrationRow[] = []
  const perDevice = new Map<string, number>()
  for (const r of ctx.db.registrations.values()) {
    if (r.eventId !== eventId || !hasTicket(r.status)) continue
    expected++
    if (r.status !== 'checked_in' || !r.checkedInAt) continue
    checkedIn.push(r)
    if (r.checkedInDeviceId) perDevice.set(r.checkedInDeviceId, (perDevice.get(r.checkedInDeviceId) ?? 0) + 1)
  }
  checkedIn.sort((a, b) => Date.parse(b.checkedInAt!) - Date.parse(a.checkedInAt!) || (a.id < b.id ? -1 : 1))
  return {
    checkedIn: checkedIn.length,
    expected,
    devices: Array.from(perDevice, ([deviceId, n]) => ({ deviceId, checkedIn: n })).sort((a, b) => (a.deviceId < b.deviceId ? -1 : 1)),
    recent: checkedIn.slice(0, 20).map((r) => {
      const out: CheckinStatsResponse['recent'][number] = { ticketCode: r.ticketCode ?? '', attendeeName: r.attendeeName, enterpriseName: r.enterprise.name, checkedInAt: r.checkedInAt! }
      if (r.checkedInDeviceId) out.deviceId = r.checkedInDeviceId
      return out
    }),
    generatedAt: toIsoCst(ctx.now()),
  }
}
