import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type BrowserContext, type TestInfo } from '@playwright/test'
import QRCode from 'qrcode'

/**
 * A Y4M clip (what Chromium's --use-file-for-fake-video-capture plays as the camera) showing one QR
 * code, black on white, centred with a quiet zone: the ticket held up to the officer's phone.
 */
export function writeQrY4m(file: string, text: string, width = 640, height = 480, frames = 4): void {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' })
  const n = qr.modules.size
  const scale = Math.floor(Math.min(width, height) / (n + 8))
  const size = n * scale
  const left = Math.floor((width - size) / 2)
  const top = Math.floor((height - size) / 2)
  const y = Buffer.alloc(width * height, 235)
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; col++) {
      if (!qr.modules.get(row, col)) continue
      for (let dy = 0; dy < scale; dy++) y.fill(16, (top + row * scale + dy) * width + left + col * scale, (top + row * scale + dy) * width + left + (col + 1) * scale)
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2), 128)
  const frame = Buffer.concat([Buffer.from('FRAME\n'), y, chroma, chroma])
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`)
  writeFileSync(file, Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]))
}

/**
 * A Chromium whose camera shows `qrText` (the ticket held up to the desk), and a context in it set
 * up as the test project's. The caller closes the browser.
 */
export async function browserFilming(testInfo: TestInfo, qrText: string, clipName: string): Promise<{ browser: Browser; context: BrowserContext }> {
  const clip = path.join(testInfo.outputDir, `${clipName}.y4m`)
  mkdirSync(testInfo.outputDir, { recursive: true })
  writeQrY4m(clip, qrText)
  const use = testInfo.project.use
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [...(use.launchOptions?.args ?? []), '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${clip}`],
  })
  const context = await browser.newContext({
    baseURL: use.baseURL,
    viewport: use.viewport ?? undefined,
    deviceScaleFactor: use.deviceScaleFactor,
    isMobile: use.isMobile,
    hasTouch: use.hasTouch,
    locale: use.locale,
    timezoneId: use.timezoneId,
    permissions: ['camera'],
  })
  return { browser, context }
}
