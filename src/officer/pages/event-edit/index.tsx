import { useEffect } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { ErrorState, Skeleton } from '@/components/states'
import { goBackOr, OfficerOnly } from '../../components/officer-only'
import { useOfficerEvent } from '@/features/event-admin/api'
import { EventForm } from '@/features/event-admin/event-form'

const EVENTS_URL = '/officer/pages/events/index'

function EventEditScreen({ id }: { id: string }) {
  const event = useOfficerEvent(id)
  if (!id) {
    return (
      <View className='page o-page'>
        <EventForm onSaved={() => goBackOr(EVENTS_URL)} />
      </View>
    )
  }
  if (event.isPending) return <Skeleton rows={4} />
  if (event.isError) return <ErrorState error={event.error} onRetry={() => event.refetch()} />
  return (
    <View className='page o-page'>
      {/* Remount on a newer version so the form starts from what was saved. */}
      <EventForm key={event.data.updatedAt} event={event.data} onSaved={() => goBackOr(EVENTS_URL)} />
    </View>
  )
}

export default function EventEditPage() {
  const id = useRouter().params.id ?? ''
  useEffect(() => {
    Taro.setNavigationBarTitle({ title: id ? '编辑活动' : '新建活动' }).catch(() => undefined)
  }, [id])
  return <OfficerOnly>{() => <EventEditScreen id={decodeURIComponent(id)} />}</OfficerOnly>
}
