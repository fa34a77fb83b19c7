import { Text, View } from '@tarojs/components'
import { filingCountdown, filingCountdownText } from '../filing-countdown'

/** 备案倒计时 for a licence in force: red when fewer than 14 days are left. */
export function FilingCountdownCard({ deadline, nowMs }: { deadline: string; nowMs: number }) {
  const c = filingCountdown(deadline, nowMs)
  if (!c) return null
  return (
    <View className={`countdown${c.urgent ? ' countdown--urgent' : ''}`} data-testid='filing-countdown' data-urgent={c.urgent ? 'true' : 'false'}>
      <Text className='countdown__label'>备案倒计时</Text>
      <Text className='countdown__days'>{filingCountdownText(c)}</Text>
      <Text className='countdown__hint'>
        许可生效后 3 个月内须向国家知识产权局办理备案，截止 {c.deadlineDate}
      </Text>
    </View>
  )
}
