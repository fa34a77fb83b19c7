import { Button, Text, View } from '@tarojs/components'
import { openPrivacyContract } from '@/platform/privacy'
import { usePrivacyStore } from '@/stores/privacy'
import './privacy-sheet.scss'

const PURPOSES: Record<string, string> = {
  setClipboardData: '复制内容到剪贴板',
  getClipboardData: '读取剪贴板',
  saveImageToPhotosAlbum: '保存图片到相册',
  addPhoneCalendar: '添加日程到手机日历',
  scanCode: '使用摄像头扫码',
  chooseImage: '从相册选择图片',
  chooseMedia: '从相册选择图片',
}

export const PRIVACY_AGREE_BUTTON_ID = 'privacy-agree'

/** The 隐私保护指引 consent sheet; pages that use a privacy-gated call render it once. Never shows on H5. */
export function PrivacySheet() {
  const request = usePrivacyStore((s) => s.request)
  const answer = usePrivacyStore((s) => s.answer)
  if (!request) return null
  const purpose = PURPOSES[request.referrer] ?? '使用该功能'
  return (
    <View className='privacy-sheet' role='dialog' aria-label='隐私保护提示'>
      <View className='privacy-sheet__panel'>
        <Text className='privacy-sheet__title'>隐私保护提示</Text>
        <Text className='privacy-sheet__body'>为{purpose}，请先阅读并同意</Text>
        <Text className='privacy-sheet__link' onClick={openPrivacyContract}>
          《惠企专利通小程序隐私保护指引》
        </Text>
        <Text className='privacy-sheet__hint'>不同意也可以继续使用其他功能。</Text>
        <View className='privacy-sheet__actions'>
          <Button className='privacy-sheet__refuse' onClick={() => answer(false)}>
            不同意
          </Button>
          <Button
            id={PRIVACY_AGREE_BUTTON_ID}
            className='privacy-sheet__agree'
            openType='agreePrivacyAuthorization'
            onAgreePrivacyAuthorization={() => answer(true, PRIVACY_AGREE_BUTTON_ID)}
          >
            同意并继续
          </Button>
        </View>
      </View>
    </View>
  )
}
