// `node scripts/screenshot.mjs`: the README picture — three H5 screens side by side, taken in
// Debian's Chromium against the built app and the mock server.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { chromium } from '@playwright/test'
import { h5BuildIsStale, root, run, startMockServer } from './lib.mjs'

const PORT = 4391
const SCREENS = ['/', '/pages/patents/index', '/pages/event/index?id=ev-demo-open']

if (h5BuildIsStale()) await run('npm', ['run', 'build:h5'])
const server = await startMockServer(PORT, { STATIC_DIR: 'dist/h5', MOCK_PATENTS: '50000' })

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
try {
  const page = await browser.newPage({ viewport: { width: 390, height: 780 }, deviceScaleFactor: 2, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  const shots = []
  for (const url of SCREENS) {
    await page.goto(`${server.base}${url}`)
    await page.waitForLoadState('networkidle')
    await page.waitForTimeout(500)
    shots.push((await page.screenshot()).toString('base64'))
  }
  const html = `<body style="margin:0;background:#e9edf5;display:flex;gap:24px;padding:24px">${shots
    .map((b) => `<img style="width:390px;border-radius:16px;box-shadow:0 4px 16px rgba(0,0,0,.12)" src="data:image/png;base64,${b}">`)
    .join('')}</body>`
  const sheet = await browser.newPage({ viewport: { width: 390 * 3 + 24 * 4, height: 780 + 48 }, deviceScaleFactor: 1 })
  await sheet.setContent(html)
  mkdirSync(path.join(root, 'docs'), { recursive: true })
  writeFileSync(path.join(root, 'docs/screenshot.png'), await sheet.screenshot())
  console.log('docs/screenshot.png')
} finally {
  await browser.close()
  server.stop()
}
