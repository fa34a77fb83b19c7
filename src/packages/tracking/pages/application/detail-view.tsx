import Taro from '@tarojs/taro'
import { usePullDownRefresh } from '@/components/use-pull-down-refresh'
import { Text, View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import { errorMessage } from '@/api/error'
import type { ApplicationDetail } from '@contract/tracking'
import { EmptyState, ErrorState, Skeleton } from '@/components/states'
import { KIND_LABELS } from '@/rules'
import { formatDate, formatDateTime, formatFen } from '@/utils/format'
import { applicantActions, ticketUrl, type ApplicantAction } from '@/features/tracking/actions'
import { useApplication } from '@/features/tracking/api/applications'
import { useCancelRegistration, useWithdrawApplication } from '@/features/tracking/api/withdraw'
import { ACTION_COPY } from '@/features/tracking/labels'
import { formatUpdatedAt } from '@/utils/relative-time'
import { FilingCountdownCard } from '@/features/tracking/components/filing-countdown-card'
import { FilingCheckCard } from '@/features/licences/components/filing-check-card'
import { StatusChip } from '@/features/tracking/components/status-chip'
import { DetailField as Field, FinanceRelated, LicenceRelated, RegistrationRelated } from './related'
import { Timeline } from '@/features/tracking/components/timeline'
import { DANGER_RED, showModal } from '@/components/modal'
// A relative path: Jest's moduleNameMapper sends '@/…' to src before its style stub sees '.scss'.
import '../../../../features/tracking/components/tracking.scss'

function KindFields({ detail }: { detail: ApplicationDetail }) {
  if (detail.kind === 'licence') {
    return (
      <>
        <Field label='专利号' value={`ZL${detail.patentNo}`} />
        <Field label='被许可企业' value={detail.enterprise.name} />
        <Field label='预计实施日期' value={formatDate(detail.expectedStart)} />
        {detail.licensedAt ? <Field label='许可生效' value={formatDateTime(detail.licensedAt)} /> : null}
        <LicenceRelated detail={detail} />
      </>
    )
  }
  if (detail.kind === 'registration') {
    return (
      <>
        {detail.event ? <Field label='活动时间' value={formatDateTime(detail.event.startsAt)} /> : null}
        {detail.event ? <Field label='地点' value={detail.event.venue} /> : null}
        <Field label='参会人' value={detail.attendeeName} />
        <Field label='企业' value={detail.enterprise.name} />
        <RegistrationRelated detail={detail} />
      </>
    )
  }
  return (
    <>
      <Field label='融资金额' value={formatFen(detail.amountFen)} />
      <Field label='融资期限' value={`${detail.termMonths} 个月`} />
      <Field label='资金用途' value={detail.purpose} />
      <FinanceRelated detail={detail} />
    </>
  )
}

function Actions({ detail, nowMs }: { detail: ApplicationDetail; nowMs: number }) {
  const withdraw = useWithdrawApplication(detail.kind, detail.id)
  const cancel = useCancelRegistration(detail.id)
  const actions = applicantActions(detail, nowMs)
  if (actions.length === 0) return null

  const confirmThen = async (action: 'withdraw' | 'cancel') => {
    const copy = ACTION_COPY[action]
    const { confirm } = await showModal({ title: copy.title, content: copy.content, confirmText: copy.confirm, confirmColor: DANGER_RED, cancelText: '再想想' })
    if (!confirm) return
    const mutation = action === 'withdraw' ? withdraw : cancel
    mutation.mutate(undefined, {
      onSuccess: () => Taro.showToast({ title: copy.done, icon: 'success' }),
      onError: (error) => showModal({ title: '操作未完成', content: errorMessage(error), showCancel: false }),
    })
  }

  const run = (action: ApplicantAction) => {
    if (action === 'ticket') Taro.navigateTo({ url: ticketUrl(detail.id) })
    else confirmThen(action)
  }

  return (
    <View className='detail-actions'>
      {actions.map((action) => (
        <View key={action} className='detail-actions__item'>
          <AtButton
            type={action === 'ticket' ? 'primary' : 'secondary'}
            circle
            loading={(action === 'withdraw' && withdraw.isPending) || (action === 'cancel' && cancel.isPending)}
            disabled={withdraw.isPending || cancel.isPending}
            onClick={() => run(action)}
          >
            {ACTION_COPY[action].button}
          </AtButton>
        </View>
      ))}
    </View>
  )
}

export function ApplicationDetailView({ kind, id }: { kind: string; id: string }) {
  const query = useApplication(kind, id)
  usePullDownRefresh(() => query.refetch())

  if (!kind || !id) return <EmptyState title='申请不存在' hint='链接缺少申请编号' />
  if (query.isPending) return <Skeleton rows={3} />
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />

  const detail = query.data
  const nowMs = Date.now()
  return (
    <View className='application-detail'>
      <View className='card detail-head'>
        <Text className={`application-row__kind application-row__kind--${detail.kind}`}>{KIND_LABELS[detail.kind]}</Text>
        <Text className='detail-head__title'>{detail.title}</Text>
        <View className='detail-head__status'>
          <StatusChip kind={detail.kind} status={detail.status} />
          <Text className='application-row__time'>更新于 {formatUpdatedAt(detail.updatedAt, nowMs)}</Text>
        </View>
      </View>
      {detail.kind === 'licence' && detail.status === 'licensed' && detail.filingDeadline ? (
        <FilingCountdownCard deadline={detail.filingDeadline} nowMs={nowMs} />
      ) : null}
      {detail.kind === 'licence' && (detail.status === 'licensed' || detail.status === 'filed') ? <FilingCheckCard applicationId={detail.id} /> : null}
      <View className='card'>
        <KindFields detail={detail} />
      </View>
      <Text className='section-title'>办理进度</Text>
      <View className='card'>
        <Timeline items={detail.timeline} />
      </View>
      <Actions detail={detail} nowMs={nowMs} />
    </View>
  )
}
