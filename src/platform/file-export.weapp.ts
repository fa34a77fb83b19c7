// Mini-program: no downloads folder. The file is written to the user data directory and forwarded
// to a chat (文件传输助手 on the desktop opens it in Excel). shareFileMessage needs a tap, so it is
// handed back for the page's own button instead of being called after the download's await.

import Taro from '@tarojs/taro'
import { ApiError, toApiError } from '@/api/error'
import { getTransport } from '@/api/transport'
import { useSessionStore } from '@/stores/session'

import type { ExportedFile } from './file-export'

export type { ExportedFile } from './file-export'

async function downloadText(path: string): Promise<string> {
  const token = useSessionStore.getState().token
  let res
  try {
    res = await getTransport()({ method: 'GET', url: path, headers: token ? { Authorization: `Bearer ${token}` } : {} })
  } catch {
    throw new ApiError('NETWORK', 0)
  }
  if (res.status < 200 || res.status >= 300) throw toApiError(res.status, res.body)
  return typeof res.body === 'string' ? res.body : JSON.stringify(res.body)
}

export async function exportFile(path: string, fileName: string, _mime = 'text/csv;charset=utf-8'): Promise<ExportedFile> {
  const text = await downloadText(path)
  const filePath = `${Taro.env.USER_DATA_PATH}/${fileName}`
  await new Promise<void>((resolve, reject) => {
    Taro.getFileSystemManager().writeFile({
      filePath,
      data: text,
      encoding: 'utf8',
      success: () => resolve(),
      fail: (err) => reject(new Error(err.errMsg)),
    })
  })
  return { fileName, share: () => Taro.shareFileMessage({ filePath, fileName }).then(() => undefined) }
}
