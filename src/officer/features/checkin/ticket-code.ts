import { isUrlSafeId } from '@/rules'
import { parseDynamicQr } from '@/utils/ticket-qr'

/**
 * The ticket code inside whatever a QR code or the keyboard produced: the bare code (what the
 * ticket's QR holds), or a link carrying it as `ticket=` / `ticketCode=` / `code=` / `scene=`.
 * Null when it cannot be a ticket at all (shown as 无效票 without asking the server).
 */
export function extractTicketCode(raw: string): string | null {
  const text = raw.trim()
  // The ticket page's 30-second QR `code.step.mac`: checked as a whole, offline and by the server.
  if (parseDynamicQr(text)) return text
  if (isUrlSafeId(text, 32)) return text
  const m = /[?&](?:ticketCode|ticket|code|scene)=([A-Za-z0-9_%-]{1,96})/.exec(text)
  if (!m) return null
  let value = m[1]
  try {
    value = decodeURIComponent(value)
  } catch {
    return null
  }
  return isUrlSafeId(value, 32) ? value : null
}
