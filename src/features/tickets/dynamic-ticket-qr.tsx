import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { dynamicQrText, formatHumanCode, msToNextStep, qrStep, QR_STEP_MS } from '@/utils/ticket-qr'
import { QrImage } from './qr-image'

/** What the desk accepts when it cannot scan: the 8-char code with the phone's last 4 digits. */
export const SHORT_CODE_HINT = '现场无法扫码时，请向工作人员出示 8 位核验码并报手机尾号'

/**
 * The 8-char code for a desk without a scanner. Useless alone: the desk also asks for the phone's
 * last 4 digits, so a forwarded screenshot of it does not admit a stranger.
 */
export function TicketShortCode({ shortCode }: { shortCode?: string }) {
  if (!shortCode) return null
  return (
    <View className='ticket__short'>
      <Text className='ticket__short-code' selectable data-testid='ticket-short-code'>
        核验码 {formatHumanCode(shortCode)}
      </Text>
      <Text className='ticket__hint' data-testid='ticket-short-code-hint'>
        {SHORT_CODE_HINT}
      </Text>
    </View>
  )
}

/**
 * The ticket's QR, `ticketCode.step.mac`, made on the phone from the ticket secret and redrawn at
 * every 30-second step, so it works without the network and a screenshot stops admitting after a
 * minute. The long ticket code itself is never shown: as text it would be a static pass.
 */
export function DynamicTicketQr({ ticketCode, ticketSecret, shortCode }: { ticketCode: string; ticketSecret: string; shortCode?: string }) {
  const [step, setStep] = useState(() => qrStep(Date.now()))
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>
    const schedule = () => {
      timer = setTimeout(() => {
        setStep(qrStep(Date.now()))
        schedule()
      }, msToNextStep(Date.now()) + 20)
    }
    schedule()
    return () => clearTimeout(timer)
  }, [])
  const text = dynamicQrText(ticketSecret, ticketCode, step * QR_STEP_MS)
  return (
    <View className='ticket__dynamic'>
      <QrImage text={text} label='电子票动态二维码' />
      <Text className='ticket__hint' data-testid='qr-refresh-note'>
        二维码每 30 秒自动更新，截图无效
      </Text>
      <TicketShortCode shortCode={shortCode} />
    </View>
  )
}
