/**
 * @jest-environment node
 */
// The H5 HTTP adapter against a real local server: what the API client sees for each kind of answer.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { httpRequest } from '@/platform/http'

let server: http.Server
let base = ''
const hanging: http.ServerResponse[] = []
const seen: Array<{ method?: string; headers: http.IncomingHttpHeaders; body: string }> = []

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      seen.push({ method: req.method, headers: req.headers, body })
      if (req.url === '/envelope') {
        res.writeHead(400, { 'Content-Type': 'application/json' })
        res.end(JSON.stringify({ error: { code: 'VALIDATION', message: '请填写企业名称', fields: { name: '请填写企业名称' } } }))
      } else if (req.url === '/proxy-error') {
        res.writeHead(502, { 'Content-Type': 'text/html' })
        res.end('<html>Bad Gateway</html>')
      } else if (req.url === '/empty') {
        res.writeHead(204)
        res.end()
      } else if (req.url === '/hang') {
        // Never answers: only the adapter's own timeout can end this request (afterAll drops the socket).
        hanging.push(res)
      } else {
        res.writeHead(201, { 'Content-Type': 'application/json' })
        res.end(JSON.stringify({ id: 'app-1', echo: body ? JSON.parse(body) : null }))
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

test('should send the method, headers and JSON body, and parse the JSON answer', async () => {
  const res = await httpRequest({
    method: 'POST',
    url: `${base}/applications`,
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'k-1' },
    body: { patentId: 'pt-1', note: '先使用后付费 🙂' },
    timeoutMs: 1000,
  })
  expect(res).toEqual({ status: 201, body: { id: 'app-1', echo: { patentId: 'pt-1', note: '先使用后付费 🙂' } } })
  const last = seen[seen.length - 1]
  expect(last.method).toBe('POST')
  expect(last.headers['idempotency-key']).toBe('k-1')
})

test('should hand an error status back with its envelope instead of throwing', async () => {
  const res = await httpRequest({ method: 'POST', url: `${base}/envelope`, headers: {}, body: {}, timeoutMs: 1000 })
  expect(res.status).toBe(400)
  expect(res.body).toMatchObject({ error: { code: 'VALIDATION', fields: { name: '请填写企业名称' } } })
})

test('should keep a non-JSON body as text and an empty body as null', async () => {
  expect(await httpRequest({ method: 'GET', url: `${base}/proxy-error`, headers: {}, timeoutMs: 1000 })).toEqual({ status: 502, body: '<html>Bad Gateway</html>' })
  expect(await httpRequest({ method: 'DELETE', url: `${base}/empty`, headers: {}, timeoutMs: 1000 })).toEqual({ status: 204, body: null })
})

test('should send no body on a GET', async () => {
  await httpRequest({ method: 'GET', url: `${base}/patents`, headers: {}, timeoutMs: 1000 })
  expect(seen[seen.length - 1].body).toBe('')
})

test('should abort when the server never answers within the timeout', async () => {
  // The server holds this request open for good, so a rejection can only come from the timeout firing;
  // if the timeout were ignored the test would hang until Jest's own limit and fail.
  const error = await httpRequest({ method: 'GET', url: `${base}/hang`, headers: {}, timeoutMs: 50 }).then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toMatchObject({ name: 'AbortError' })
  expect(hanging).toHaveLength(1)
  expect(hanging[0].writableEnded).toBe(false)
})

test('should reject when nothing listens (offline or wrong host)', async () => {
  const closed = http.createServer()
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
  const port = (closed.address() as AddressInfo).port
  await new Promise((resolve) => closed.close(resolve))
  await expect(httpRequest({ method: 'GET', url: `http://127.0.0.1:${port}/patents`, headers: {}, timeoutMs: 1000 })).rejects.toThrow()
})
