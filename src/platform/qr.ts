import QRCode from 'qrcode'
import { eventPath } from '@/utils/paths'
import { createQr } from './qr-core'

// QR rendering lives only in subpackage pages (ticket, poster): importing this from a main-package
// page would pull the qrcode library into the main package.

export type { QrMatrix } from './qr-core'

export const { qrSvgDataUri, qrMatrix } = createQr(QRCode)

/** What the event poster's QR opens: the same event page as an H5 link. */
export function eventQrLink(eventId: string): string {
  return `${window.location.origin}${eventPath(eventId)}`
}
