import { createQr } from './qr-core'

// The package's Node entry (lib/index.js) reaches for fs and pngjs; the mini-program build takes the
// browser entry explicitly instead of relying on the package's `browser` field being honoured.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const QRCode = require('qrcode/lib/browser') as typeof import('qrcode')

export type { QrMatrix } from './qr-core'

export const { qrSvgDataUri, qrMatrix } = createQr(QRCode)

/**
 * A mini-program has no origin of its own and no H5 origin is configured at build time, so the poster
 * QR carries the page path; WeChat's scanner shows it as text. A configured H5 origin (or a backend-issued
 * mini-program code with `scene=<id>`) would replace this.
 */
export function eventQrLink(eventId: string): string {
  return `pages/event/index?id=${encodeURIComponent(eventId)}`
}
