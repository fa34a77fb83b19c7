import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { dynamicQrText, formatHumanCode, msToNextStep, qrStep, QR_STEP_MS } from '@/utils/ticket-qr'
import { QrImage } from './qr-image'

/**
 * The ticket's QR, `ticketCode.step.mac`, made on the phone from the ticket secret and redrawn at
 * every 30-second step, so it works without the network and a screenshot stops admitting after a
 * minute. The 8-char short code below is for a desk without a scanner (with the phone's last 4).
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
      {shortCode ? (
        <Text className='ticket__short-code' selectable data-testid='ticket-short-code'>
          短码 {formatHumanCode(shortCode)}
        </Text>
      ) : null}
    </View>
  )
}
