// One HTTP round trip behind one interface. H5: the browser's own fetch. Taro.request on H5 would
// pull whatwg-fetch, an AbortController polyfill and JSONP support (~36 KB) into the first load
// for browsers that all have fetch already.

export interface HttpRequest {
  method: string
  url: string
  headers: Record<string, string>
  body?: unknown
  timeoutMs: number
}

export interface HttpResponse {
  status: number
  body: unknown
}

/** Rejects on a network failure or timeout; any HTTP status resolves. */
export async function httpRequest(req: HttpRequest): Promise<HttpResponse> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), req.timeoutMs)
  try {
    const res = await fetch(req.url, {
      method: req.method,
      headers: req.headers,
      body: req.body === undefined ? undefined : JSON.stringify(req.body),
      signal: controller.signal,
    })
    const text = await res.text()
    return { status: res.status, body: parseBody(text) }
  } finally {
    clearTimeout(timer)
  }
}

/** JSON when it is JSON (the API's envelope); otherwise the text, e.g. a proxy's HTML error page. */
function parseBody(text: string): unknown {
  if (text === '') return null
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}
