import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, Textarea, View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import { newIdempotencyKey } from '@/api/client'
import { ApiError, errorMessage } from '@/api/error'
import { EmptyState, ErrorState, Skeleton } from '@/components/states'
import { FormField } from '@/components/form-field'
import { codePointLength, TITLE_MAX } from '@/rules'
import { checkNoticeInput, NOTICE_BODY_MAX } from '@/rules/officer'
import { OfficerOnly } from '../../components/officer-only'
import { useOfficerEvent } from '@/features/event-admin/api'
import { useSendNotice } from '@/features/notices/api'
import { showModal } from '@/components/modal'
import './index.scss'

function NoticeScreen({ eventId }: { eventId: string }) {
  const event = useOfficerEvent(eventId)
  const send = useSendNotice(eventId)
  const [title, setTitle] = useState('')
  const [body, setBody] = useState('')
  const [touched, setTouched] = useState({ title: false, body: false })
  const [serverFields, setServerFields] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState('')
  const [delivered, setDelivered] = useState<number | null>(null)
  // One key per notice: a retry after a lost answer never delivers it twice.
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey)

  if (!eventId) return <EmptyState title='未指定活动' hint='请从活动管理进入' />
  if (event.isPending) return <Skeleton rows={3} />
  if (event.isError) return <ErrorState error={event.error} onRetry={() => event.refetch()} />

  const recipients = event.data.activeCount
  const check = checkNoticeInput({ title, body })
  const errors: Record<string, string> = check.ok ? {} : check.fields
  const errorFor = (name: 'title' | 'body') => serverFields[name] ?? (touched[name] ? errors[name] : undefined)

  async function submit() {
    if (send.isPending) return
    if (!check.ok) {
      setTouched({ title: true, body: true })
      setFormError('请按提示修改后再发送')
      return
    }
    const { confirm } = await showModal({ title: '确认发送', content: `通知将发送给 ${recipients} 位报名人员，发送后不能撤回。`, confirmText: '发送' })
    if (!confirm) return
    try {
      const result = await send.mutateAsync({ notice: check.value, idempotencyKey })
      setDelivered(result.delivered)
      setTitle('')
      setBody('')
      setTouched({ title: false, body: false })
      setIdempotencyKey(newIdempotencyKey())
      Taro.showToast({ title: `已发送 ${result.delivered} 人`, icon: 'success' })
    } catch (error) {
      if (error instanceof ApiError) setServerFields(error.fields)
      setFormError(errorMessage(error))
    }
  }

  return (
    <View className='page o-page notice'>
      <View className='o-card'>
        <Text className='o-card__title'>{event.data.title}</Text>
        <Text className='o-card__meta' data-testid='notice-recipients'>
          将发送给 {recipients} 位报名人员（待审核、已确认、候补、已签到）
        </Text>
      </View>
      {delivered !== null ? (
        <View className='notice__done' role='status'>
          通知已发送，送达 {delivered} 人
        </View>
      ) : null}
      <FormField
        name='title'
        label='通知标题'
        placeholder={`不超过 ${TITLE_MAX} 字`}
        maxlength={TITLE_MAX + 10}
        value={title}
        error={errorFor('title')}
        onChange={(v) => {
          setTitle(v)
          setDelivered(null)
          setFormError('')
          setServerFields(({ title: _t, ...rest }) => rest)
        }}
        onBlur={() => setTouched((t) => ({ ...t, title: true }))}
      />
      <View className='notice__body'>
        <Text className='notice__label'>通知正文</Text>
        <Textarea
          className='o-textarea notice__textarea'
          name='body'
          aria-label='通知正文'
          value={body}
          maxlength={NOTICE_BODY_MAX + 100}
          placeholder='纯文本，将出现在报名人员的「消息」中'
          onInput={(e) => {
            setBody(e.detail.value)
            setDelivered(null)
            setFormError('')
            setServerFields(({ body: _b, ...rest }) => rest)
          }}
          onBlur={() => setTouched((t) => ({ ...t, body: true }))}
        />
        <Text className='notice__count'>
          {codePointLength(body)} / {NOTICE_BODY_MAX}
        </Text>
        {errorFor('body') ? (
          <View className='form-field__error notice__error' role='alert' data-testid='body-error'>
            {errorFor('body')}
          </View>
        ) : null}
      </View>

      <Text className='section-title'>预览</Text>
      <View className='o-card notice__preview' data-testid='notice-preview'>
        <Text className='notice__preview-title'>{title.trim() || '（通知标题）'}</Text>
        <Text className='notice__preview-body'>{body.trim() || '（通知正文）'}</Text>
      </View>

      {formError ? (
        <View className='o-error' role='alert'>
          {formError}
        </View>
      ) : null}
      <View className='notice__footer'>
        <AtButton type='primary' circle loading={send.isPending} disabled={send.isPending || recipients === 0} onClick={submit}>
          {recipients === 0 ? '暂无报名人员' : `发送给 ${recipients} 人`}
        </AtButton>
      </View>
    </View>
  )
}

export default function NoticePage() {
  const eventId = decodeURIComponent(useRouter().params.eventId ?? '')
  return <OfficerOnly>{() => <NoticeScreen eventId={eventId} />}</OfficerOnly>
}
