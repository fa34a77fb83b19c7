import { useState } from 'react'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { usePullDownRefresh } from '@/components/use-pull-down-refresh'
import { Text, View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import { errorMessage } from '@/api/error'
import type { RegistrationStatus } from '@/rules'
import { EmptyState, ErrorState, Skeleton } from '@/components/states'
import type { ExportedFile } from '@/platform/file-export'
import { OfficerOnly } from '../../components/officer-only'
import { useOfficerEvent } from '@/features/event-admin/api'
import { REGISTRATION_FILTERS } from '@/features/registration-review/labels'
import { PAGE_SIZE, useEventRegistrations, useExportRegistrations } from '@/features/registration-review/api'
import { RegistrationRow } from '@/features/registration-review/registration-row'
import { EventOpsPanel } from '@/features/event-ops/event-ops-panel'
import './index.scss'

function RegistrationsScreen({ eventId }: { eventId: string }) {
  const [status, setStatus] = useState<RegistrationStatus | ''>('')
  const [page, setPage] = useState(1)
  const event = useOfficerEvent(eventId)
  const list = useEventRegistrations(eventId, { status: status || undefined, page })
  const exporter = useExportRegistrations()
  const [exported, setExported] = useState<ExportedFile | null>(null)

  useDidShow(() => void list.refetch())
  usePullDownRefresh(() => Promise.all([list.refetch(), event.refetch()]))

  async function exportCsv() {
    setExported(null)
    try {
      const file = await exporter.mutateAsync(eventId)
      setExported(file)
      Taro.showToast({ title: file.share ? '名单已生成' : '已开始下载', icon: 'success' })
    } catch {
      // Shown below from the mutation's error.
    }
  }

  if (!eventId) return <EmptyState title='未指定活动' hint='请从活动管理进入' />
  const counts = list.data?.counts
  const total = list.data?.total ?? 0
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE))

  return (
    <View className='page o-page'>
      <View className='o-card'>
        <Text className='o-card__title'>{event.data?.title ?? '　'}</Text>
        {event.data ? (
          <View className='o-stats'>
            <Text className='o-stat'>
              已确认 {event.data.confirmedCount}/{event.data.capacity}
            </Text>
            <Text className='o-stat'>候补 {event.data.waitlistCount}</Text>
            <Text className='o-stat'>待审核 {event.data.pendingCount}</Text>
            <Text className='o-stat'>已签到 {event.data.checkedInCount}</Text>
          </View>
        ) : null}
        <View className='registrations__export o-inline-buttons'>
          <AtButton size='small' circle loading={exporter.isPending} onClick={exportCsv}>
            导出名单（CSV）
          </AtButton>
          {exported?.share ? (
            <AtButton size='small' type='primary' circle onClick={() => exported.share?.().catch(() => Taro.showToast({ title: '未发送', icon: 'none' }))}>
              发送到微信聊天
            </AtButton>
          ) : null}
        </View>
        {exporter.isError ? (
          <View className='o-field-error' role='alert'>
            导出失败：{errorMessage(exporter.error)}
          </View>
        ) : null}
      </View>

      <View className='o-chips' role='radiogroup' aria-label='报名状态'>
        {REGISTRATION_FILTERS.map((f) => {
          const n = f.value ? counts?.[f.value] : counts ? Object.values(counts).reduce((a, b) => a + b, 0) : undefined
          return (
            <View
              key={f.value || 'all'}
              role='radio'
              aria-checked={status === f.value}
              className={`chip${status === f.value ? ' chip--active' : ''}`}
              onClick={() => {
                setStatus(f.value)
                setPage(1)
              }}
            >
              {f.label}
              {n !== undefined ? ` ${n}` : ''}
            </View>
          )
        })}
      </View>

      {event.data ? <EventOpsPanel eventId={eventId} status={status} cancelled={Boolean(event.data.cancelledAt)} /> : null}

      {list.isPending ? (
        <Skeleton rows={3} />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState title='暂无报名' hint={status ? '换个状态看看' : '活动发布后，报名会出现在这里'} />
      ) : (
        <>
          {list.data.items.map((r) => (
            <RegistrationRow key={r.id} registration={r} />
          ))}
          {pages > 1 ? (
            <View className='o-pager'>
              <View className='o-action' role='button' onClick={() => page > 1 && setPage(page - 1)}>
                上一页
              </View>
              <Text>
                第 {page} / {pages} 页
              </Text>
              <View className='o-action' role='button' onClick={() => page < pages && setPage(page + 1)}>
                下一页
              </View>
            </View>
          ) : null}
        </>
      )}
    </View>
  )
}

export default function RegistrationsPage() {
  const eventId = decodeURIComponent(useRouter().params.eventId ?? '')
  return <OfficerOnly>{() => <RegistrationsScreen eventId={eventId} />}</OfficerOnly>
}
