// Ticket scanning, H5: the page shows the camera (getUserMedia) and frames are decoded with jsQR
// from a canvas. Only officer pages import this, so jsQR stays out of the main bundle.

import jsQR from 'jsqr'

/** `system`: a native scanner UI (Taro.scanCode); `camera`: the page shows the camera itself. */
export const SCAN_KIND: 'system' | 'camera' = 'camera'

/** Native scanner (mini-program only): the decoded text, or null when cancelled. */
export async function scanWithSystem(): Promise<string | null> {
  return null
}

export interface CameraSession {
  stop(): void
}

export function cameraSupported(): boolean {
  return typeof navigator !== 'undefined' && !!navigator.mediaDevices && typeof navigator.mediaDevices.getUserMedia === 'function'
}

const FRAME_INTERVAL_MS = 200
// A code held in front of the camera is decoded many times a second: report it once, and again
// only after it has been away (or after a pause long enough to mean "scan it again").
const SAME_CODE_PAUSE_MS = 3000

/**
 * Starts the rear camera in `video` and calls `onCode` for each QR code seen. Rejects with a Chinese
 * message when there is no camera or permission is refused.
 */
export async function startCameraScan(video: HTMLVideoElement, onCode: (text: string) => void): Promise<CameraSession> {
  if (!cameraSupported()) throw new Error('当前浏览器不支持摄像头，请手动输入核验码和手机尾号')
  let stream: MediaStream
  try {
    stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false })
  } catch (error) {
    const name = (error as { name?: string }).name
    throw new Error(name === 'NotAllowedError' ? '未获得摄像头权限，请在浏览器设置中允许，或手动输入核验码和手机尾号' : '无法打开摄像头，请手动输入核验码和手机尾号')
  }
  video.srcObject = stream
  video.setAttribute('playsinline', 'true')
  video.muted = true
  await video.play().catch(() => undefined)

  const canvas = document.createElement('canvas')
  const context = canvas.getContext('2d', { willReadFrequently: true })
  let last = ''
  let lastAt = 0
  let stopped = false
  const timer = setInterval(() => {
    if (stopped || !context || video.readyState < 2 || !video.videoWidth) return
    // Downscaled: jsQR's cost grows with pixels and a ticket fills much of the frame.
    const scale = Math.min(1, 640 / Math.max(video.videoWidth, video.videoHeight))
    canvas.width = Math.round(video.videoWidth * scale)
    canvas.height = Math.round(video.videoHeight * scale)
    context.drawImage(video, 0, 0, canvas.width, canvas.height)
    const image = context.getImageData(0, 0, canvas.width, canvas.height)
    const code = jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' })
    const now = Date.now()
    if (!code || !code.data) return
    if (code.data === last && now - lastAt < SAME_CODE_PAUSE_MS) {
      lastAt = now
      return
    }
    last = code.data
    lastAt = now
    onCode(code.data)
  }, FRAME_INTERVAL_MS)

  return {
    stop() {
      stopped = true
      clearInterval(timer)
      stream.getTracks().forEach((t) => t.stop())
      video.srcObject = null
    },
  }
}
