import { defineConfig } from '@playwright/test'

const PORT = Number(process.env.E2E_PORT || 4173)

// Debian's Chromium, never a downloaded browser: this machine has no route to browser CDNs.
export default defineConfig({
  testDir: 'test/e2e',
  // Its own folder: Playwright empties outputDir on start, and test-results/ also holds Jest's JSON.
  outputDir: 'test-results/playwright',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  // No retries: a test that passes only on a second try is a failing test; make it deterministic instead.
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: 'npx tsx mock/transports/http-main.ts',
    url: `http://localhost:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { PORT: String(PORT), STATIC_DIR: process.env.E2E_STATIC_DIR || 'dist/h5', MOCK_PATENTS: '50000' },
  },
})
