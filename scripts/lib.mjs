import { spawn } from 'node:child_process'
import net from 'node:net'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Runs a command with inherited output; resolves with its duration in seconds, rejects on failure. */
export function run(command, args, options = {}) {
  const started = Date.now()
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', ...options, env: { ...process.env, ...options.env } })
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      if (code === 0) resolve((Date.now() - started) / 1000)
      else reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`))
    })
  })
}

export function newestMtime(dir) {
  if (!existsSync(dir)) return 0
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs)
  }
  return newest
}

/** True when dist/h5 is missing or older than anything it is built from. */
export function h5BuildIsStale() {
  const index = path.join(root, 'dist/h5/index.html')
  if (!existsSync(index)) return true
  const built = statSync(index).mtimeMs
  const inputs = ['src', 'config', 'mock'].map((d) => newestMtime(path.join(root, d)))
  inputs.push(statSync(path.join(root, 'package.json')).mtimeMs)
  return Math.max(...inputs) > built
}

/**
 * Resolves once `url` answers 2xx; a server's own stdout is not a reliable signal through tsx.
 * With `child`, fails at once if that process exits first.
 */
export async function waitForHttp(url, timeoutMs = 60000, child = null) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`${url}: the server exited early (code ${child.exitCode})`)
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not up yet (seeding 50,000 patents takes a few seconds)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`)
}

/** The mock server's command line: node itself runs it, so killing the child stops the server. */
export const MOCK_SERVER_ARGS = ['--import', 'tsx', 'mock/transports/http-main.ts']

/**
 * Starts the mock API (and the H5 build, with `STATIC_DIR` in `env`) on `port` as a child process;
 * resolves once /api/health answers, with `stop()` to end it.
 */
export async function startMockServer(port, env = {}) {
  const server = spawn(process.execPath, MOCK_SERVER_ARGS, {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, PORT: String(port), ...env },
  })
  const stop = () => {
    if (server.exitCode === null) server.kill('SIGTERM')
  }
  try {
    await waitForHttp(`http://127.0.0.1:${port}/api/health`, 120_000, server)
  } catch (error) {
    stop()
    throw error
  }
  return { base: `http://localhost:${port}`, stop }
}

/** A port nothing listens on right now, for a server started by a benchmark. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address()
      probe.close(() => resolve(port))
    })
  })
}

/**
 * The industry and region codes the server's patents carry, most used first (its own facets), so a
 * benchmark's filters are real values whatever catalogue the backend uses.
 */
export async function facetCodes(base) {
  const res = await fetch(`${base}/api/patents?pageSize=1`)
  if (!res.ok) throw new Error(`GET /api/patents → ${res.status}`)
  const { facets } = await res.json()
  const ranked = (counts) => Object.entries(counts ?? {}).sort((a, b) => b[1] - a[1]).map(([code]) => code)
  const industries = ranked(facets.industry)
  const regions = ranked(facets.region)
  if (!industries.length || !regions.length) throw new Error('GET /api/patents 没有行业或地区分面')
  return { industries: industries.slice(0, 12), regions: regions.slice(0, 12) }
}
