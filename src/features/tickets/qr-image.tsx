import { useEffect, useState } from 'react'
import { Image, View } from '@tarojs/components'
import { qrSvgDataUri } from '@/platform/qr'
import './qr-image.scss'

/** A QR code as an SVG data URI <Image>: no canvas, identical in both builds. */
export function QrImage({ text, label, className = '' }: { text: string; label: string; className?: string }) {
  const [src, setSrc] = useState('')
  const [failed, setFailed] = useState(false)

  useEffect(() => {
    let live = true
    setSrc('')
    setFailed(false)
    qrSvgDataUri(text)
      .then((uri) => live && setSrc(uri))
      .catch(() => live && setFailed(true))
    return () => {
      live = false
    }
  }, [text])

  if (failed) return <View className={`qr-image qr-image--failed ${className}`}>二维码生成失败</View>
  if (!src) return <View className={`qr-image qr-image--loading ${className}`} aria-busy='true' />
  return <Image className={`qr-image ${className}`} src={src} mode='aspectFit' aria-label={label} data-testid='qr-image' />
}
