import { Textarea, View } from '@tarojs/components'
import { TRANSITION_NOTE_MAX } from '@/rules/officer'

interface DecisionNoteProps {
  value: string
  placeholder: string
  error: string
  /** Typing clears the error shown for the last attempt. */
  onChange: (value: string) => void
}

/** 处理意见 of an officer's decision (registration or application), with the refusal's message under it. */
export function DecisionNote({ value, placeholder, error, onChange }: DecisionNoteProps) {
  return (
    <>
      <Textarea className='o-textarea' aria-label='处理意见' value={value} maxlength={TRANSITION_NOTE_MAX} placeholder={placeholder} onInput={(e) => onChange(e.detail.value)} />
      {error ? (
        <View className='o-field-error' role='alert'>
          {error}
        </View>
      ) : null}
    </>
  )
}
