// Shared by the API tests: a real node:http mock server on an ephemeral port, and fetch helpers.

import type { AddressInfo } from 'node:net'
import { createMockHttpServer, type MockHttpServer, type MockHttpServerOptions } from '@mock/transports/http'
import { contractProblems } from '../support/openapi-check'
import { loginBody } from './login-body'

export interface TestServer {
  server: MockHttpServer
  base: string
  close(): Promise<void>
}

export async function startServer(options: MockHttpServerOptions = {}): Promise<TestServer> {
  const server = createMockHttpServer({ logger: { error: () => undefined }, ...options })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    server,
    base: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

// Tests read response bodies field by field and assert them; typing each one up front buys nothing.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface ApiResult<T = any> {
  status: number
  body: T
  headers: Headers
}

export interface CallOptions {
  method?: string
  token?: string
  body?: unknown
  /** Sent as is (for malformed JSON and size tests). */
  rawBody?: string
  headers?: Record<string, string>
}

export function client(base: string) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return async function call<T = any>(path: string, options: CallOptions = {}): Promise<ApiResult<T>> {
    const headers: Record<string, string> = { ...(options.headers ?? {}) }
    if (options.token) headers.authorization = `Bearer ${options.token}`
    let body: string | undefined
    if (options.rawBody !== undefined) body = options.rawBody
    else if (options.body !== undefined) body = JSON.stringify(options.body)
    if (body !== undefined) headers['content-type'] = 'application/json'
    const method = options.method ?? (body !== undefined ? 'POST' : 'GET')
    const res = await fetch(base + path, { method, headers, body })
    const text = await res.text()
    const contentType = res.headers.get('content-type')
    const parsed = text && (!contentType || contentType.includes('json')) ? JSON.parse(text) : text || null
    // Every answer of the mock matches docs/openapi.json exactly: no status, shape or field outside the contract.
    const problems = contractProblems({ method, path, status: res.status, contentType, body: parsed }, { strict: true })
    if (problems.length) throw new Error(`应答不符合 OpenAPI 契约：\n${problems.join('\n')}`)
    return { status: res.status, body: parsed, headers: res.headers }
  }
}

/** Asserts the API.md error envelope and returns it. */
export function expectError(res: ApiResult, status: number, code: string): { code: string; message: string; fields?: Record<string, string> } {
  expect(res.status).toBe(status)
  expect(res.body).toEqual({ error: expect.objectContaining({ code, message: expect.any(String) }) })
  expect(res.body.error.message).toMatch(/[\u4e00-\u9fff]/)
  return res.body.error
}

export type Call = ReturnType<typeof client>

export { DEFAULT_OFFICER_PASSCODE, loginBody } from './login-body'

/** POST /api/auth/login (a `code` picks a distinct WeChat user) and the session it opens. */
export async function loginAs(call: Call, role: 'sme' | 'officer', code?: string): Promise<{ token: string; userId: string }> {
  const res = await call('/api/auth/login', { body: loginBody(role, code) })
  expect(res.status).toBe(200)
  return { token: res.body.token, userId: res.body.user.id }
}

let freshCount = 0
/** Logs in a user no other test has seen (each login code is its own WeChat user), so tests never share state. */
export function loginFresh(call: Call, role: 'sme' | 'officer', prefix: string): Promise<{ token: string; userId: string }> {
  freshCount += 1
  return loginAs(call, role, `${prefix}-${freshCount}`)
}
