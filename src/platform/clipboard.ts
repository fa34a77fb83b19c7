// H5: the async Clipboard API needs a secure context and, in some browsers, a permission; the old
// execCommand route still works on plain http and in in-app browsers, so it is the fallback.
import Taro from '@tarojs/taro'

function copyWithTextarea(text: string): boolean {
  if (typeof document === 'undefined' || typeof document.execCommand !== 'function') return false
  const area = document.createElement('textarea')
  area.value = text
  area.setAttribute('readonly', '')
  area.style.position = 'fixed'
  area.style.opacity = '0'
  document.body.appendChild(area)
  area.select()
  let ok = false
  try {
    ok = document.execCommand('copy')
  } catch {
    ok = false
  }
  document.body.removeChild(area)
  return ok
}

/** Copies text; resolves false when the browser refused, so the caller can show the text instead. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (typeof navigator !== 'undefined' && navigator.clipboard && typeof navigator.clipboard.writeText === 'function') {
      await navigator.clipboard.writeText(text)
      return true
    }
  } catch {
    // Denied or not a secure context: try the fallbacks.
  }
  if (copyWithTextarea(text)) return true
  try {
    await Taro.setClipboardData({ data: text })
    return true
  } catch {
    return false
  }
}

/** WeChat shows its own "内容已复制" toast after setClipboardData; H5 has none, so callers show one. */
export const SHOWS_SYSTEM_COPY_TOAST = false
