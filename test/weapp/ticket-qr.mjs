// What an attendee's ticket page puts in its QR (`code.step.mac`, src/utils/ticket-qr.ts), made
// here with node:crypto from the event key an officer's roster carries: the scan a desk receives.
import { createHmac } from 'node:crypto'

const hmac = (key, message) => createHmac('sha256', Buffer.from(key, 'utf8')).update(message, 'utf8').digest()

export function liveTicketQr(eventKey, ticketCode, nowMs) {
  const secret = hmac(eventKey, `ticket:${ticketCode}`).toString('base64url')
  const step = Math.floor(nowMs / 30_000)
  return `${ticketCode}.${step}.${hmac(secret, `${ticketCode}.${step}`).subarray(0, 9).toString('base64url')}`
}

/** The phone's clock as the harness will show it at the next cold start. */
export function deviceNow(device) {
  return Math.max(Date.now(), device.lastTime ?? 0)
}
