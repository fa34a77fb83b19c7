import { Text, View } from '@tarojs/components'
import { NEXT_STEPS } from '../labels'
import './next-steps.scss'

/** What happens after the written notice (专利法第五十一条), numbered for a glance. */
export function NextSteps() {
  return (
    <View className='next-steps' role='list' aria-label='后续步骤'>
      {NEXT_STEPS.map((step, i) => (
        <View key={step.title} className='next-steps__item' role='listitem'>
          <Text className='next-steps__index'>{i + 1}</Text>
          <View className='next-steps__body'>
            <Text className='next-steps__title'>{step.title}</Text>
            <Text className='next-steps__detail'>{step.detail}</Text>
          </View>
        </View>
      ))}
    </View>
  )
}
