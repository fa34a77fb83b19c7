// Draws the four tab-bar icons (81×81 PNG, the size WeChat recommends) so no binary art has to be hand-made.
// Run once after changing a shape: node scripts/make-tab-icons.mjs
import { writeFileSync } from 'node:fs'
import { deflateSync } from 'node:zlib'

const SIZE = 81
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
const crc32 = (buf) => {
  let c = 0xffffffff
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
const chunk = (type, data) => {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([len, body, crc])
}
function png(inside, [r, g, b]) {
  const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1))
  for (let y = 0; y < SIZE; y++) {
    raw[y * (SIZE * 4 + 1)] = 0
    for (let x = 0; x < SIZE; x++) {
      // 4× supersampling for smooth edges
      let cover = 0
      for (let sy = 0; sy < 4; sy++) for (let sx = 0; sx < 4; sx++) cover += inside((x + (sx + 0.5) / 4) / SIZE, (y + (sy + 0.5) / 4) / SIZE) ? 1 : 0
      const o = y * (SIZE * 4 + 1) + 1 + x * 4
      raw[o] = r; raw[o + 1] = g; raw[o + 2] = b; raw[o + 3] = Math.round((cover / 16) * 255)
    }
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(SIZE, 0); ihdr.writeUInt32BE(SIZE, 4); ihdr[8] = 8; ihdr[9] = 6
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))])
}
const box = (x, y, x0, y0, x1, y1) => x >= x0 && x <= x1 && y >= y0 && y <= y1
const ring = (x, y, cx, cy, r0, r1) => { const d = Math.hypot(x - cx, y - cy); return d >= r0 && d <= r1 }
const outline = (x, y, x0, y0, x1, y1, w) => box(x, y, x0, y0, x1, y1) && !box(x, y, x0 + w, y0 + w, x1 - w, y1 - w)
const W = 0.07
const shapes = {
  home: (x, y) => {
    const roof = y >= 0.14 && y <= 0.5 && Math.abs(x - 0.5) <= (y - 0.14) * 1.1 + 0.02 && Math.abs(x - 0.5) >= (y - 0.14) * 1.1 - W * 1.4
    return roof || (outline(x, y, 0.24, 0.46, 0.76, 0.86, W) && !box(x, y, 0.43, 0.62, 0.57, 0.9)) || outline(x, y, 0.43, 0.62, 0.57, 0.86, W * 0.8)
  },
  patents: (x, y) => outline(x, y, 0.22, 0.12, 0.78, 0.88, W) || box(x, y, 0.33, 0.32, 0.67, 0.32 + W * 0.8) || box(x, y, 0.33, 0.48, 0.67, 0.48 + W * 0.8) || box(x, y, 0.33, 0.64, 0.55, 0.64 + W * 0.8),
  events: (x, y) => outline(x, y, 0.16, 0.2, 0.84, 0.86, W) || box(x, y, 0.16, 0.2, 0.84, 0.38) || box(x, y, 0.3, 0.1, 0.3 + W, 0.28) || box(x, y, 0.63, 0.1, 0.63 + W, 0.28) || box(x, y, 0.3, 0.5, 0.42, 0.6) || box(x, y, 0.58, 0.5, 0.7, 0.6) || box(x, y, 0.3, 0.68, 0.42, 0.76),
  me: (x, y) => ring(x, y, 0.5, 0.33, 0.12, 0.12 + W) || (ring(x, y, 0.5, 0.95, 0.3, 0.3 + W) && y < 0.86) || (y >= 0.8 && y <= 0.86 && Math.abs(x - 0.5) <= 0.37),
}
for (const [name, inside] of Object.entries(shapes)) {
  writeFileSync(new URL(`../src/assets/tab/${name}.png`, import.meta.url), png(inside, [0x7a, 0x7e, 0x85]))
  writeFileSync(new URL(`../src/assets/tab/${name}-active.png`, import.meta.url), png(inside, [0x1f, 0x5f, 0xd6]))
}
