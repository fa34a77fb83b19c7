import { Text, Textarea, View } from '@tarojs/components'
import { ChipSelect, FormField } from '@/components/form-field'
import { LOAN_TERMS, PURPOSE_MAX } from '@/rules'
import type { FinancingFieldsProps } from '@/shared/financing-need'
import { PatentPicker } from './patent-picker'
import './financing-fields.scss'

const TERM_OPTIONS = LOAN_TERMS.map((t) => ({ code: String(t), label: `${t} 个月` }))

/** 融资需求: shared by the financing-event sign-up and the 申请融资 form. */
export function FinancingFields({ values, errorFor, onChange, onBlur, terms }: FinancingFieldsProps) {
  const termOptions = terms ? TERM_OPTIONS.filter((o) => terms.includes(Number(o.code))) : TERM_OPTIONS
  const purposeError = errorFor('purpose')
  return (
    <View className='financing-fields'>
      <FormField
        name='amount'
        label='金额（万元）'
        type='digit'
        placeholder='10 – 5000'
        value={values.amount}
        error={errorFor('amount')}
        maxlength={12}
        onChange={(v) => onChange('amount', v)}
        onBlur={() => onBlur('amount')}
      />
      <ChipSelect name='termMonths' label='融资期限' options={termOptions} value={values.termMonths} error={errorFor('termMonths')} onChange={(v) => onChange('termMonths', v)} />
      <View className={`form-field${purposeError ? ' form-field--error' : ''}`}>
        <Text className='form-field__label form-field__label--block'>资金用途</Text>
        <Textarea
          className='financing-fields__textarea'
          name='purpose'
          aria-label='资金用途'
          placeholder='如：购置生产设备、研发投入、补充流动资金'
          value={values.purpose}
          maxlength={PURPOSE_MAX}
          onInput={(e) => onChange('purpose', e.detail.value)}
          onBlur={() => onBlur('purpose')}
        />
        {purposeError ? (
          <View className='form-field__error financing-fields__error' role='alert' data-testid='purpose-error'>
            {purposeError}
          </View>
        ) : null}
      </View>
      <PatentPicker value={values.patents} error={errorFor('patentIds')} termMonths={values.termMonths ? Number(values.termMonths) : undefined} onChange={(patents) => onChange('patents', patents)} />
    </View>
  )
}
