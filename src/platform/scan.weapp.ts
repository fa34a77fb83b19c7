// Ticket scanning, mini-program: WeChat's own scanner (Taro.scanCode), camera only, QR codes only.

import Taro from '@tarojs/taro'
import type { CameraSession } from './scan'
import { isPrivacyRefusal } from './privacy-core'

/** `system`: a native scanner UI (Taro.scanCode); `camera`: the page shows the camera itself. */
export const SCAN_KIND: 'system' | 'camera' = 'system'

/** The decoded text, or null when the officer cancelled; throws when the 隐私保护指引 was refused. */
export async function scanWithSystem(): Promise<string | null> {
  try {
    const res = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })
    return res.result || null
  } catch (error) {
    if (isPrivacyRefusal(error)) throw error
    return null
  }
}

export type { CameraSession } from './scan'

export function cameraSupported(): boolean {
  return false
}

export async function startCameraScan(_video: HTMLVideoElement, _onCode: (text: string) => void): Promise<CameraSession> {
  throw new Error('请使用扫码按钮')
}
