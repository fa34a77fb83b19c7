/**
 * A mini-program code opens `pages/event/index?scene=<id>` (WeChat passes `scene` URL-encoded, and it may be
 * encoded twice by the time it reaches a page); links and H5 use `?id=`. Both name the same event.
 */
export function eventIdFromParams(params: Partial<Record<string, string | undefined>>): string {
  if (params.id) return safeDecode(params.id)
  if (params.scene) return safeDecode(safeDecode(params.scene))
  if (params.q) return idFromLink(safeDecode(params.q))
  return ''
}

/**
 * 扫普通链接二维码打开小程序: WeChat opens the page mapped to the registered link prefix and hands the
 * whole scanned link over, URL-encoded, in `q` — e.g. `https://<H5 origin>/pages/event/index?id=<id>`,
 * the same link that opens the H5 page in any other scanner.
 */
function idFromLink(link: string): string {
  const query = link.split('#')[0].split('?')[1] ?? ''
  for (const part of query.split('&')) {
    const [key, value = ''] = part.split('=')
    if ((key === 'id' || key === 'scene') && value) return safeDecode(value)
  }
  return ''
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
