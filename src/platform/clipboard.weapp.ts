import Taro from '@tarojs/taro'

export async function copyText(text: string): Promise<boolean> {
  try {
    await Taro.setClipboardData({ data: text })
    return true
  } catch {
    return false
  }
}

/** wx.setClipboardData shows "内容已复制" itself; a second toast would only replace it. */
export const SHOWS_SYSTEM_COPY_TOAST = true
