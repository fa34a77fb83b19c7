// The shape of a canvas image both save-image builds take: one definition for the H5 and mini-program files.

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
