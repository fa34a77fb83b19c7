// The mock behind node:http: `/api/*` goes to the shared router, anything else is the H5 build
// (static files with an index.html fallback for browser-history routes). Node-only.

import { createReadStream, promises as fs } from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import zlib from 'node:zlib'
import { MAX_BODY_BYTES } from '@/rules'
import { createMockContext, type MockContext, type MockOptions } from '../context'
import { errorBody } from '../core/errors'
import { handle, type MockResponse } from '../router'
import { Journal, type JournalOptions } from './http-store'

export interface MockHttpServerOptions extends MockOptions {
  /** Directory of the H5 build to serve next to the API. */
  staticDir?: string
  /** Write-ahead journal of every change, restored on start (MOCK_DATA_FILE). */
  dataFile?: string
  journal?: JournalOptions
  /** Origins whose pages may call the API from another origin (CORS); default the H5 origin. */
  allowedOrigins?: readonly string[]
}

export type MockHttpServer = http.Server & { mock: MockContext; journal: Journal | null }

export const DEFAULT_ALLOWED_ORIGINS: readonly string[] = ['http://localhost:8080']

export const HTTP_DEFAULT_PATENTS = 50000
/** After a 413 the rest of the upload is read and dropped up to this much, then the socket is cut. */
const DRAIN_LIMIT_BYTES = 8 * 1024 * 1024

// Sent only to an allowed Origin: a page on any other site gets no readable answer, so a registrant
// list is not one cross-site request away from whoever opens a web page.
const CORS_HEADERS: Record<string, string> = {
  'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  'access-control-allow-headers': 'Authorization, Content-Type, Idempotency-Key, X-Mock-Fail',
  'access-control-expose-headers': 'Idempotent-Replayed',
  'access-control-max-age': '600',
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.mjs': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.eot': 'application/vnd.ms-fontobject',
  '.wasm': 'application/wasm',
  '.mp4': 'video/mp4',
  '.webmanifest': 'application/manifest+json',
}

// Like a production API behind a gateway: text answers of 1 KB and more are gzipped for clients
// that accept it (patent lists are ≈ 8 KB of JSON; a phone on 4G notices).
const GZIP_MIN_BYTES = 1024

function acceptsGzip(req: http.IncomingMessage | undefined): boolean {
  return /\bgzip\b/.test(String(req?.headers['accept-encoding'] ?? ''))
}

const corsFor = new WeakMap<http.IncomingMessage, Record<string, string>>()

function corsHeaders(req: http.IncomingMessage | undefined): Record<string, string> {
  return (req && corsFor.get(req)) || {}
}

function endText(res: http.ServerResponse, status: number, headers: Record<string, string>, text: string): void {
  const raw = Buffer.from(text)
  const gzip = raw.length >= GZIP_MIN_BYTES && acceptsGzip(res.req)
  const payload = gzip ? zlib.gzipSync(raw) : raw
  res.writeHead(status, {
    ...corsHeaders(res.req),
    'cache-control': 'no-store',
    ...headers,
    ...(gzip ? { 'content-encoding': 'gzip', vary: corsHeaders(res.req).vary ? 'Origin, Accept-Encoding' : 'Accept-Encoding' } : {}),
    'content-length': String(payload.length),
  })
  res.end(payload)
}

function sendJson(res: http.ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
  endText(res, status, { 'content-type': 'application/json; charset=utf-8', ...extra }, JSON.stringify(body))
}

function sendMockResponse(res: http.ServerResponse, mockRes: MockResponse): void {
  const headers = mockRes.headers ?? {}
  const contentType = Object.keys(headers).find((h) => h.toLowerCase() === 'content-type')
  // Non-JSON payloads (e.g. CSV exports) travel as they are.
  if (contentType && typeof mockRes.body === 'string') endText(res, mockRes.status, headers, mockRes.body)
  else sendJson(res, mockRes.status, mockRes.body ?? null, headers)
}

type BodyResult = { ok: true; text: string | undefined } | { ok: false }

