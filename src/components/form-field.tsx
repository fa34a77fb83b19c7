import { Input, Text, Textarea, View } from '@tarojs/components'
import { codePointLength } from '@/rules'
import './form-field.scss'

interface FormFieldProps {
  name: string
  label: string
  value: string
  placeholder?: string
  error?: string
  maxlength?: number
  type?: 'text' | 'number' | 'digit'
  onChange: (value: string) => void
  onBlur?: () => void
}

export function FormField({ name, label, value, placeholder, error, maxlength, type = 'text', onChange, onBlur }: FormFieldProps) {
  const inputId = `field-${name}`
  return (
    <View className={`form-field${error ? ' form-field--error' : ''}`}>
      <View className='form-field__row'>
        <Text className='form-field__label' id={`${inputId}-label`}>
          {label}
        </Text>
        <Input
          id={inputId}
          name={name}
          className='form-field__input'
          type={type}
          value={value}
          placeholder={placeholder}
          maxlength={maxlength ?? 140}
          aria-label={label}
          onInput={(e) => onChange(e.detail.value)}
          onBlur={onBlur}
        />
      </View>
      {error ? (
        <View className='form-field__error' role='alert' data-testid={`${name}-error`}>
          {error}
        </View>
      ) : null}
    </View>
  )
}

interface ChipSelectProps {
  name: string
  label: string
  value: string
  options: readonly { code: string; label: string }[]
  error?: string
  onChange: (code: string) => void
}

export function ChipSelect({ name, label, value, options, error, onChange }: ChipSelectProps) {
  return (
    <View className={`form-field${error ? ' form-field--error' : ''}`} role='radiogroup' aria-label={label}>
      <Text className='form-field__label form-field__label--block'>{label}</Text>
      <View className='chips'>
        {options.map((o) => (
          <View
            key={o.code}
            role='radio'
            aria-checked={o.code === value}
            className={`chip${o.code === value ? ' chip--active' : ''}`}
            onClick={() => onChange(o.code)}
          >
            {o.label}
          </View>
        ))}
      </View>
      {error ? (
        <View className='form-field__error' role='alert' data-testid={`${name}-error`}>
          {error}
        </View>
      ) : null}
    </View>
  )
}

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
