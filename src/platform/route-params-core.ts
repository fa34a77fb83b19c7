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

/** The page's own params as received (still encoded): Taro's bookkeeping (`stamp`, `$taroTimestamp`) left out. */
export function pageParams(params: Record<string, string | undefined> | undefined): [string, string][] {
  if (!params) return []
  return Object.keys(params)
    .filter((key) => typeof params[key] === 'string' && key !== 'stamp' && key.charAt(0) !== '$')
    .map((key) => [key, params[key] as string])
}

export function decodeRouteParams(params: Record<string, string | undefined> | undefined): RouteParams {
  const out: RouteParams = {}
  for (const [key, value] of pageParams(params)) out[key] = decode(value)
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
