// Exports a server-made file (e.g. the registrations CSV). H5: fetched with the session token and
// saved through an `<a download>`, because Taro.request on H5 parses every body as JSON.

import { ApiError, toApiError } from '@/api/error'
import { getTransport } from '@/api/transport'
import { useSessionStore } from '@/stores/session'

export interface ExportedFile {
  fileName: string
  /** Mini-program only: forwards the file to a chat; must be called from a tap. */
  share?: () => Promise<void>
}

async function readError(res: Response): Promise<ApiError> {
  let body: unknown = null
  try {
    body = await res.json()
  } catch {
    // Not the JSON envelope: the status alone decides the message.
  }
  return toApiError(res.status, body)
}

async function download(path: string, mime: string): Promise<Blob> {
  const token = useSessionStore.getState().token
  const headers: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {}
  if (HUIQI_API_BASE === '') {
    // The in-process mock (H5 demo build without a server) hands the text back as the body.
    const res = await getTransport()({ method: 'GET', url: path, headers })
    if (res.status < 200 || res.status >= 300) throw toApiError(res.status, res.body)
    return new Blob([String(res.body)], { type: mime })
  }
  let res: Response
  try {
    res = await fetch(HUIQI_API_BASE.replace(/\/+$/, '') + path, { headers })
  } catch {
    throw new ApiError('NETWORK', 0)
  }
  if (!res.ok) throw await readError(res)
  return res.blob()
}

export async function exportFile(path: string, fileName: string, mime = 'text/csv;charset=utf-8'): Promise<ExportedFile> {
  const blob = await download(path, mime)
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.style.display = 'none'
  document.body.appendChild(a)
  a.click()
  a.remove()
  // Revoked later: some browsers start reading the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000)
  return { fileName }
}
