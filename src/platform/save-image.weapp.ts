import Taro from '@tarojs/taro'

import { isPrivacyRefusal } from './privacy-core'
import type { Canvas2D, CanvasImage, SaveImageOutcome } from './canvas-image'

export type { Canvas2D, CanvasImage, SaveImageOutcome } from './canvas-image'

interface CanvasNode {
  width: number
  height: number
  getContext: (type: '2d') => Canvas2D
}

function findCanvas(canvasId: string): Promise<CanvasNode> {
  return new Promise((resolve, reject) => {
    Taro.createSelectorQuery()
      .select(`#${canvasId}`)
      .fields({ node: true, size: true })
      .exec((res: { node?: CanvasNode }[]) => {
        const node = res?.[0]?.node
        if (node) resolve(node)
        else reject(new Error(`canvas #${canvasId} not found`))
      })
  })
}

/**
 * Draws on the page's 2d canvas, exports a PNG and saves it to the album. When the album permission is
 * refused the PNG opens in previewImage, where a long press still saves or forwards it.
 */
export async function saveCanvasImage(image: CanvasImage): Promise<SaveImageOutcome> {
  const canvas = await findCanvas(image.canvasId)
  const ratio = Math.min(Taro.getSystemInfoSync().pixelRatio || 2, 3)
  canvas.width = image.width * ratio
  canvas.height = image.height * ratio
  const ctx = canvas.getContext('2d')
  ctx.scale(ratio, ratio)
  image.draw(ctx)
  const { tempFilePath } = await Taro.canvasToTempFilePath({
    canvas: canvas as unknown as Taro.Canvas,
    x: 0,
    y: 0,
    width: image.width,
    height: image.height,
    destWidth: image.width * ratio,
    destHeight: image.height * ratio,
    fileType: 'png',
  })
  try {
    await Taro.saveImageToPhotosAlbum({ filePath: tempFilePath })
    return 'saved'
  } catch (error) {
    // Refusing the 隐私保护指引 is the user's answer, not a missing album permission: no settings detour.
    if (isPrivacyRefusal(error)) throw error
    const message = (error as { errMsg?: string })?.errMsg ?? ''
    if (/auth/.test(message)) {
      const { confirm } = await Taro.showModal({ title: '需要相册权限', content: '请在设置中允许保存到相册，或在预览中长按图片保存', confirmText: '去设置', cancelText: '预览' })
      if (confirm) {
        const { authSetting } = await Taro.openSetting()
        if (authSetting['scope.writePhotosAlbum']) {
          await Taro.saveImageToPhotosAlbum({ filePath: tempFilePath })
          return 'saved'
        }
      }
    }
    await Taro.previewImage({ urls: [tempFilePath], current: tempFilePath })
    return 'previewed'
  }
}
