/**
 * A poster QR opens `pages/event/index?scene=<id>` (WeChat passes `scene` URL-encoded, and it may be
 * encoded twice by the time it reaches a page); links and H5 use `?id=`. Both name the same event.
 */
export function eventIdFromParams(params: Partial<Record<string, string | undefined>>): string {
  if (params.id) return safeDecode(params.id)
  if (params.scene) return safeDecode(safeDecode(params.scene))
  return ''
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
