// Shared by route-params.ts (H5) and route-params.weapp.ts: both builds hand page params over
// still URL-encoded (Taro H5 parses the query with decode: false; WeChat passes share/link
// queries through as written), so they are decoded here once.

export type RouteParams = Record<string, string>

function decode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '))
  } catch {
    // A hand-edited link with a stray '%' keeps its raw text rather than breaking the page.
    return value
  }
}

export function decodeRouteParams(params: Record<string, string | undefined> | undefined): RouteParams {
  const out: RouteParams = {}
  if (!params) return out
  for (const key of Object.keys(params)) {
    const value = params[key]
    // Taro adds its own bookkeeping (`stamp`, `$taroTimestamp`); they are not part of the page's state.
    if (typeof value !== 'string' || key === 'stamp' || key.charAt(0) === '$') continue
    out[key] = decode(value)
  }
  return out
}

/** `?a=1&b=x` in key order, skipping empty values; '' when nothing is set. */
export function buildRouteQuery(params: Record<string, string | number | undefined | null>): string {
  const parts: string[] = []
  for (const key of Object.keys(params)) {
    const value = params[key]
    if (value === undefined || value === null || value === '') continue
    parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
  }
  return parts.length ? `?${parts.join('&')}` : ''
}
