import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import { errorMessage } from '@/api/error'
import type { Registration } from '@contract/events'
import { SignInPrompt } from '@/components/gates'
import { EmptyState, ErrorState, Skeleton } from '@/components/states'
import { useAcceptOffer, useCancelRegistration, useRegistration } from '@/features/events/api/registrations'
import { eventTimeRange, hasTicket, registrationHeadline } from '@/features/events/labels'
import { backToEvent } from '@/features/events/navigation'
import { PrivacySheet } from '@/components/privacy-sheet'
import { addToCalendar } from '@/platform/calendar'
import { isPrivacyRefusal } from '@/platform/privacy'
import { nextStatuses } from '@/rules'
import { useSessionStore } from '@/stores/session'
import { formatDateTime } from '@/utils/format'
import { DynamicTicketQr, TicketShortCode } from '@/features/tickets/dynamic-ticket-qr'
import { DANGER_RED, showModal } from '@/components/modal'
import './index.scss'

function maskPhone(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : phone
}

function canCancel(r: Registration): boolean {
  const started = r.event ? Date.now() >= new Date(r.event.startsAt).getTime() : false
  return !started && nextStatuses('registration', r.status, 'applicant').includes('cancelled')
}

function isActive(r: Registration): boolean {
  return r.status !== 'cancelled' && r.status !== 'rejected'
}

