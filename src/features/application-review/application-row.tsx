import { useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import { errorMessage } from '@/api/error'
import type { OfficerApplication } from '@contract/officer'
import { checkTransitionNote } from '@/rules/officer'
import { formatDate, formatDateTime, formatFen } from '@/utils/format'
import { useTransitionApplication } from './api'
import './application-row.scss'
import { PledgeSummary } from '@/shared/pledge/pledge-summary'
import { DecisionNote } from '@/officer/components/decision-note'

/** One application with its next moves (from the state machine) and the note the applicant will read. */
export function ApplicationRow({ application: a }: { application: OfficerApplication }) {
  const move = useTransitionApplication()
  const [note, setNote] = useState('')
  const [error, setError] = useState('')
  const [open, setOpen] = useState(false)
  // A second tap lands before isPending re-renders: without this it sent the same move twice (a silent 409).
  const sending = useRef(false)

  async function go(to: string) {
    if (sending.current) return
    const checked = checkTransitionNote(note, to)
    if (!checked.ok) {
      setError(checked.message)
      return
    }
    setError('')
    sending.current = true
    try {
      await move.mutateAsync({ kind: a.kind, id: a.id, request: checked.value ? { to, note: checked.value } : { to } })
      setNote('')
      setOpen(false)
    } catch (e) {
      // 409 carries the state machine's reason, e.g. 当前状态为「已备案」，不能变更为「已撤回」.
      setError(errorMessage(e))
    } finally {
      sending.current = false
    }
  }

  return (
    <View className='o-card' data-testid='officer-application'>
      <View className='application__head'>
        <Text className='o-badge'>{a.statusLabel}</Text>
        <Text className='o-card__meta application__time'>{formatDateTime(a.createdAt)}</Text>
      </View>
      <Text className='o-card__title'>{a.title}</Text>
      <Text className='o-card__meta'>
        {a.enterprise.name}
        {a.enterprise.contactName ? ` · ${a.enterprise.contactName}` : ''}
        {a.enterprise.phone ? ` · ${a.enterprise.phone}` : ''}
      </Text>
      {a.kind === 'licence' ? (
        <Text className='o-card__meta'>
          专利号 ZL{a.patentNo} · 预计实施 {formatDate(a.expectedStart)}
          {a.filingDeadline ? ` · 备案截止 ${formatDate(a.filingDeadline)}` : ''}
        </Text>
      ) : null}
      {a.kind === 'finance' && a.amountFen !== undefined ? (
        <Text className='o-card__meta'>
          {formatFen(a.amountFen)} · {a.termMonths} 个月 · {a.purpose}
        </Text>
      ) : null}
      {a.kind === 'finance' && a.patents ? <PledgeSummary patents={a.patents} checks={a.pledgeCheck} testId='officer-pledge' /> : null}
      {a.lastNote ? <Text className='o-card__note'>最近处理：{a.lastNote}</Text> : null}

      {a.nextStatuses.length === 0 ? (
        <Text className='o-card__note'>已办结，无需处理</Text>
      ) : !open ? (
        <View className='o-actions'>
          <View className='o-action' role='button' onClick={() => setOpen(true)}>
            处理
          </View>
        </View>
      ) : (
        <View className='application__panel'>
          <DecisionNote
            value={note}
            placeholder={'处理意见（申请人可见；驳回时必填）'}
            error={error}
            onChange={(value) => {
              setNote(value)
              setError('')
            }}
          />
          <View className='application__buttons o-inline-buttons'>
            <AtButton size='small' onClick={() => setOpen(false)}>
              取消
            </AtButton>
            {a.nextStatuses.map((s) => (
              <AtButton
                key={s.status}
                size='small'
                type='primary'
                className={s.status === 'rejected' ? 'o-button--danger' : undefined}
                loading={move.isPending && move.variables?.request.to === s.status}
                disabled={move.isPending}
                onClick={() => go(s.status)}
              >
                {`变更为「${s.label}」`}
              </AtButton>
            ))}
          </View>
        </View>
      )}
    </View>
  )
}
