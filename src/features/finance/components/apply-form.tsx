import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useQueryClient } from '@tanstack/react-query'
import { AtButton } from 'taro-ui'
import { DraftNotice } from '@/components/draft-notice'
import { ApiError, errorMessage } from '@/api/error'
import type { Enterprise } from '@contract/common'
import type { FinanceApplication, FinanceProduct, FinanceApplicationRequest } from '@contract/finance'
import { useFormFields, useSubmitIntent } from '@/components/use-form-fields'
import { amountFitsProduct, needsPledge, parseWanYuanToFen } from '@/rules'
import { useCreateFinanceApplication } from '../api/applications'
import { pledgeCheckQueryOptions, usePledgeCheck } from '../api/pledge-check'
import { financeKeys } from '../api/products'
import {
  checkFinancing,
  EMPTY_FINANCING,
  FINANCING_FIELD_OF,
  financingFromDraft,
  financingToDraft,
  type FinancingField,
  type FinancingValues,
} from '@/shared/financing-need'
import { amountRange, collateralLabel, rateRange } from '../labels'
import { FinancingFields } from './financing-fields'
import { PledgeCheckList } from './pledge-check-list'
import { showModal } from '@/components/modal'
import { subscribeInTap } from '@/shared/subscribe-in-tap'
import './apply-form.scss'

export const FINANCE_DRAFT_ID = 'finance-apply'

type Field = FinancingField | 'productId'

const ALL_FIELDS: readonly Field[] = ['amount', 'termMonths', 'purpose', 'patentIds']

const SERVER_FIELD: Record<string, Field> = { ...FINANCING_FIELD_OF, productId: 'productId' }

interface ApplyFormProps {
  product: FinanceProduct | null
  enterprise: Enterprise
  onClearProduct: () => void
  onDone: (application: FinanceApplication) => void
}

