import jsQR from 'jsqr'
import { qrMatrix, qrSvgDataUri } from '@/platform/qr'
import { utf8Bytes } from '@/platform/qr-core'
import { drawPoster, POSTER_HEIGHT, POSTER_WIDTH, wrapText } from '@/features/event-poster/poster'
import type { Canvas2D } from '@/platform/save-image'

/** Paints a module grid into RGBA pixels (4 px per module, quiet zone included) for jsQR to read back. */
function decode(text: string): string | undefined {
  const { size, isDark } = qrMatrix(text)
  const scale = 4
  const border = 4
  const width = (size + border * 2) * scale
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255)
  for (let y = 0; y < width; y++) {
    for (let x = 0; x < width; x++) {
      const row = Math.floor(y / scale) - border
      const col = Math.floor(x / scale) - border
      if (row >= 0 && col >= 0 && row < size && col < size && isDark(row, col)) {
        const i = (y * width + x) * 4
        pixels[i] = pixels[i + 1] = pixels[i + 2] = 0
      }
    }
  }
  return jsQR(pixels, width, width)?.data
}

test('should encode a ticket code and a Chinese-bearing URL that a scanner reads back exactly', () => {
  expect(decode('Xq3_9kLm-2ZpQ8rT0vWbYc')).toBe('Xq3_9kLm-2ZpQ8rT0vWbYc')
  expect(decode('https://example.cn/pages/event/index?id=ev-demo-open&from=海报')).toBe('https://example.cn/pages/event/index?id=ev-demo-open&from=海报')
})

test('should encode UTF-8 by hand exactly as the platform encoder does', () => {
  for (const text of ['abc', '惠企专利通', '😀 ok', 'é']) {
    expect(Array.from(utf8Bytes(text))).toEqual(Array.from(Buffer.from(text, 'utf8')))
  }
})

test('should give an SVG data URI usable as an image src', async () => {
  const uri = await qrSvgDataUri('ticket-123')
  expect(uri.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true)
  const svg = decodeURIComponent(uri.slice('data:image/svg+xml;charset=utf-8,'.length))
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/)
  expect(svg).toContain('<path')
})

/** A 2D context that records what is painted; every character is 10 px wide. */
function recorder() {
  const texts: string[] = []
  let rects = 0
  const ctx: Canvas2D = {
    fillStyle: '',
    font: '',
    textBaseline: 'top',
    textAlign: 'left',
    fillRect: () => {
      rects++
    },
    fillText: (text: string) => {
      texts.push(text)
    },
    measureText: (text: string) => ({ width: Array.from(text).length * 10 }) as TextMetrics,
    scale: () => undefined,
    beginPath: () => undefined,
    moveTo: () => undefined,
    lineTo: () => undefined,
    arcTo: () => undefined,
    closePath: () => undefined,
    fill: () => undefined,
  }
  return { ctx, texts, rects: () => rects }
}

test('should paint the title as literal text and every dark QR module', () => {
  const qr = qrMatrix('https://example.cn/pages/event/index?id=ev-demo-open')
  let dark = 0
  for (let r = 0; r < qr.size; r++) for (let c = 0; c < qr.size; c++) if (qr.isDark(r, c)) dark++
  const { ctx, texts, rects } = recorder()
  drawPoster(ctx, { kindLabel: '对接活动', title: '<img src=x onerror=alert(1)>', time: '2026-03-01 09:00–17:00', venue: '江门 · 会展中心', organizer: '江门市知识产权局', qr })
  expect(texts).toContain('<img src=x onerror=alert(1)>')
  expect(texts).toContain('时间：2026-03-01 09:00–17:00')
  expect(texts).toContain('地点：江门 · 会展中心')
  // Background, header band, QR backdrop, then one rect per dark module.
  expect(rects()).toBe(3 + dark)
  expect(POSTER_WIDTH).toBeLessThan(POSTER_HEIGHT)
})

test('should wrap long titles by width and mark the cut with an ellipsis', () => {
  const { ctx } = recorder()
  expect(wrapText(ctx, '一二三四五六七', 30, 3)).toEqual(['一二三', '四五六', '七'])
  expect(wrapText(ctx, '一二三四五六七八九十', 30, 2)).toEqual(['一二三', '四五…'])
})
