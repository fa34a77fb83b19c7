/** @jest-environment node */
// The H5 build served by the mock server: compressed, and cached for good when the name is hashed;
// API answers compressed too once they are big enough to matter.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { startServer, type TestServer } from './helpers'

let server: TestServer
const script = 'console.log("惠企专利通");'.repeat(200)

beforeAll(async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'huiqi-static-'))
  mkdirSync(path.join(dir, 'js'))
  writeFileSync(path.join(dir, 'index.html'), '<!DOCTYPE html><div id="app"></div>')
  writeFileSync(path.join(dir, 'js/app.0123abcd.js'), script)
  server = await startServer({ patentCount: 10, staticDir: dir })
})
afterAll(() => server.close())

/** Raw GET so the body is seen as sent (fetch would decompress it silently). */
function get(pathname: string, headers: Record<string, string> = {}): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http.get(server.base + pathname, { headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }))
    }).on('error', reject)
  })
}

test('should gzip text assets for clients that accept it and cache hashed names immutably', async () => {
  const res = await get('/js/app.0123abcd.js', { 'accept-encoding': 'gzip, deflate, br' })
  expect(res.headers['content-encoding']).toBe('gzip')
  expect(res.headers['cache-control']).toContain('immutable')
  expect(res.body.length).toBeLessThan(Buffer.byteLength(script) / 5)
  expect(gunzipSync(res.body).toString()).toBe(script)
})

test('should send plain bytes without Accept-Encoding and always revalidate index.html', async () => {
  const plain = await get('/js/app.0123abcd.js')
  expect(plain.headers['content-encoding']).toBeUndefined()
  expect(plain.body.toString()).toBe(script)
  const page = await get('/pages/event/index?scene=ev-demo-open', { 'accept-encoding': 'gzip' })
  expect(page.headers['cache-control']).toBe('no-cache')
  expect(gunzipSync(page.body).toString()).toContain('<div id="app">')
})

test('should gzip JSON answers of 1 KB and more, and leave small ones and plain clients alone', async () => {
  const list = await get('/api/patents?pageSize=10', { 'accept-encoding': 'gzip' })
  expect(list.headers['content-encoding']).toBe('gzip')
  expect(list.headers['content-length']).toBe(String(list.body.length))
  const body = JSON.parse(gunzipSync(list.body).toString()) as { items: unknown[]; total: number }
  expect(body.items).toHaveLength(10)
  expect(body.total).toBe(10)

  const plain = await get('/api/patents?pageSize=10')
  expect(plain.headers['content-encoding']).toBeUndefined()
  expect(JSON.parse(plain.body.toString())).toEqual(body)

  const small = await get('/api/health', { 'accept-encoding': 'gzip' })
  expect(small.headers['content-encoding']).toBeUndefined()
  expect(JSON.parse(small.body.toString())).toMatchObject({ ok: true })
})