export default function TicketPage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const token = useSessionStore((s) => s.token)
  const registration = useRegistration(token ? id : '')
  const cancel = useCancelRegistration()
  const accept = useAcceptOffer()

  // A waitlisted seat can be confirmed (and a ticket issued) while the page is in the background.
  useDidShow(() => {
    if (token && id && !registration.isFetching) registration.refetch()
  })

  if (!token) {
    return (
      <View className='page'>
        <SignInPrompt hint='登录后查看您的电子票' />
      </View>
    )
  }
  if (!id) return <View className='page'><EmptyState title='链接中缺少报名编号' /></View>
  if (registration.isPending) return <View className='page'><Skeleton rows={2} /></View>
  if (registration.isError) return <View className='page'><ErrorState error={registration.error} onRetry={() => registration.refetch()} /></View>

  const r = registration.data
  const ev = r.event

  async function addCalendar() {
    if (!ev) return
    try {
      const outcome = await addToCalendar({
        uid: `huiqi-${r.id}`,
        title: ev.title,
        startsAt: ev.startsAt,
        endsAt: ev.endsAt,
        location: `${ev.cityLabel} ${ev.venue}`,
        // Never the ticket code: a calendar entry is shared and synced, and the code is a pass.
        description: hasTicket(r) ? `主办：${ev.organizer}。入场请打开电子票出示动态二维码` : `主办：${ev.organizer}`,
      })
      Taro.showToast({ title: outcome === 'added' ? '已添加到日历' : '已下载日历文件', icon: 'success' })
    } catch (error) {
      Taro.showToast({ title: isPrivacyRefusal(error) ? '未同意隐私保护指引，无法添加到日历' : '未能添加到日历', icon: 'none' })
    }
  }

  const waitlisted = r.status === 'waitlisted'
  const leaveLabel = waitlisted ? (r.offerExpiresAt ? '放弃名额' : '退出候补') : '取消报名'

  async function acceptOffer() {
    if (accept.isPending) return
    try {
      await accept.mutateAsync(r.id)
      Taro.showToast({ title: '已确认参加', icon: 'success' })
    } catch (error) {
      Taro.showToast({ title: errorMessage(error), icon: 'none' })
      registration.refetch()
    }
  }

  async function confirmCancel() {
    if (cancel.isPending) return
    const { confirm } = await showModal({
      title: leaveLabel,
      content: hasTicket(r)
        ? '取消后电子票失效，名额将释放给候补企业。确定取消吗？'
        : r.offerExpiresAt
          ? '放弃后名额将顺延给下一位候补。确定放弃吗？'
          : waitlisted
            ? '退出后将不再为您保留候补位置。确定退出候补吗？'
            : '确定取消本次报名吗？',
      confirmText: leaveLabel,
      cancelText: '再想想',
      confirmColor: DANGER_RED,
    })
    if (!confirm) return
    try {
      await cancel.mutateAsync(r.id)
      Taro.showToast({ title: waitlisted ? (r.offerExpiresAt ? '已放弃名额' : '已退出候补') : '已取消报名', icon: 'success' })
      backToEvent(r.eventId)
    } catch (error) {
      Taro.showToast({ title: errorMessage(error), icon: 'none' })
    }
  }

  return (
    <View className='page ticket'>
      <PrivacySheet />
      <View className='ticket__card'>
        {ev ? (
          <View className='ticket__event'>
            <Text className='ticket__title'>{ev.title}</Text>
            <Text className='ticket__meta'>{eventTimeRange(ev.startsAt, ev.endsAt)}</Text>
            <Text className='ticket__meta'>
              {ev.cityLabel} · {ev.venue}
            </Text>
          </View>
        ) : null}
        <View className='ticket__divider' />
        <Text className={`ticket__status ticket__status--${r.status}`} data-testid='ticket-status'>
          {registrationHeadline(r)}
        </Text>
        {hasTicket(r) && r.ticketCode ? (
          <View className='ticket__qr'>
            {r.status === 'checked_in' ? null : r.ticketSecret ? (
              <DynamicTicketQr ticketCode={r.ticketCode} ticketSecret={r.ticketSecret} shortCode={r.shortCode} />
            ) : (
              // Cached data from before tickets had secrets: a QR of the bare code would be a static
              // pass (screenshot-able), so none is drawn until the ticket is loaded again.
              <View className='ticket__no-qr' role='alert' data-testid='ticket-no-qr'>
                <Text className='ticket__no-qr-title'>暂时无法生成动态二维码</Text>
                <Text className='ticket__hint'>请连接网络后重新打开本页；现场也可出示核验码并报手机尾号</Text>
                <TicketShortCode shortCode={r.shortCode} />
              </View>
            )}
            <Text className='ticket__hint' data-testid='ticket-checkin-state'>
              {r.checkedInAt ? `已签到（${formatDateTime(r.checkedInAt)}）` : '入场时请向工作人员出示此二维码'}
            </Text>
          </View>
        ) : (
          <Text className='ticket__hint'>
            {r.status === 'waitlisted'
              ? r.offerLapsedAt
                ? '候补名额未在期限内确认，已顺延给下一位'
                : '有名额释放时将按顺序通知您确认，确认后生成电子票'
              : r.status === 'pending_approval'
                ? '主办方审核通过后生成电子票'
                : '本次报名已失效'}
          </Text>
        )}
        {r.status === 'waitlisted' && r.offerExpiresAt ? (
          <View className='ticket__offer' data-testid='waitlist-offer'>
            <Text className='ticket__offer-title'>有名额释放给您</Text>
            <Text className='ticket__hint'>请在 {formatDateTime(r.offerExpiresAt)} 前确认参加，逾期名额将顺延给下一位</Text>
            <AtButton type='primary' circle loading={accept.isPending} disabled={accept.isPending} onClick={acceptOffer}>
              确认参加
            </AtButton>
          </View>
        ) : null}
        <View className='ticket__info'>
          <Text className='ticket__row'>报名人：{r.attendeeName}</Text>
          <Text className='ticket__row'>手机号：{maskPhone(r.phone)}</Text>
          <Text className='ticket__row'>企业：{r.enterprise.name}</Text>
          <Text className='ticket__row'>报名时间：{formatDateTime(r.createdAt)}</Text>
        </View>
      </View>
      <View className='ticket__actions'>
        {ev && isActive(r) ? (
          <AtButton type='primary' circle onClick={addCalendar}>
            添加到日历
          </AtButton>
        ) : null}
        {canCancel(r) ? (
          <AtButton circle className='ticket__cancel' loading={cancel.isPending} disabled={cancel.isPending} onClick={confirmCancel}>
            {leaveLabel}
          </AtButton>
        ) : null}
        <AtButton circle onClick={() => backToEvent(r.eventId)}>
          查看活动
        </AtButton>
      </View>
    </View>
  )
}