/**
 * Reads the body while counting bytes; past 64 KB it answers 413 at once and throws the rest away
 * (never buffering it), so a huge or endless upload costs no memory.
 */
function readBody(req: http.IncomingMessage, res: http.ServerResponse): Promise<BodyResult> {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length'])
    const chunks: Buffer[] = []
    let bytes = 0
    let rejected = false
    let drained = 0
    const reject = () => {
      rejected = true
      chunks.length = 0
      sendJson(res, 413, errorBody('PAYLOAD_TOO_LARGE'))
      resolve({ ok: false })
    }
    if (declared > MAX_BODY_BYTES) reject()
    req.on('data', (chunk: Buffer) => {
      if (rejected) {
        drained += chunk.length
        if (drained > DRAIN_LIMIT_BYTES) req.destroy()
        return
      }
      bytes += chunk.length
      if (bytes > MAX_BODY_BYTES) {
        reject()
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => {
      if (!rejected) resolve({ ok: true, text: bytes === 0 ? undefined : Buffer.concat(chunks).toString('utf8') })
    })
    req.on('error', () => {
      if (!rejected) {
        rejected = true
        resolve({ ok: false })
      }
    })
  })
}

function headerMap(req: http.IncomingMessage): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {}
  for (const name of Object.keys(req.headers)) {
    const value = req.headers[name]
    out[name] = Array.isArray(value) ? value.join(', ') : value
  }
  return out
}

async function serveApi(req: http.IncomingMessage, res: http.ServerResponse, ctx: MockContext, allowed: ReadonlySet<string>): Promise<void> {
  const origin = req.headers.origin
  const allowedOrigin = typeof origin === 'string' && allowed.has(origin)
  if (allowedOrigin) corsFor.set(req, { ...CORS_HEADERS, 'access-control-allow-origin': origin, vary: 'Origin' })
  if (req.method === 'OPTIONS') {
    if (!allowedOrigin) {
      sendJson(res, 403, errorBody('FORBIDDEN', '该来源不允许跨域访问接口'))
      return
    }
    res.writeHead(204, corsHeaders(req))
    res.end()
    return
  }
  const body = await readBody(req, res)
  if (!body.ok) return
  const method = req.method ?? 'GET'
  if ((method === 'GET' || method === 'HEAD') && (req.url ?? '').split('?')[0] === OPENAPI_PATH) {
    endText(res, 200, { 'content-type': 'application/json; charset=utf-8' }, await openApiText())
    return
  }
  // Answered only once its changes are on disk (the router waits for the journal).
  const mockRes = await handle({ method, url: req.url ?? '/', headers: headerMap(req), body: body.text }, ctx)
  sendMockResponse(res, mockRes)
}

/**
 * The contract as OpenAPI 3.1 (docs/openapi.json, generated from contract/routes.ts). Served by the HTTP
 * mock only: the in-process mock of the mini-program has no use for 280 KB of documentation.
 */
const OPENAPI_PATH = '/api/openapi.json'
const OPENAPI_FILE = path.resolve(__dirname, '../../docs/openapi.json')
let openApiCache: Promise<string> | null = null
function openApiText(): Promise<string> {
  // A failed read is not kept: the next request tries the file again.
  openApiCache ??= fs.readFile(OPENAPI_FILE, 'utf8').catch((error: unknown) => {
    openApiCache = null
    throw error
  })
  return openApiCache
}

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.map', '.xml', '.webmanifest'])
// Build output names carry a content hash (js/app.1a2b3c4d.js): they never change, so cache them for good.
const HASHED_ASSET = /\.[0-9a-f]{8}\.(js|css)$/

function streamFile(req: http.IncomingMessage, res: http.ServerResponse, file: string, size: number): void {
  const ext = path.extname(file).toLowerCase()
  const gzip = COMPRESSIBLE.has(ext) && acceptsGzip(req)
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
    ...(gzip ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : { 'content-length': String(size) }),
    // index.html must be revalidated so a new build's asset names are picked up.
    'cache-control': ext === '.html' ? 'no-cache' : HASHED_ASSET.test(file) ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
  })
  if (req.method === 'HEAD') {
    res.end()
    return
  }
  const stream = createReadStream(file).on('error', () => res.destroy())
  if (gzip) stream.pipe(zlib.createGzip()).pipe(res)
  else stream.pipe(res)
}

