import { useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { usePullDownRefresh } from '@/components/use-pull-down-refresh'
import { Text, View } from '@tarojs/components'
import type { OfficerApplicationKind } from '@contract/officer'
import { EmptyState, ErrorState, Skeleton } from '@/components/states'
import { STATUS_LABELS } from '@/rules'
import { OfficerOnly } from '../../components/officer-only'
import { useOfficerApplications } from '@/features/application-review/api'
import { ApplicationRow } from '@/features/application-review/application-row'
import './index.scss'

const KINDS: { value: OfficerApplicationKind; label: string }[] = [
  { value: 'licence', label: '许可申请' },
  { value: 'finance', label: '融资申请' },
]

function ApplicationsScreen() {
  const [kind, setKind] = useState<OfficerApplicationKind>('licence')
  const [status, setStatus] = useState('')
  const list = useOfficerApplications({ kind, status: status || undefined })
  useDidShow(() => void list.refetch())
  usePullDownRefresh(() => list.refetch())
  const counts = list.data?.counts
  const statuses = Object.keys(STATUS_LABELS[kind]) as (keyof (typeof STATUS_LABELS)[typeof kind])[]

  return (
    <View className='page o-page'>
      <View className='applications__tabs' role='tablist'>
        {KINDS.map((k) => (
          <View
            key={k.value}
            role='tab'
            aria-selected={kind === k.value}
            className={`applications__tab${kind === k.value ? ' applications__tab--active' : ''}`}
            onClick={() => {
              setKind(k.value)
              setStatus('')
            }}
          >
            {k.label}
          </View>
        ))}
      </View>
      <View className='o-chips' role='radiogroup' aria-label='申请状态'>
        <View role='radio' aria-checked={status === ''} className={`chip${status === '' ? ' chip--active' : ''}`} onClick={() => setStatus('')}>
          全部
        </View>
        {statuses.map((s) => (
          <View key={s} role='radio' aria-checked={status === s} className={`chip${status === s ? ' chip--active' : ''}`} onClick={() => setStatus(s)}>
            {(STATUS_LABELS[kind] as Record<string, string>)[s]}
            {counts ? ` ${counts[s] ?? 0}` : ''}
          </View>
        ))}
      </View>
      {list.isPending ? (
        <Skeleton rows={3} />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState title='暂无申请' hint={status ? '换个状态看看' : '企业提交的申请会出现在这里'} />
      ) : (
        <>
          {list.data.items.map((a) => (
            <ApplicationRow key={`${a.kind}-${a.id}`} application={a} />
          ))}
          {list.data.total > list.data.items.length ? <Text className='o-hint'>仅显示最新 {list.data.items.length} 条，请按状态筛选</Text> : null}
        </>
      )}
    </View>
  )
}

export default function ApplicationsPage() {
  return <OfficerOnly>{() => <ApplicationsScreen />}</OfficerOnly>
}
