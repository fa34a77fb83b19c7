// The dynamic ticket QR (issue 18): `ticketCode.step.mac`, where step is the 30-second time step and
// mac a truncated HMAC-SHA256 of code and step under the ticket's secret. Ticket secrets derive from
// a per-event key, so an officer's offline roster (which carries the key) verifies any ticket of its
// event without the network, and a screenshot stops working after a minute. The short human code
// (8 chars Crockford base32) derives from the same key, for typing at the desk with the phone's
// last 4 digits. Pure and synchronous: the same code runs in the mock, the ticket page and the
// officer's station, in both builds (@noble/hashes; WeChat has no WebCrypto).

import { hmac } from '@noble/hashes/hmac'
import { sha256 } from '@noble/hashes/sha256'

export const QR_STEP_MS = 30_000
/** Bytes of the HMAC kept in the QR: 72 bits, 12 base64url chars. */
const MAC_BYTES = 9
const HUMAN_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

function utf8(text: string): Uint8Array {
  const out: number[] = []
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) out.push(c)
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f))
    else out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f))
  }
  return new Uint8Array(out)
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

function base64url(bytes: Uint8Array): string {
  let out = ''
  let i = 0
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2]
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63] + B64[(n >> 6) & 63] + B64[n & 63]
  }
  const rest = bytes.length - i
  if (rest === 1) {
    const n = bytes[i] << 16
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63]
  } else if (rest === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8)
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63] + B64[(n >> 6) & 63]
  }
  return out
}

function mac(key: string, message: string): Uint8Array {
  return hmac(sha256, utf8(key), utf8(message))
}

/** The per-event key (base64url, 43 chars) from the server's master secret. */
export function deriveEventKey(master: string, eventId: string): string {
  return base64url(mac(master, `event:${eventId}`))
}

/** The ticket's own secret, which only its holder and the event's roster can produce. */
export function deriveTicketSecret(eventKey: string, ticketCode: string): string {
  return base64url(mac(eventKey, `ticket:${ticketCode}`))
}

export function qrStep(ms: number): number {
  return Math.floor(ms / QR_STEP_MS)
}

export function qrMac(ticketSecret: string, ticketCode: string, step: number): string {
  return base64url(mac(ticketSecret, `${ticketCode}.${step}`).slice(0, MAC_BYTES))
}

/** What the ticket page puts in its QR at `nowMs`. */
export function dynamicQrText(ticketSecret: string, ticketCode: string, nowMs: number): string {
  const step = qrStep(nowMs)
  return `${ticketCode}.${step}.${qrMac(ticketSecret, ticketCode, step)}`
}

/** ms until the QR changes (for the page's refresh timer). */
export function msToNextStep(nowMs: number): number {
  return QR_STEP_MS - (nowMs % QR_STEP_MS)
}

export interface DynamicQr {
  ticketCode: string
  step: number
  mac: string
}

const DYNAMIC = /^([A-Za-z0-9_-]{1,32})\.(\d{1,12})\.([A-Za-z0-9_-]{12})$/

export function parseDynamicQr(text: string): DynamicQr | null {
  const m = DYNAMIC.exec(text.trim())
  return m ? { ticketCode: m[1], step: Number(m[2]), mac: m[3] } : null
}

export type QrVerdict = 'valid' | 'stale' | 'forged'

/**
 * A genuine QR whose step is the current one or the previous one (scanned while it turned) is valid;
 * the next one too, for a phone clock up to 30 s fast. An older genuine one is a screenshot: stale.
 */
export function verifyDynamicQr(eventKey: string, qr: DynamicQr, atMs: number): QrVerdict {
  const secret = deriveTicketSecret(eventKey, qr.ticketCode)
  if (qrMac(secret, qr.ticketCode, qr.step) !== qr.mac) return 'forged'
  const now = qrStep(atMs)
  return qr.step >= now - 1 && qr.step <= now + 1 ? 'valid' : 'stale'
}

/** 8 chars of Crockford base32 (no I L O U): 40 bits of the event key's HMAC of the ticket code. */
export function humanCode(eventKey: string, ticketCode: string): string {
  const bytes = mac(eventKey, `human:${ticketCode}`)
  let bits = 0
  let value = 0
  let out = ''
  for (let i = 0; out.length < 8; i++) {
    value = (value << 8) | bytes[i]
    bits += 8
    while (bits >= 5 && out.length < 8) {
      out += HUMAN_ALPHABET[(value >> (bits - 5)) & 31]
      bits -= 5
    }
    value &= (1 << bits) - 1
  }
  return out
}

/**
 * What the officer typed as a short code, or null: case-insensitive, spaces and dashes ignored, and
 * as Crockford base32 reads them, I and L as 1 and O as 0 (U is never a digit).
 */
export function normaliseHumanCode(input: string): string | null {
  const text = input.replace(/[\s-]/g, '').toUpperCase().replace(/[IL]/g, '1').replace(/O/g, '0')
  if (text.length !== 8) return null
  for (const ch of text) if (HUMAN_ALPHABET.indexOf(ch) < 0) return null
  return text
}

/** `ABCD2345` → `ABCD 2345`, how the ticket shows it. */
export function formatHumanCode(code: string): string {
  return `${code.slice(0, 4)} ${code.slice(4)}`
}
