// Reads back what a QR <Image> shows: the app draws QRs as `qrcode` SVG data URIs (src/platform/qr-core.ts),
// whose dark modules are one path of `M x y` / `m dx dy` / `h n` runs. Rasterised here and decoded
// with jsQR, so a test sees the QR's content the way a scanner would, not the app's state.
import jsQR from 'jsqr'

export function decodeQrDataUri(src) {
  const comma = src.indexOf(',')
  const head = src.slice(0, comma)
  const body = src.slice(comma + 1)
  const svg = head.includes(';base64') ? Buffer.from(body, 'base64').toString('utf8') : decodeURIComponent(body)
  const size = Number(/viewBox="0 0 (\d+) (\d+)"/.exec(svg)?.[1])
  const d = [...svg.matchAll(/<path[^>]*stroke="[^"]*"[^>]*d="([^"]+)"/g)].map((m) => m[1]).join('')
  if (!size || !d) throw new Error('not a qrcode SVG')
  const dark = Array.from({ length: size }, () => new Array(size).fill(false))
  let x = 0
  let y = 0
  for (const m of d.matchAll(/([MmHhVv])\s*(-?\d+(?:\.\d+)?)(?:[\s,]+(-?\d+(?:\.\d+)?))?/g)) {
    const [, cmd, a, b] = m
    if (cmd === 'M') [x, y] = [Number(a), Number(b)]
    else if (cmd === 'm') [x, y] = [x + Number(a), y + Number(b)]
    else if (cmd === 'h') {
      const row = Math.floor(y)
      for (let i = 0; i < Number(a); i++) if (dark[row]) dark[row][x + i] = true
      x += Number(a)
    }
  }
  const scale = 4
  const px = size * scale
  const data = new Uint8ClampedArray(px * px * 4)
  for (let r = 0; r < px; r++) {
    for (let c = 0; c < px; c++) {
      const v = dark[Math.floor(r / scale)][Math.floor(c / scale)] ? 0 : 255
      const i = (r * px + c) * 4
      data[i] = data[i + 1] = data[i + 2] = v
      data[i + 3] = 255
    }
  }
  const out = jsQR(data, px, px)
  if (!out) throw new Error('QR could not be decoded')
  return out.data
}
