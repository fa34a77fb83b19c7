import { eventPath } from '@/utils/paths'
import { createQr } from './qr-core'

// The package's Node entry (lib/index.js) reaches for fs and pngjs; the mini-program build takes the
// browser entry explicitly instead of relying on the package's `browser` field being honoured.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const QRCode = require('qrcode/lib/browser') as typeof import('qrcode')

export type { QrMatrix } from './qr-core'

export const { qrSvgDataUri, qrMatrix } = createQr(QRCode)

/**
 * A mini-program has no origin of its own: the poster QR opens the H5 event page at the origin set at
 * build time (HUIQI_H5_ORIGIN). A backend-issued mini-program code with `scene=<id>` could replace it.
 */
export function eventQrLink(eventId: string): string {
  return `${HUIQI_H5_ORIGIN.replace(/\/+$/, '')}${eventPath(eventId)}`
}
