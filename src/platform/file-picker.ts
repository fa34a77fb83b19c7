// H5: a hidden <input type="file"> opened from the tap, read with FileReader. The input stays in
// the document so a second pick (and a test's setInputFiles) reaches the same element; a closed
// dialog without a file simply leaves the pick unanswered, as nothing waits on it but the page.
import { decodeCsvBytes, FILE_TOO_LARGE, MAX_PICKED_BYTES, type PickedTextFile } from './file-picker-core'

export type { PickedTextFile } from './file-picker-core'
export { SAVE_AS_UTF8 } from './file-picker-core'

let input: HTMLInputElement | null = null
let waiting: ((file: File) => void) | null = null

function fileInput(): HTMLInputElement {
  if (input && input.isConnected) return input
  const el = document.createElement('input')
  el.type = 'file'
  el.accept = '.csv,text/csv'
  el.setAttribute('aria-hidden', 'true')
  el.tabIndex = -1
  el.style.display = 'none'
  el.addEventListener('change', () => {
    const file = el.files?.[0]
    // Cleared so picking the same file again (after fixing it in Excel) fires change again.
    el.value = ''
    if (file && waiting) waiting(file)
  })
  document.body.appendChild(el)
  input = el
  return el
}

function readBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer))
    reader.onerror = () => reject(new Error('读取文件失败，请重试'))
    reader.readAsArrayBuffer(file)
  })
}

function gbk(bytes: Uint8Array): string | null {
  if (typeof TextDecoder === 'undefined') return null
  try {
    return new TextDecoder('gbk', { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

/** Must be called from a tap (browsers open a file dialog only on a user gesture). */
export function pickTextFile(): Promise<PickedTextFile> {
  const el = fileInput()
  const chosen = new Promise<File>((resolve) => {
    waiting = resolve
  })
  el.click()
  return chosen.then(async (file) => {
    if (file.size > MAX_PICKED_BYTES) throw new Error(FILE_TOO_LARGE)
    return { name: file.name, text: decodeCsvBytes(await readBytes(file), gbk) }
  })
}
