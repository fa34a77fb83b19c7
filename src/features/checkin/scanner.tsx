import { useEffect, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import { PrivacySheet } from '@/components/privacy-sheet'
import { isPrivacyRefusal } from '@/platform/privacy'
import { SCAN_KIND, cameraSupported, scanWithSystem, startCameraScan, type CameraSession } from '@/platform/scan'
import './scanner.scss'

/** The scanning half of the check-in desk: WeChat's scanner in the mini-program, the camera on H5. */
export function Scanner({ onCode, disabled }: { onCode: (text: string) => void; disabled?: boolean }) {
  if (SCAN_KIND === 'system') {
    return (
      <View className='scanner'>
        <AtButton
          type='primary'
          className='scanner__button'
          disabled={disabled}
          onClick={async () => {
            try {
              const text = await scanWithSystem()
              if (text) onCode(text)
            } catch (error) {
              if (isPrivacyRefusal(error)) Taro.showToast({ title: '未同意隐私保护指引，无法扫码，请输入核验码和手机尾号', icon: 'none' })
            }
          }}
        >
          扫码签到
        </AtButton>
        <PrivacySheet />
      </View>
    )
  }
  return <CameraScanner onCode={onCode} />
}

function CameraScanner({ onCode }: { onCode: (text: string) => void }) {
  const video = useRef<HTMLVideoElement>(null)
  const session = useRef<CameraSession | null>(null)
  const latest = useRef(onCode)
  latest.current = onCode
  const [state, setState] = useState<{ phase: 'idle' | 'starting' | 'running' | 'error'; message?: string }>({ phase: 'idle' })

  useEffect(() => () => session.current?.stop(), [])

  async function start() {
    if (!video.current) return
    setState({ phase: 'starting' })
    try {
      session.current = await startCameraScan(video.current, (text) => latest.current(text))
      setState({ phase: 'running' })
    } catch (error) {
      setState({ phase: 'error', message: error instanceof Error ? error.message : '无法打开摄像头，请输入核验码和手机尾号' })
    }
  }

  function stop() {
    session.current?.stop()
    session.current = null
    setState({ phase: 'idle' })
  }

  if (!cameraSupported()) {
    return (
      <View className='scanner scanner--none' role='note'>
        <Text>当前浏览器无法使用摄像头，请在下方输入核验码和手机尾号</Text>
      </View>
    )
  }
  const running = state.phase === 'running'
  return (
    <View className='scanner'>
      <View className={`scanner__viewport${running || state.phase === 'starting' ? '' : ' scanner__viewport--hidden'}`}>
        <video ref={video} className='scanner__video' muted playsInline aria-label='摄像头画面' />
        {running ? <View className='scanner__frame' /> : null}
      </View>
      {state.phase === 'error' ? (
        <View className='scanner__error' role='alert'>
          {state.message}
        </View>
      ) : null}
      <AtButton type={running ? 'secondary' : 'primary'} className='scanner__button' loading={state.phase === 'starting'} onClick={running ? stop : start}>
        {running ? '关闭摄像头' : '开启摄像头扫码'}
      </AtButton>
    </View>
  )
}
