/** The 2D calls poster drawing needs; the same on an HTML canvas and a mini-program `type="2d"` canvas. */
export type Canvas2D = Pick<
  CanvasRenderingContext2D,
  'fillRect' | 'fillText' | 'measureText' | 'scale' | 'beginPath' | 'moveTo' | 'lineTo' | 'arcTo' | 'closePath' | 'fill'
> & {
  fillStyle: string | CanvasGradient | CanvasPattern
  font: string
  textBaseline: CanvasTextBaseline
  textAlign: CanvasTextAlign
}

export interface CanvasImage {
  /** Logical size in px; drawn at 2× (or the device ratio) for a sharp image. */
  width: number
  height: number
  draw: (ctx: Canvas2D) => void
  fileName: string
  /** id of a `<Canvas type='2d'>` on the page; the mini-program draws there (H5 uses a detached canvas). */
  canvasId: string
}

export type SaveImageOutcome = 'saved' | 'downloaded' | 'previewed'

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
