// `npm run lighthouse`: Lighthouse (mobile preset) in Debian's Chromium against the built H5 app
// served by the mock server; prints the scores and fails under 95 in any category.
import { spawn } from 'node:child_process'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { h5BuildIsStale, root, run } from './lib.mjs'

const PORT = Number(process.env.LIGHTHOUSE_PORT || 4390)
const PAGES = [
  ['首页', '/'],
  ['专利列表', '/pages/patents/index'],
  ['活动详情', '/pages/event/index?id=ev-demo-open'],
]
const CATEGORIES = ['performance', 'accessibility', 'best-practices']
const MIN_SCORE = 95

if (h5BuildIsStale()) await run('npm', ['run', 'build:h5'])

const server = spawn('npx', ['tsx', 'mock/transports/http-main.ts'], {
  cwd: root,
  env: { ...process.env, PORT: String(PORT), STATIC_DIR: 'dist/h5', MOCK_PATENTS: '50000' },
  stdio: ['ignore', 'pipe', 'inherit'],
})
await new Promise((resolve, reject) => {
  server.stdout.on('data', (chunk) => String(chunk).includes('listening') && resolve())
  server.on('exit', (code) => reject(new Error(`mock server exited (${code})`)))
})

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})

const rows = []
let failed = false
try {
  for (const [name, pathname] of PAGES) {
    const result = await lighthouse(`http://localhost:${PORT}${pathname}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES })
    const scores = CATEGORIES.map((c) => Math.round((result.lhr.categories[c]?.score ?? 0) * 100))
    if (scores.some((s) => s < MIN_SCORE)) {
      failed = true
      for (const audit of Object.values(result.lhr.audits)) {
        if (audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative') console.log(`  ${name}: ${audit.id} — ${audit.title} (${audit.displayValue ?? audit.score})`)
      }
    }
    rows.push([name, ...scores])
  }
} finally {
  await chrome.kill()
  server.kill('SIGTERM')
}

console.log(`\n| 页面 | 性能 | 无障碍 | 最佳实践 |\n|---|---:|---:|---:|`)
for (const r of rows) console.log(`| ${r.join(' | ')} |`)
if (failed) {
  console.error(`\n有页面低于 ${MIN_SCORE} 分`)
  process.exit(1)
}
