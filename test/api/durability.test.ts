/** @jest-environment node */
// MOCK_DATA_FILE: every acknowledged write is in the journal (fdatasync'd) before its response, so a
// SIGKILL in the middle of a burst — mid-append, as often as not — loses nothing acknowledged; the
// next start drops a torn last record and keeps everything before it.

import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readdirSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { client } from './helpers'

const ROOT = path.resolve(__dirname, '../..')
const EVENT_ID = 'ev-demo-open'

function startMain(dataFile: string): Promise<{ child: ChildProcess; base: string }> {
  // node itself with tsx as a loader: `tsx` the CLI forks a child, and SIGKILL would miss the server.
  const child = spawn(process.execPath, ['--import', 'tsx', 'mock/transports/http-main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', MOCK_PATENTS: '1000', MOCK_DATA_FILE: dataFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  return new Promise((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 30000)
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const match = /listening on (http:\/\/localhost:\d+)/.exec(out)
      if (match) {
        clearTimeout(timer)
        resolve({ child, base: match[1].replace('localhost', '127.0.0.1') })
      }
    })
    child.on('exit', (code) => reject(new Error(`server exited early (${code}): ${out}`)))
  })
}

function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGKILL')
  })
}

test('should keep every acknowledged registration when the server is killed mid-burst', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'huiqi-durability-'))
  const dataFile = path.join(dir, 'state.json')
  const first = await startMain(dataFile)
  const call = client(first.base)

  const users = await Promise.all(
    Array.from({ length: 80 }, async (_, i) => {
      const res = await call('/api/auth/login', { body: { role: 'sme', code: `durable-${i}` } })
      return { code: `durable-${i}`, token: res.body.token as string }
    }),
  )

  const acknowledged: { code: string; id: string; status: string }[] = []
  let killing: Promise<void> | null = null
  await Promise.allSettled(
    users.map(async (u, i) => {
      const res = await call(`/api/events/${EVENT_ID}/registrations`, {
        token: u.token,
        body: { attendeeName: '测试用户', phone: '13800138000', enterprise: { name: `耐久测试企业${i}`, uscc: '91350100M000100Y43' } },
      })
      if (res.status === 201) acknowledged.push({ code: u.code, id: res.body.registration.id, status: res.body.registration.status })
      // Pull the plug while most of the burst is still in flight.
      if (acknowledged.length === 25 && !killing) killing = killed(first.child)
    }),
  )
  await (killing ?? killed(first.child))
  expect(acknowledged.length).toBeGreaterThanOrEqual(25)

  // One file, readable only by its owner: it holds bearer tokens and phone numbers.
  expect(readdirSync(dir).filter((f) => f.startsWith('state.json'))).toEqual(['state.json'])
  expect(statSync(dataFile).mode & 0o777).toBe(0o600)

  const second = await startMain(dataFile)
  try {
    const again = client(second.base)
    for (const ack of acknowledged) {
      const login = await again('/api/auth/login', { body: { role: 'sme', code: ack.code } })
      const res = await again(`/api/registrations/${ack.id}`, { token: login.body.token })
      expect(res.status).toBe(200)
      expect(res.body.registration.status).toBe(ack.status)
    }
  } finally {
    await killed(second.child)
  }
}, 90000)

test('should listen on 127.0.0.1 only, unless HOST says otherwise (with a warning)', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'huiqi-host-'))
  const lan = Object.values(os.networkInterfaces())
    .flat()
    .find((a) => a && a.family === 'IPv4' && !a.internal)?.address
  const first = await startMain(path.join(dir, 'a.journal'))
  try {
    const port = new URL(first.base).port
    expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200)
    if (lan) await expect(fetch(`http://${lan}:${port}/api/health`)).rejects.toThrow()
  } finally {
    await killed(first.child)
  }
  const child = spawn(process.execPath, ['--import', 'tsx', 'mock/transports/http-main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '0.0.0.0', MOCK_PATENTS: '100' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let err = ''
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()))
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no warning')), 30000)
    child.stderr!.on('data', () => {
      if (/警告：HOST=0\.0\.0\.0/.test(err)) {
        clearTimeout(timer)
        resolve()
      }
    })
  })
  await killed(child)
}, 90000)
