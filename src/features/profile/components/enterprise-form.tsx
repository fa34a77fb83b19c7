import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import { DraftNotice } from '@/components/draft-notice'
import { FormField } from '@/components/form-field'
import { reachedLength, useFormFields } from '@/components/use-form-fields'
import { IndustryField, RegionField } from '@/shared/catalog/components/catalog-fields'
import { checkEnterprise, type EnterpriseProfile } from '@/rules'
import { useSaveEnterprise } from '../api/save-enterprise'
import './enterprise-form.scss'

export const ENTERPRISE_DRAFT_ID = 'enterprise-profile'

type Values = Record<keyof EnterpriseProfile, string>
type FieldName = keyof Values

const EMPTY: Values = { name: '', uscc: '', contactName: '', phone: '', region: '', industry: '' }
const ALL_FIELDS: readonly FieldName[] = ['name', 'uscc', 'contactName', 'phone', 'region', 'industry']

// A code that has reached its full length can be judged while the user is still typing.
const LIVE_AT_LENGTH: Partial<Record<FieldName, number>> = { uscc: 18, phone: 11 }

function toValues(profile: EnterpriseProfile | null | undefined): Values {
  return profile ? { ...EMPTY, ...profile } : EMPTY
}

export function EnterpriseForm({ saved, onSaved }: { saved: EnterpriseProfile | null; onSaved?: () => void }) {
  const form = useFormFields<FieldName>(ENTERPRISE_DRAFT_ID)
  const { draft, errorFor: shownError, touch } = form
  const [values, setValues] = useState<Values>(() => ({ ...toValues(saved), ...(draft as Partial<Values> | undefined) }))
  const save = useSaveEnterprise()

  const check = checkEnterprise(values)
  const localErrors: Record<string, string> = check.ok ? {} : check.fields

  function errorFor(name: FieldName): string | undefined {
    const live = LIVE_AT_LENGTH[name]
    return shownError(name, localErrors, live !== undefined && reachedLength(values[name], live))
  }

  function change(name: FieldName, value: string) {
    const next = { ...values, [name]: value }
    setValues(next)
    form.saveDraft(next)
    form.edited(name, { touch: name === 'region' || name === 'industry' })
  }

  function discardDraft() {
    form.discard()
    setValues(toValues(saved))
  }

  async function submit() {
    if (save.isPending) return
    if (!check.ok) {
      form.refuse(ALL_FIELDS, '请按提示修改后再保存')
      return
    }
    try {
      await save.mutateAsync(check.value)
      form.clearDraft()
      setValues(toValues(check.value))
      Taro.showToast({ title: '保存成功', icon: 'success' })
      onSaved?.()
    } catch (error) {
      form.failed(error)
    }
  }

  return (
    <View className='enterprise-form'>
      {form.restored ? <DraftNotice text='已恢复上次未保存的内容' onDiscard={discardDraft} /> : null}
      <View className='enterprise-form__group'>
        <FormField name='name' label='企业名称' placeholder='与营业执照一致' value={values.name} error={errorFor('name')} maxlength={50} onChange={(v) => change('name', v)} onBlur={() => touch('name')} />
        <FormField name='uscc' label='统一社会信用代码' placeholder='18 位，见营业执照' value={values.uscc} error={errorFor('uscc')} maxlength={24} onChange={(v) => change('uscc', v)} onBlur={() => touch('uscc')} />
        <FormField name='contactName' label='联系人' placeholder='姓名' value={values.contactName} error={errorFor('contactName')} maxlength={20} onChange={(v) => change('contactName', v)} onBlur={() => touch('contactName')} />
        <FormField name='phone' label='手机号' type='number' placeholder='11 位手机号' value={values.phone} error={errorFor('phone')} maxlength={13} onChange={(v) => change('phone', v)} onBlur={() => touch('phone')} />
      </View>
      <View className='enterprise-form__group'>
        <RegionField name='region' label='所在地区' value={values.region} error={errorFor('region')} onChange={(v) => change('region', v)} />
        <IndustryField name='industry' label='所属行业' value={values.industry} error={errorFor('industry')} onChange={(v) => change('industry', v)} />
      </View>
      {form.formError ? (
        <View className='enterprise-form__error' role='alert'>
          {form.formError}
        </View>
      ) : null}
      <View className='enterprise-form__footer'>
        <AtButton type='primary' circle loading={save.isPending} disabled={save.isPending} onClick={submit}>
          保存
        </AtButton>
      </View>
    </View>
  )
}
