import { isUrlSafeId } from '@/rules'
import { normaliseHumanCode, parseDynamicQr } from '@/utils/ticket-qr'

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

export type ScanReading =
  /** The ticket page's 30-second QR, `code.step.mac` (checked against the scan time). */
  | { kind: 'dynamic'; text: string }
  /** A bare ticket code (or a link carrying one): a static pass anyone can copy, never admitted. */
  | { kind: 'static' }
  | { kind: 'invalid' }

/**
 * What the scanner read. Only the rotating QR admits: a bare code is what a forwarded text, an old
 * screenshot or a QR made from either would hold (issue 18).
 */
export function readScan(raw: string): ScanReading {
  const text = raw.trim()
  if (parseDynamicQr(text)) return { kind: 'dynamic', text }
  const m = /[?&](?:ticketCode|ticket|code|scene)=([A-Za-z0-9_.%-]{1,160})/.exec(text)
  if (m) {
    let value = m[1]
    try {
      value = decodeURIComponent(value)
    } catch {
      return { kind: 'invalid' }
    }
    if (parseDynamicQr(value)) return { kind: 'dynamic', text: value.trim() }
  }
  return extractTicketCode(text) ? { kind: 'static' } : { kind: 'invalid' }
}

export const SCAN_OR_SHORT_CODE = '请扫描电子票二维码，或输入 8 位核验码和手机尾号'
export const STATIC_CODE_SCANNED = '这不是电子票的动态二维码（可能是截图或转发的票号），请参会人打开电子票出示实时二维码'

/**
 * Why the desk's manual entry cannot be sent, in Chinese, or null when it can: only the 8-char
 * short code with the attendee's phone's last 4 digits. A long ticket code or a `code.step.mac`
 * typed by hand would admit whoever holds a copy of it, so both are refused here.
 */
export function manualEntryProblem(code: string, phoneLast4: string): string | null {
  const text = code.trim()
  if (!text) return '请输入电子票上的 8 位核验码'
  if (parseDynamicQr(text)) return `二维码内容不能手动输入。${SCAN_OR_SHORT_CODE}`
  if (!normaliseHumanCode(text)) {
    if (extractTicketCode(text) && text.length >= 16) return `不能手动输入电子票号。${SCAN_OR_SHORT_CODE}`
    return '核验码应为 8 位字母或数字（在电子票二维码下方），请核对'
  }
  const digits = phoneLast4.trim()
  if (!digits) return '请输入参会人手机号后四位'
  if (!/^\d{4}$/.test(digits)) return '手机尾号应为 4 位数字'
  return null
}
