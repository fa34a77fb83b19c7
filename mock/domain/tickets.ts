// Ticket secrets for the dynamic QR and the short code (issue 18). Every event's key derives from one
// master secret, so nothing new is stored and snapshots stay as they were; a real backend keeps the
// master in its secret store. The roster hands the event key to officers (offline verification), the
// owner's registration hands the ticket secret to the attendee (the QR works offline too).

import { deriveEventKey, deriveTicketSecret, humanCode, normaliseHumanCode, parseDynamicQr, verifyDynamicQr, type QrVerdict } from '@/utils/ticket-qr'
import type { MockDb, RegistrationRow } from '../db'

/** Mock only: the master secret of every event key. */
export const TICKET_MASTER_SECRET = 'huiqi-mock-ticket-master-v1'

export function eventTicketKey(eventId: string): string {
  return deriveEventKey(TICKET_MASTER_SECRET, eventId)
}

export function ticketSecretOf(row: Pick<RegistrationRow, 'eventId' | 'ticketCode'>): string | undefined {
  return row.ticketCode ? deriveTicketSecret(eventTicketKey(row.eventId), row.ticketCode) : undefined
}

export function shortCodeOf(row: Pick<RegistrationRow, 'eventId' | 'ticketCode'>): string | undefined {
  return row.ticketCode ? humanCode(eventTicketKey(row.eventId), row.ticketCode) : undefined
}

export interface ResolvedScan {
  /** The registration the scanned text names, if any. */
  reg: RegistrationRow | undefined
  /** Set for a dynamic QR of the registration's event. */
  qr?: QrVerdict
  /** A short code whose phone digits did not match (reads as 无效票, like a wrong code). */
  phoneMismatch?: boolean
}

/**
 * What a scanned or typed text names: a bare ticket code (API.md), a dynamic QR `code.step.mac`
 * (verified against the scan time), or an 8-char short code of `eventId` with the phone's last 4.
 */
export function resolveScan(db: MockDb, text: string, eventId: string, atMs: number, phoneLast4?: string): ResolvedScan {
  const qr = parseDynamicQr(text)
  if (qr) {
    const reg = db.registrations.findBy('ticket', qr.ticketCode)
    if (!reg) return { reg: undefined }
    return { reg, qr: verifyDynamicQr(eventTicketKey(reg.eventId), qr, atMs) }
  }
  const direct = db.registrations.findBy('ticket', text)
  if (direct) return { reg: direct }
  const short = normaliseHumanCode(text)
  if (short) {
    const key = eventTicketKey(eventId)
    const reg = db.registrations.find((r) => r.eventId === eventId && !!r.ticketCode && humanCode(key, r.ticketCode) === short)
    if (!reg) return { reg: undefined }
    if (!phoneLast4 || reg.phone.slice(-4) !== phoneLast4) return { reg: undefined, phoneMismatch: true }
    return { reg }
  }
  return { reg: undefined }
}
