// Turning the bytes of a picked CSV into text, the same in both builds. Excel and WPS on Chinese
// Windows save 「CSV (逗号分隔)」 in GBK and 「CSV UTF-8」 with a BOM; both must read right or the
// import reports every name as wrong.

export interface PickedTextFile {
  name: string
  text: string
}

export const SAVE_AS_UTF8 = '无法识别文件编码，请将文件另存为 UTF-8 编码的 CSV'
export const FILE_TOO_LARGE = '文件超过 2 MB，请拆分后分批导入'
export const MAX_PICKED_BYTES = 2 * 1024 * 1024

/** Strict UTF-8 (null at the first byte that is not), without a leading BOM. */
export function decodeUtf8Strict(bytes: Uint8Array): string | null {
  let i = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  const units: number[] = []
  let out = ''
  while (i < bytes.length) {
    const b = bytes[i]
    let cp: number
    let extra: number
    let min: number
    if (b < 0x80) [cp, extra, min] = [b, 0, 0]
    else if (b >= 0xc2 && b <= 0xdf) [cp, extra, min] = [b & 0x1f, 1, 0x80]
    else if (b >= 0xe0 && b <= 0xef) [cp, extra, min] = [b & 0x0f, 2, 0x800]
    else if (b >= 0xf0 && b <= 0xf4) [cp, extra, min] = [b & 0x07, 3, 0x10000]
    else return null
    for (let k = 1; k <= extra; k++) {
      const c = bytes[i + k]
      if (c === undefined || (c & 0xc0) !== 0x80) return null
      cp = (cp << 6) | (c & 0x3f)
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null
    if (cp >= 0x10000) {
      const v = cp - 0x10000
      units.push(0xd800 + (v >> 10), 0xdc00 + (v & 0x3ff))
    } else units.push(cp)
    if (units.length >= 4096) {
      out += String.fromCharCode(...units)
      units.length = 0
    }
    i += extra + 1
  }
  return out + String.fromCharCode(...units)
}

/**
 * UTF-8 (with or without BOM) first; failing that the platform's GBK decoder, where there is one
 * (browsers have TextDecoder('gbk'); WeChat's JS engine has none).
 */
export function decodeCsvBytes(bytes: Uint8Array, gbk?: (bytes: Uint8Array) => string | null): string {
  const utf8 = decodeUtf8Strict(bytes)
  if (utf8 !== null) return utf8
  const legacy = gbk?.(bytes) ?? null
  if (legacy === null) throw new Error(SAVE_AS_UTF8)
  return legacy.replace(/^\uFEFF/, '')
}
