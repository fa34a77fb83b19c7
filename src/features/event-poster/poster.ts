import type { Canvas2D } from '@/platform/save-image'
import type { QrMatrix } from '@/platform/qr'

export const POSTER_WIDTH = 375
export const POSTER_HEIGHT = 620

export interface PosterContent {
  kindLabel: string
  title: string
  time: string
  venue: string
  organizer: string
  qr: QrMatrix
}

const PRIMARY = '#1f5fd6'
const TEXT = '#1d2129'
const MUTED = '#5c6370'
const FONT = '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", sans-serif'

/** Greedy wrap by measured width; CJK text has no spaces to break on, so it goes character by character. */
export function wrapText(ctx: Pick<Canvas2D, 'measureText'>, text: string, maxWidth: number, maxLines: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const ch of Array.from(text)) {
    if (ctx.measureText(line + ch).width > maxWidth && line) {
      lines.push(line)
      line = ch
      if (lines.length === maxLines) break
    } else line += ch
  }
  if (lines.length < maxLines && line) lines.push(line)
  else if (lines.length === maxLines && line && lines.join('').length < Array.from(text).length) {
    lines[maxLines - 1] = `${lines[maxLines - 1].slice(0, -1)}…`
  }
  return lines
}

/**
 * The poster is drawn with plain 2D calls so the same code makes the H5 PNG and the mini-program image.
 * Text goes through fillText, so a title that looks like HTML is painted as the characters it is.
 */
export function drawPoster(ctx: Canvas2D, content: PosterContent): void {
  const W = POSTER_WIDTH
  const pad = 28
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, W, POSTER_HEIGHT)
  ctx.fillStyle = PRIMARY
  ctx.fillRect(0, 0, W, 120)

  ctx.textBaseline = 'top'
  ctx.textAlign = 'left'
  ctx.fillStyle = '#ffffff'
  ctx.font = `bold 22px ${FONT}`
  ctx.fillText('惠企专利通', pad, 32)
  ctx.font = `14px ${FONT}`
  ctx.fillText(`${content.kindLabel} · 诚邀参加`, pad, 70)

  ctx.fillStyle = TEXT
  ctx.font = `bold 20px ${FONT}`
  let y = 148
  for (const line of wrapText(ctx, content.title, W - pad * 2, 3)) {
    ctx.fillText(line, pad, y)
    y += 30
  }
  y += 10
  ctx.font = `14px ${FONT}`
  ctx.fillStyle = MUTED
  for (const [label, value] of [
    ['时间', content.time],
    ['地点', content.venue],
    ['主办', content.organizer],
  ] as const) {
    for (const line of wrapText(ctx, `${label}：${value}`, W - pad * 2, 2)) {
      ctx.fillText(line, pad, y)
      y += 22
    }
    y += 4
  }

  const box = 150
  const qrTop = POSTER_HEIGHT - box - 70
  const qrLeft = (W - box) / 2
  const cell = box / (content.qr.size + 4)
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(qrLeft, qrTop, box, box)
  ctx.fillStyle = '#000000'
  for (let row = 0; row < content.qr.size; row++) {
    for (let col = 0; col < content.qr.size; col++) {
      // Slight overlap hides hairline seams between modules when scaled.
      if (content.qr.isDark(row, col)) ctx.fillRect(qrLeft + (col + 2) * cell, qrTop + (row + 2) * cell, cell + 0.3, cell + 0.3)
    }
  }
  ctx.textAlign = 'center'
  ctx.fillStyle = MUTED
  ctx.font = `13px ${FONT}`
  ctx.fillText('扫码查看活动详情并报名', W / 2, qrTop + box + 16)
}
