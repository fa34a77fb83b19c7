import { spawn } from 'node:child_process'
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

/** Resolves once `url` answers 2xx; a server's own stdout is not a reliable signal through npx/tsx. */
export async function waitForHttp(url, timeoutMs = 60000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`)
}
