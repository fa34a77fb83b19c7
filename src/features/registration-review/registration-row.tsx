import { useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import { errorMessage } from '@/api/error'
import type { Registration } from '@contract/events'
import { nextStatuses } from '@/rules'
import { checkTransitionNote } from '@/rules/officer'
import { formatDateTime } from '@/utils/format'
import { useDecideRegistration, type Decision } from './api'
import './registration-row.scss'
import { DecisionNote } from '@/officer/components/decision-note'

const TONES: Partial<Record<Registration['status'], string>> = {
  confirmed: ' o-badge--success',
  checked_in: ' o-badge--success',
  waitlisted: ' o-badge--warning',
  pending_approval: ' o-badge--warning',
  rejected: ' o-badge--danger',
  cancelled: ' o-badge--danger',
}

/** One attendee, with 通过 / 拒绝 (and an optional note the applicant reads) where the state machine allows. */
export function RegistrationRow({ registration: r }: { registration: Registration }) {
  const decide = useDecideRegistration()
  const [open, setOpen] = useState<Decision | null>(null)
  const [note, setNote] = useState('')
  const [error, setError] = useState('')
  // A second tap lands before isPending re-renders: without this it sent a second decision (a silent 409).
  const sending = useRef(false)
  const moves = nextStatuses('registration', r.status, 'officer').filter((s) => s === 'confirmed' || s === 'rejected')

  async function confirm() {
    if (!open || sending.current) return
    const checked = checkTransitionNote(note, 'confirmed')
    if (!checked.ok) {
      setError(checked.message)
      return
    }
    sending.current = true
    try {
      await decide.mutateAsync({ id: r.id, decision: open, note: checked.value || undefined })
      setOpen(null)
      setNote('')
      setError('')
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      sending.current = false
    }
  }

  return (
    <View className='o-card' data-testid='registration'>
      <View className='registration__head'>
        <Text className='o-card__title'>{r.attendeeName}</Text>
        <Text className={`o-badge${TONES[r.status] ?? ''}`}>{r.statusLabel}</Text>
      </View>
      <Text className='o-card__meta'>
        {r.enterprise.name} · {r.phone}
      </Text>
      <Text className='o-card__meta'>
        报名 {formatDateTime(r.createdAt)}
        {r.checkedInAt ? ` · 签到 ${formatDateTime(r.checkedInAt)}` : ''}
        {r.waitlistPosition ? ` · 候补第 ${r.waitlistPosition} 位` : ''}
      </Text>
      {moves.length > 0 && !open ? (
        <View className='o-actions'>
          {moves.includes('confirmed') ? (
            <View className='o-action' role='button' onClick={() => setOpen('approve')}>
              {r.status === 'waitlisted' ? '递补为正式名额' : '通过'}
            </View>
          ) : null}
          {moves.includes('rejected') ? (
            <View className='o-action o-action--danger' role='button' onClick={() => setOpen('reject')}>
              拒绝
            </View>
          ) : null}
        </View>
      ) : null}
      {open ? (
        <View className='registration__decision'>
          <DecisionNote
            value={note}
            placeholder={open === 'reject' ? '拒绝原因（选填，报名人可见）' : '备注（选填，报名人可见）'}
            error={error}
            onChange={(value) => {
              setNote(value)
              setError('')
            }}
          />
          <View className='registration__buttons o-inline-buttons'>
            <AtButton size='small' onClick={() => setOpen(null)}>
              取消
            </AtButton>
            <AtButton size='small' type='primary' className={open === 'reject' ? 'o-button--danger' : undefined} loading={decide.isPending} disabled={decide.isPending} onClick={confirm}>
              {open === 'approve' ? '确认通过' : '确认拒绝'}
            </AtButton>
          </View>
        </View>
      ) : null}
    </View>
  )
}
