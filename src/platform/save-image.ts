import type { CanvasImage, SaveImageOutcome } from './canvas-image'

export type { Canvas2D, CanvasImage, SaveImageOutcome } from './canvas-image'

const SCALE = 2

/** H5: a PNG download (on phones the browser offers to save or share it). */
export async function saveCanvasImage(image: CanvasImage): Promise<SaveImageOutcome> {
  const canvas = document.createElement('canvas')
  canvas.width = image.width * SCALE
  canvas.height = image.height * SCALE
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('canvas 2d unavailable')
  ctx.scale(SCALE, SCALE)
  image.draw(ctx)
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'))
  if (!blob) throw new Error('canvas export failed')
  const href = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = href
  link.download = image.fileName
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(href), 10_000)
  return 'downloaded'
}