async function serveStatic(req: http.IncomingMessage, res: http.ServerResponse, staticDir: string | undefined): Promise<void> {
  if (!staticDir) {
    sendJson(res, 404, errorBody('NOT_FOUND', '接口不存在'))
    return
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendJson(res, 405, errorBody('NOT_FOUND', '不支持的请求方法'), { allow: 'GET, HEAD' })
    return
  }
  const root = await realRoot(staticDir)
  const rawPath = (req.url ?? '/').split('?')[0].split('#')[0]
  let decoded: string
  try {
    decoded = decodeURIComponent(rawPath)
  } catch {
    sendJson(res, 400, errorBody('VALIDATION_FAILED', '路径编码不正确'))
    return
  }
  if (decoded.indexOf('\0') >= 0) {
    sendJson(res, 404, errorBody('NOT_FOUND'))
    return
  }
  const target = path.resolve(root, '.' + path.posix.normalize('/' + decoded))
  if (!inside(root, target)) {
    sendJson(res, 404, errorBody('NOT_FOUND'))
    return
  }
  // The real path, links resolved: a symlink inside the build that points elsewhere is refused.
  let file = await realFile(root, target)
  if (file === 'outside') {
    sendJson(res, 404, errorBody('NOT_FOUND'))
    return
  }
  if (file === null) {
    // Browser-history routes (/pages/event/index?scene=…) are app paths, not files: serve the app.
    // A missing asset (anything with an extension) stays a 404 so a bad deploy is visible.
    const fallback = path.extname(decoded) === '' ? await realFile(root, path.join(root, 'index.html')) : null
    if (fallback === null || fallback === 'outside') {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
      res.end(req.method === 'HEAD' ? undefined : 'Not found')
      return
    }
    file = fallback
  }
  const stat = await fs.stat(file)
  streamFile(req, res, file, stat.size)
}

function inside(root: string, target: string): boolean {
  return target === root || target.startsWith(root.endsWith(path.sep) ? root : root + path.sep)
}

const realRoots = new Map<string, Promise<string>>()

function realRoot(staticDir: string): Promise<string> {
  let root = realRoots.get(staticDir)
  if (!root) {
    root = fs.realpath(path.resolve(staticDir)).catch(() => path.resolve(staticDir))
    realRoots.set(staticDir, root)
  }
  return root
}

/** The real path of a regular file under `root` (a directory means its index.html); null when missing. */
async function realFile(root: string, target: string): Promise<string | null | 'outside'> {
  let real: string
  try {
    real = await fs.realpath(target)
  } catch {
    return null
  }
  if (!inside(root, real)) return 'outside'
  try {
    const stat = await fs.stat(real)
    if (stat.isFile()) return real
    if (stat.isDirectory()) return realFile(root, path.join(real, 'index.html'))
  } catch {
    // Gone between the two calls.
  }
  return null
}

export function createMockHttpServer(options: MockHttpServerOptions = {}): MockHttpServer {
  const ctx = createMockContext({ ...options, patentCount: options.patentCount ?? HTTP_DEFAULT_PATENTS })
  const journal = options.dataFile ? Journal.open(ctx, options.dataFile, options.journal) : null
  const allowed = new Set(options.allowedOrigins ?? DEFAULT_ALLOWED_ORIGINS)
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/'
    const isApi = url === '/api' || url.startsWith('/api/') || url.startsWith('/api?')
    const work = isApi ? serveApi(req, res, ctx, allowed) : serveStatic(req, res, options.staticDir)
    work.catch((error: unknown) => {
      ctx.logger.error('[mock] request failed', error)
      if (!res.headersSent) sendJson(res, 500, errorBody('INTERNAL', '服务器内部错误，请稍后重试'))
      else res.destroy()
    })
  })
  return Object.assign(server, { mock: ctx, journal })
}
