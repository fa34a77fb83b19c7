// The contract suite's HTTP client. Every request of every contract test goes through `request()`,
// so whatever must hold for every answer of the server is checked in one place.

import { contractProblems } from '../support/openapi-check'

export const BASE = (() => {
  const base = process.env.CONTRACT_BASE
  if (!base) throw new Error('CONTRACT_BASE is not set: run the suite with `npm run test:contract [-- --base http://host:port]`')
  return base.replace(/\/+$/, '')
})()

export const OFFICER_PASSCODE = process.env.CONTRACT_OFFICER_PASSCODE || 'huiqi-officer-demo'

// Tests read answers field by field and assert them; typing each one up front buys nothing.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface Answer<T = any> {
  method: string
  /** The path as sent, query included. */
  path: string
  status: number
  headers: Headers
  /** The body as text, a byte-order mark included (CSV, or JSON before parsing). */
  text: string
  /** The parsed body when the server answered JSON, else null. */
  body: T
}

export interface RequestOptions {
  method?: string
  token?: string
  /** Sent as JSON. */
  body?: unknown
  /** Sent exactly as given, as application/json (malformed JSON, oversized bodies). */
  rawBody?: string
  headers?: Record<string, string>
}

/** The one function through which the suite talks to the server. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function request<T = any>(path: string, options: RequestOptions = {}): Promise<Answer<T>> {
  const headers: Record<string, string> = { ...(options.headers ?? {}) }
  if (options.token) headers.authorization = `Bearer ${options.token}`
  let payload: string | undefined
  if (options.rawBody !== undefined) payload = options.rawBody
  else if (options.body !== undefined) payload = JSON.stringify(options.body)
  if (payload !== undefined) headers['content-type'] = 'application/json'
  const method = options.method ?? (payload !== undefined ? 'POST' : 'GET')

  const res = await fetch(BASE + path, { method, headers, body: payload })
  // ignoreBOM keeps a byte-order mark in `text` (res.text() would drop it), so a CSV export's BOM can be checked.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer())
  const isJson = (res.headers.get('content-type') ?? '').startsWith('application/json')
  const answer: Answer<T> = { method, path, status: res.status, headers: res.headers, text, body: (isJson && text ? JSON.parse(text) : null) as T }

  // Every answer must be one docs/openapi.json documents for this operation and status, its JSON body
  // matching the schema. Fields the contract does not name are allowed: a backend may extend it.
  const problems = contractProblems(
    { method, path, status: res.status, contentType: res.headers.get('content-type'), body: isJson ? answer.body : text },
    { strict: false },
  )
  if (problems.length) throw new Error(`应答不符合 OpenAPI 契约（docs/openapi.json）：\n${problems.join('\n')}`)

  return answer
}

/** Asserts the API.md error envelope `{ error: { code, message (Chinese), fields? } }` and returns it. */
export function expectError(res: Answer, status: number, code: string): { code: string; message: string; fields?: Record<string, string> } {
  expect({ status: res.status, code: res.body?.error?.code }).toEqual({ status, code })
  expect(res.body).toEqual({ error: expect.objectContaining({ code, message: expect.stringMatching(/[\u4e00-\u9fff]/) }) })
  return res.body.error
}

/** A 400 VALIDATION_FAILED naming `field` (with a Chinese message); returns all fields. */
export function expectFieldError(res: Answer, field: string): Record<string, string> {
  const error = expectError(res, 400, 'VALIDATION_FAILED')
  expect(error.fields).toEqual(expect.objectContaining({ [field]: expect.stringMatching(/[\u4e00-\u9fff]/) }))
  return error.fields!
}
