// Mini-program: there is no file system to browse. WeChat picks a file from a chat (文件传输助手 on
// the desktop, where the officer drops the Excel export) and it is read from its temp path. Read
// as bytes, not `encoding: 'utf8'`, so a GBK file is told apart instead of read as mojibake; the
// JS engine has no TextDecoder, so GBK is refused with what to do about it.
import Taro from '@tarojs/taro'
import { decodeCsvBytes, FILE_TOO_LARGE, MAX_PICKED_BYTES, type PickedTextFile } from './file-picker-core'

export type { PickedTextFile } from './file-picker-core'
export { SAVE_AS_UTF8 } from './file-picker-core'

function cancelled(err: unknown): boolean {
  return /cancel/i.test(String((err as { errMsg?: string })?.errMsg ?? ''))
}

function readBytes(filePath: string): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    Taro.getFileSystemManager().readFile({
      filePath,
      success: (res) => {
        const data = res.data as ArrayBuffer | string
        resolve(typeof data === 'string' ? new Uint8Array(Array.from(data, (c) => c.charCodeAt(0) & 0xff)) : new Uint8Array(data))
      },
      fail: () => reject(new Error('读取文件失败，请重试')),
    })
  })
}

/** Never resolves for a cancelled pick, like the H5 dialog closed without a file. */
export function pickTextFile(): Promise<PickedTextFile> {
  return new Promise((resolve, reject) => {
    Taro.chooseMessageFile({
      count: 1,
      type: 'file',
      extension: ['csv', 'txt'],
      success: async ({ tempFiles }) => {
        const file = tempFiles[0]
        if (!file) return
        if (file.size > MAX_PICKED_BYTES) return reject(new Error(FILE_TOO_LARGE))
        try {
          resolve({ name: file.name, text: decodeCsvBytes(await readBytes(file.path)) })
        } catch (error) {
          reject(error)
        }
      },
      fail: (err) => {
        if (!cancelled(err)) reject(err)
      },
    })
  })
}
