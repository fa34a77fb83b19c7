/** The text a `qrcode` SVG data URI (as the app's QR <Image> shows it) encodes. */
export function decodeQrDataUri(src: string): string
