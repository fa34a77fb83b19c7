import { Text } from '@tarojs/components'
import { statusLabel, type ApplicationKind, type StatusOf } from '@/rules'
import { statusTone } from '../labels'
import './tracking.scss'

export function StatusChip({ kind, status }: { kind: ApplicationKind; status: string }) {
  return (
    <Text className={`status-chip status-chip--${statusTone(status)}`} data-testid='status-chip'>
      {statusLabel(kind, status as StatusOf<typeof kind>)}
    </Text>
  )
}
