import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import type { Registration } from '@contract/events'
import { hasTicket, registrationHeadline } from '../labels'
import { backToEvent, ticketUrl } from '../navigation'
import './signup-result.scss'

const HINTS: Partial<Record<Registration['status'], string>> = {
  confirmed: '电子票已生成，活动当天凭电子票二维码签到。',
  waitlisted: '有名额释放时，将按候补顺序自动为您确认并发送通知。',
  pending_approval: '主办方审核后将通知您结果，请留意“消息”。',
}

export function SignupResult({ registration }: { registration: Registration }) {
  const ticket = hasTicket(registration)
  return (
    <View className='signup-result' role='status' data-testid='signup-result'>
      <View className={`signup-result__icon signup-result__icon--${registration.status}`}>{ticket ? '✓' : '…'}</View>
      <Text className='signup-result__title'>{registrationHeadline(registration)}</Text>
      <Text className='signup-result__hint'>{HINTS[registration.status] ?? ''}</Text>
      {registration.event ? <Text className='signup-result__event'>{registration.event.title}</Text> : null}
      <View className='signup-result__actions'>
        <AtButton type='primary' circle onClick={() => Taro.redirectTo({ url: ticketUrl(registration.id) })}>
          {ticket ? '查看电子票' : '查看报名'}
        </AtButton>
        <View className='signup-result__gap' />
        <AtButton circle onClick={() => backToEvent(registration.eventId)}>
          返回活动
        </AtButton>
      </View>
    </View>
  )
}