export function ApplyForm({ product, enterprise, onClearProduct, onDone }: ApplyFormProps) {
  const form = useFormFields<Field>(FINANCE_DRAFT_ID)
  const { draft, touch, serverFields } = form
  const [values, setValues] = useState<FinancingValues>(() => ({ ...EMPTY_FINANCING, ...financingFromDraft(draft) }))
  const [restored] = useState(() => Boolean(draft))
  const intent = useSubmitIntent()
  const queryClient = useQueryClient()
  const create = useCreateFinanceApplication()

  const requirePatents = needsPledge(product)
  const check = checkFinancing(values, { requirePatents })
  const localErrors: Partial<Record<FinancingField, string>> = check.ok ? {} : { ...check.fields }
  // With a product chosen, the amount must also fit that product's range (the backend checks it too).
  const amount = parseWanYuanToFen(values.amount)
  if (product && !localErrors.amount && amount.ok && !amountFitsProduct(product, amount.value)) {
    localErrors.amount = `该产品额度为 ${amountRange(product)}`
  }
  const termMonths = values.termMonths ? Number(values.termMonths) : undefined
  const patentIds = values.patents.map((p) => p.id)
  const pledge = usePledgeCheck(patentIds, termMonths)

  const errorFor = (name: FinancingField) => form.errorFor(name, localErrors)

  function change<K extends keyof FinancingValues>(name: K, value: FinancingValues[K]) {
    const next = { ...values, [name]: value }
    setValues(next)
    form.saveDraft(financingToDraft(next))
    form.edited(name === 'patents' ? 'patentIds' : (name as FinancingField), { touch: true })
  }

  /**
   * Runs (or reuses) the 质押前自查. A problem is a ground on which the pledge registration is refused
   * (专利权质押登记办法), and the backend refuses the application too (409 PLEDGE_BLOCKED), so the person
   * is told what to change rather than offered to send it anyway.
   */
  async function pledgeCheckAllows(): Promise<boolean> {
    if (patentIds.length === 0) return true
    let items
    try {
      items = await queryClient.fetchQuery(pledgeCheckQueryOptions(patentIds, termMonths))
    } catch (error) {
      form.setFormError(`质押前自查失败：${errorMessage(error)}`)
      return false
    }
    const problems = items.items.reduce((n, i) => n + i.problems.length, 0)
    if (problems === 0) return true
    await showModal({
      title: '质押前自查未通过',
      content: `所选专利有 ${problems} 个问题，不能办理质押登记。请按自查结果处理，或更换为本企业名下“可质押”的专利后再提交。`,
      confirmText: '返回修改',
      showCancel: false,
    })
    form.setFormError('质押前自查未通过，请更换专利或按提示处理后再提交')
    return false
  }

  async function submit() {
    if (intent.busy()) return
    if (!check.ok || localErrors.amount) {
      form.refuse(ALL_FIELDS, '请按提示修改后再提交')
      return
    }
    // Before the first await: WeChat shows the subscribe dialog only inside the tap itself.
    subscribeInTap('application')
    if (!(await pledgeCheckAllows())) return
    const body: FinanceApplicationRequest = {
      enterprise: { name: enterprise.name, uscc: enterprise.uscc, contactName: enterprise.contactName, phone: enterprise.phone },
      amountFen: check.value.amountFen,
      termMonths: check.value.termMonths,
      purpose: check.value.purpose,
      patentIds: check.value.patentIds,
      ...(product ? { productId: product.id } : {}),
    }
    try {
      const { application } = await intent.send((idempotencyKey) => create.mutateAsync({ body, idempotencyKey }))
      form.clearDraft()
      onDone(application)
    } catch (error) {
      // The facts changed since the check ran (e.g. another loan on the patent was approved): show them.
      if (error instanceof ApiError && error.status === 409) void queryClient.invalidateQueries({ queryKey: financeKeys.all })
      form.failed(error, (key) => SERVER_FIELD[key])
    }
  }

  return (
    <View className='apply-form'>
      {restored ? <DraftNotice text='已恢复上次未提交的内容' /> : null}
      <Text className='apply-form__section'>融资产品</Text>
      <View className='apply-form__product' data-testid='apply-product'>
        {product ? (
          <>
            <View className='apply-form__product-info'>
              <Text className='apply-form__product-name'>
                {product.bank} · {product.name}
              </Text>
              <Text className='apply-form__product-meta'>
                {amountRange(product)} · 年化 {rateRange(product)} · {collateralLabel(product.collateral)}
              </Text>
            </View>
            <View className='apply-form__product-op' role='button' onClick={onClearProduct}>
              不指定
            </View>
          </>
        ) : (
          <>
            <Text className='apply-form__product-info apply-form__product-meta'>不指定产品，由园区推荐合作银行</Text>
            <View className='apply-form__product-op' role='link' onClick={() => Taro.navigateTo({ url: '/packages/finance/pages/products/index' })}>
              选择产品
            </View>
          </>
        )}
      </View>
      {serverFields.productId ? (
        <View className='apply-form__error' role='alert'>
          {serverFields.productId}
        </View>
      ) : null}
      <Text className='apply-form__section'>申请企业</Text>
      <View className='apply-form__enterprise'>
        <Text className='apply-form__product-name'>{enterprise.name}</Text>
        <Text className='apply-form__product-meta'>
          联系人 {enterprise.contactName} · {enterprise.phone}
        </Text>
      </View>
      <Text className='apply-form__section'>融资需求</Text>
      <FinancingFields values={values} errorFor={errorFor} onChange={change} onBlur={touch} terms={product?.termMonths} />
      {patentIds.length ? (
        <PledgeCheckList items={pledge.data} isPending={pledge.isPending} error={pledge.isError ? pledge.error : null} onRetry={() => pledge.refetch()} />
      ) : null}
      {form.formError ? (
        <View className='apply-form__error' role='alert' data-testid='form-error'>
          {form.formError}
        </View>
      ) : null}
      <View className='apply-form__footer'>
        <AtButton type='primary' circle loading={create.isPending} disabled={create.isPending} onClick={submit}>
          提交申请
        </AtButton>
      </View>
    </View>
  )
}
