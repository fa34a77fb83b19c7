import { Text, Textarea, View } from '@tarojs/components'
import { codePointLength } from '@/rules'
import './textarea-field.scss'

interface TextareaFieldProps {
  name: string
  label: string
  value: string
  max: number
  placeholder?: string
  error?: string
  onChange: (value: string) => void
  onBlur?: () => void
}

/** Multi-line counterpart of FormField: label above, a counter, the same error line. */
export function TextareaField({ name, label, value, max, placeholder, error, onChange, onBlur }: TextareaFieldProps) {
  return (
    <View className={`form-field${error ? ' form-field--error' : ''}`}>
      <View className='textarea-field__head'>
        <Text className='form-field__label'>{label}</Text>
        <Text className='textarea-field__count'>
          {codePointLength(value)}/{max}
        </Text>
      </View>
      <Textarea
        className='textarea-field__input'
        name={name}
        aria-label={label}
        placeholder={placeholder}
        value={value}
        maxlength={max}
        autoHeight
        onInput={(e) => onChange(e.detail.value)}
        onBlur={onBlur}
      />
      {error ? (
        <View className='form-field__error textarea-field__error' role='alert' data-testid={`${name}-error`}>
          {error}
        </View>
      ) : null}
    </View>
  )
}
