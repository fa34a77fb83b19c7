import { Picker, Text, View } from '@tarojs/components'

interface DateTimePickersProps {
  /** The field's label, for the pickers' accessible names (e.g. 开始时间). */
  label: string
  /** `YYYY-MM-DD HH:mm` (北京时间), possibly half typed. */
  value: string
  /** The date used when the value has none yet, `YYYY-MM-DD`. */
  fallbackDate: string
  onChange: (value: string) => void
}

const DATE = /^\d{4}-\d{2}-\d{2}/
const TIME = /(\d{2}:\d{2})$/

/** The native date and time pickers beside a typed `YYYY-MM-DD HH:mm` field: nobody should have to type a date. */
export function DateTimePickers({ label, value, fallbackDate, onChange }: DateTimePickersProps) {
  const date = DATE.exec(value.trim())?.[0] ?? ''
  const time = TIME.exec(value.trim())?.[1] ?? ''
  return (
    <View className='o-datetime'>
      <Picker mode='date' value={date || fallbackDate} onChange={(e) => onChange(`${String(e.detail.value)} ${time || '09:00'}`)}>
        <View className='o-datetime__pick' role='button' aria-label={`${label}：选择日期`}>
          <Text>{date || '选择日期'}</Text>
        </View>
      </Picker>
      <Picker mode='time' value={time || '09:00'} onChange={(e) => onChange(`${date || fallbackDate} ${String(e.detail.value)}`)}>
        <View className='o-datetime__pick' role='button' aria-label={`${label}：选择时间`}>
          <Text>{time || '选择时间'}</Text>
        </View>
      </Picker>
    </View>
  )
}
