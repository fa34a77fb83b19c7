// `npx tsx mock/transports/http-main.ts` — the mock API (and optionally the H5 build) on one port.
// Env: PORT (3000), HOST (127.0.0.1), MOCK_PATENTS (50000), MOCK_LATENCY_MS (0), MOCK_FAIL_RATE (0),
// STATIC_DIR, MOCK_DATA_FILE (write-ahead journal, restored on start), MOCK_OFFICER_PASSCODE
// (default huiqi-officer-demo), HUIQI_ALLOWED_ORIGINS (comma-separated CORS origins; default
// HUIQI_H5_ORIGIN or http://localhost:8080).

import { DEFAULT_OFFICER_PASSCODE } from '@/rules/auth'
import { createMockHttpServer, HTTP_DEFAULT_PATENTS, type MockHttpServer } from './http'

function numberFromEnv(name: string, fallback: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw.trim() === '') return fallback
  const value = Number(raw)
  if (!Number.isFinite(value) || value < 0) {
    console.error(`${name} 应为非负数，实际为 "${raw}"`)
    process.exit(2)
  }
  return value
}

function listFromEnv(name: string): string[] | undefined {
  const raw = process.env[name]
  if (raw === undefined || raw.trim() === '') return undefined
  return raw
    .split(',')
    .map((s) => s.trim().replace(/\/+$/, ''))
    .filter(Boolean)
}

const port = numberFromEnv('PORT', 3000)
const host = process.env.HOST?.trim() || '127.0.0.1'
const passcode = process.env.MOCK_OFFICER_PASSCODE || DEFAULT_OFFICER_PASSCODE
const allowedOrigins = listFromEnv('HUIQI_ALLOWED_ORIGINS') ?? [(process.env.HUIQI_H5_ORIGIN || 'http://localhost:8080').replace(/\/+$/, '')]
const started = Date.now()
let server: MockHttpServer
try {
  server = createMockHttpServer({
    patentCount: Math.floor(numberFromEnv('MOCK_PATENTS', HTTP_DEFAULT_PATENTS)),
    latencyMs: numberFromEnv('MOCK_LATENCY_MS', 0),
    failRate: numberFromEnv('MOCK_FAIL_RATE', 0),
    staticDir: process.env.STATIC_DIR || undefined,
    dataFile: process.env.MOCK_DATA_FILE || undefined,
    officerPasscode: passcode,
    allowedOrigins,
  })
} catch (error) {
  // One line, and never the data file's content: it holds bearer tokens and phone numbers.
  console.error(`[mock] 无法启动：${error instanceof Error ? error.message.split('\n')[0] : String(error)}`)
  process.exit(1)
}
const seededMs = Date.now() - started

server.listen(port, host, () => {
  const address = server.address()
  const actual = typeof address === 'object' && address ? address.port : port
  const shown = host === '127.0.0.1' || host === '::1' || host === 'localhost' ? 'localhost' : host
  console.log(`mock API listening on http://${shown}:${actual}`)
  console.log(
    `  ${server.mock.db.patents.size} patents seeded in ${seededMs} ms` +
      (process.env.STATIC_DIR ? `, serving ${process.env.STATIC_DIR}` : '') +
      (process.env.MOCK_DATA_FILE ? `, journal in ${process.env.MOCK_DATA_FILE}` : '') +
      (server.mock.latencyMs ? `, latency ${server.mock.latencyMs} ms` : '') +
      (server.mock.failRate ? `, fail rate ${server.mock.failRate}` : ''),
  )
  console.log(`  工作人员登录口令（MOCK_OFFICER_PASSCODE）：${passcode}`)
  console.log(`  允许跨域的来源（HUIQI_ALLOWED_ORIGINS）：${allowedOrigins.join(', ') || '无'}`)
  if (shown !== 'localhost') {
    console.warn(`  警告：HOST=${host}，接口对本机以外的网络开放；演示口令人人可见，请勿在不可信的网络中使用`)
  }
})

let stopping = false
function shutdown(): void {
  if (stopping) return
  stopping = true
  // Keep-alive sockets would hold close() open; they carry no state worth waiting for.
  server.close()
  server.closeAllConnections()
  const done = () => process.exit(0)
  setTimeout(done, 2000).unref()
  if (server.journal) server.journal.close().then(done, done)
  else done()
}

process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
