// `npx tsx mock/transports/http-main.ts` — the mock API (and optionally the H5 build) on one port.
// Env: PORT (3000), MOCK_PATENTS (50000), MOCK_LATENCY_MS (0), MOCK_FAIL_RATE (0), STATIC_DIR,
// MOCK_DATA_FILE (persist state there after every acknowledged write; restored on start).

import { createMockHttpServer, HTTP_DEFAULT_PATENTS } from './http'

function numberFromEnv(name: string, fallback: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw.trim() === '') return fallback
  const value = Number(raw)
  if (!Number.isFinite(value) || value < 0) {
    console.error(`${name} must be a non-negative number, got "${raw}"`)
    process.exit(2)
  }
  return value
}

const port = numberFromEnv('PORT', 3000)
const started = Date.now()
const server = createMockHttpServer({
  patentCount: Math.floor(numberFromEnv('MOCK_PATENTS', HTTP_DEFAULT_PATENTS)),
  latencyMs: numberFromEnv('MOCK_LATENCY_MS', 0),
  failRate: numberFromEnv('MOCK_FAIL_RATE', 0),
  staticDir: process.env.STATIC_DIR || undefined,
  dataFile: process.env.MOCK_DATA_FILE || undefined,
})
const seededMs = Date.now() - started

server.listen(port, () => {
  const address = server.address()
  const actual = typeof address === 'object' && address ? address.port : port
  console.log(`mock API listening on http://localhost:${actual}`)
  console.log(
    `  ${server.mock.db.patents.size} patents seeded in ${seededMs} ms` +
      (process.env.STATIC_DIR ? `, serving ${process.env.STATIC_DIR}` : '') +
      (process.env.MOCK_DATA_FILE ? `, state in ${process.env.MOCK_DATA_FILE}` : '') +
      (server.mock.latencyMs ? `, latency ${server.mock.latencyMs} ms` : '') +
      (server.mock.failRate ? `, fail rate ${server.mock.failRate}` : ''),
  )
})

function shutdown(): void {
  server.close(() => process.exit(0))
  // Keep-alive sockets would hold close() open; they carry no state worth waiting for.
  server.closeAllConnections()
  setTimeout(() => process.exit(0), 2000).unref()
}

process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
