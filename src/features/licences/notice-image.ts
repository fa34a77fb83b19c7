// The 实施许可通知 as an image to share (WeChat chat, or printed and stamped): drawn on a 2D canvas.

import type { Canvas2D } from '@/platform/canvas-image'
import type { ImplementationNotice } from './notice'

export const NOTICE_WIDTH = 375
const PAD = 24
const FONT = 13
const LINE = 21
const CONTENT = NOTICE_WIDTH - PAD * 2
// CJK glyphs are about one em wide; ASCII about half. Used to size the canvas before drawing.
const charWidth = (ch: string) => (/[\x20-\x7e]/.test(ch) ? FONT * 0.55 : FONT)

function wrap(text: string, width: number): string[] {
  const out: string[] = []
  for (const paragraph of text.split('\n')) {
    let line = ''
    let w = 0
    for (const ch of Array.from(paragraph)) {
      const cw = charWidth(ch)
      if (w + cw > width && line) {
        out.push(line)
        line = ''
        w = 0
      }
      line += ch
      w += cw
    }
    out.push(line)
  }
  return out
}

function bodyLines(n: ImplementationNotice): string[] {
  return [n.to, ...n.lines.flatMap((l) => wrap(`${l.label}：${l.value}`, CONTENT)), '', ...wrap(`　　${n.closing}`, CONTENT), '', ...n.signature.split('\n')]
}

export function noticeHeight(n: ImplementationNotice): number {
  return PAD + 32 + 12 + bodyLines(n).length * LINE + PAD
}

export function drawNotice(ctx: Canvas2D, n: ImplementationNotice): void {
  const height = noticeHeight(n)
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, NOTICE_WIDTH, height)
  ctx.fillStyle = '#1f5fd6'
  ctx.fillRect(0, 0, NOTICE_WIDTH, 4)
  ctx.textBaseline = 'top'
  ctx.textAlign = 'center'
  ctx.fillStyle = '#1d2129'
  ctx.font = 'bold 18px sans-serif'
  ctx.fillText(n.title, NOTICE_WIDTH / 2, PAD)
  ctx.textAlign = 'left'
  ctx.font = `${FONT}px sans-serif`
  let y = PAD + 32 + 12
  for (const line of bodyLines(n)) {
    ctx.fillText(line, PAD, y)
    y += LINE
  }
}
