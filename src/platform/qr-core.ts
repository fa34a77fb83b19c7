import type * as QRCodeLib from 'qrcode'

// Shared by qr.ts (H5) and qr.weapp.ts, which differ only in how they load the qrcode package.

export interface QrMatrix {
  size: number
  isDark: (row: number, col: number) => boolean
}

/**
 * qrcode encodes string input with TextEncoder, which the mini-program's JS engine (and jsdom) lack;
 * handing it ready-made UTF-8 bytes as one byte-mode segment avoids that path entirely.
 */
export function utf8Bytes(text: string): Uint8Array {
  const out: number[] = []
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i)
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00)
        i++
      }
    }
    if (code < 0x80) out.push(code)
    else if (code < 0x800) out.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f))
    else if (code < 0x10000) out.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f))
    else out.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 0x3f), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f))
  }
  return new Uint8Array(out)
}

export function createQr(lib: Pick<typeof QRCodeLib, 'toString' | 'create'>) {
  const segments = (text: string): QRCodeLib.QRCodeSegment[] => [{ data: utf8Bytes(text), mode: 'byte' }]

  /** An SVG QR as an <Image> src: vector, no canvas, the same markup in both builds. */
  async function qrSvgDataUri(text: string, options: { margin?: number; color?: string } = {}): Promise<string> {
    const svg = await lib.toString(segments(text), {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: options.margin ?? 2,
      color: { dark: options.color ?? '#000000', light: '#ffffff' },
    })
    return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
  }

  /** Module grid for drawing a QR on a canvas (the poster). */
  function qrMatrix(text: string): QrMatrix {
    const { modules } = lib.create(segments(text), { errorCorrectionLevel: 'M' })
    return { size: modules.size, isDark: (row, col) => Boolean(modules.get(row, col)) }
  }

  return { qrSvgDataUri, qrMatrix }
}
