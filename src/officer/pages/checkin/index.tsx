import { useEffect, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Input, Text, View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import { errorMessage } from '@/api/error'
import { CHECKIN_UNDO_WINDOW_MS } from '@contract/officer'
import { EmptyState } from '@/components/states'
import { formatDateTime } from '@/utils/format'
import { OfficerOnly } from '../../components/officer-only'
import { CHECKIN_OUTCOMES, outcomeTitle } from '@/features/checkin/labels'
import { Scanner } from '@/features/checkin/scanner'
import { useCheckinStation, type ShownResult } from '@/features/checkin/use-checkin-station'
import './index.scss'

function useNow(active: boolean): number {
  const [now, setNow] = useState(Date.now)
  useEffect(() => {
    if (!active) return
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [active])
  return now
}

function ResultPanel({ result, onUndo, undoing }: { result: ShownResult; onUndo: () => void; undoing: boolean }) {
  const outcome = CHECKIN_OUTCOMES[result.result]
  const canUndo = result.result === 'ok' && !result.undone
  const now = useNow(canUndo)
  const left = Math.ceil((CHECKIN_UNDO_WINDOW_MS - (now - result.shownAt)) / 1000)
  return (
    <View key={result.seq} className={`checkin-result checkin-result--${result.undone ? 'neutral' : outcome.tone}`} role='status' aria-live='assertive' data-testid='checkin-result' data-seq={result.seq}>
      <Text className='checkin-result__title'>{result.undone ? '已撤销签到' : outcome.title}</Text>
      {result.attendeeName ? <Text className='checkin-result__name'>{result.attendeeName}</Text> : null}
      {result.enterpriseName ? <Text className='checkin-result__line'>{result.enterpriseName}</Text> : null}
      {result.result === 'duplicate' && result.checkedInAt ? <Text className='checkin-result__line'>首次签到：{formatDateTime(result.checkedInAt)}</Text> : null}
      {result.result === 'unknown' ? (
        <Text className='checkin-result__line'>{result.manual ? '核验码或手机尾号不符，请核对后重新输入' : '票码不存在，请核对电子票'}</Text>
      ) : null}
      {result.result === 'wrong_event' ? <Text className='checkin-result__line'>该票属于其他活动</Text> : null}
      {result.result === 'not_confirmed' ? <Text className='checkin-result__line'>报名未确认（待审核、候补或已取消）</Text> : null}
      {result.result === 'stale_qr' ? <Text className='checkin-result__line'>二维码已过期（可能是截图），请参会人打开电子票出示实时二维码</Text> : null}
      {result.offline ? <Text className='checkin-result__line'>离线判断，联网后自动同步核验</Text> : null}
      {canUndo && left > 0 ? (
        <View className='checkin-result__undo o-inline-buttons'>
          <AtButton size='small' circle loading={undoing} onClick={onUndo}>
            撤销（{left} 秒）
          </AtButton>
        </View>
      ) : null}
    </View>
  )
}

function CheckinScreen({ eventId }: { eventId: string }) {
  const station = useCheckinStation(eventId)
  const [code, setCode] = useState('')
  const [phoneLast4, setPhoneLast4] = useState('')
  const [error, setError] = useState('')
  const [undoing, setUndoing] = useState(false)

  async function scanned(text: string) {
    setError('')
    try {
      const refusal = await station.scan(text)
      if (refusal) setError(refusal)
    } catch (e) {
      setError(errorMessage(e))
    }
  }

  async function enter() {
    if (station.submitting) return
    setError('')
    try {
      const problem = await station.enterShortCode(code, phoneLast4)
      if (problem) {
        setError(problem)
        return
      }
      setCode('')
      setPhoneLast4('')
    } catch (e) {
      setError(errorMessage(e))
    }
  }

  async function undo() {
    setUndoing(true)
    try {
      await station.undo()
      Taro.showToast({ title: '已撤销签到', icon: 'none' })
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setUndoing(false)
    }
  }

  const counts = station.counts
  const title = station.event.data?.title ?? station.roster?.event.title ?? ''
  return (
    <View className='page o-page checkin'>
      <View className='o-card checkin__header'>
        <Text className='o-card__title'>{title || '　'}</Text>
        <View className='checkin__status'>
          {station.networkKnown ? (
            <Text className={`o-badge${station.online ? ' o-badge--success' : ' o-badge--danger'}`} data-testid='station-network'>
              {station.online ? '在线' : '离线'}
            </Text>
          ) : null}
          {station.pendingCount > 0 ? (
            <Text className='o-badge o-badge--warning' data-testid='pending-sync'>
              待同步 {station.pendingCount}
            </Text>
          ) : null}
        </View>
        <Text className='checkin__count' data-testid='checkin-count'>
          {counts ? `已签到 ${counts.checkedIn} / 应到 ${counts.expected}` : '已签到 — / 应到 —'}
        </Text>
        <Text className='o-card__meta' data-testid='device-count'>
          本机签到 {station.deviceCount}
        </Text>
        {station.networkKnown && !station.online ? (
          <View className='o-card__note' role='alert' data-testid='offline-note'>
            已离线：扫码按本机名单核验并排队，联网后自动同步
          </View>
        ) : null}
      </View>

      {station.last ? <ResultPanel result={station.last} onUndo={undo} undoing={undoing} /> : null}
      {error ? (
        <View className='o-error' role='alert'>
          {error}
        </View>
      ) : null}

      <Scanner onCode={(text) => void scanned(text)} disabled={station.submitting} />

      <View className='o-card checkin__manual'>
        <Text className='checkin__label'>无法扫码时：核验码 + 手机尾号</Text>
        <View className='checkin__manual-row'>
          <Input
            className='checkin__input'
            name='shortCode'
            aria-label='核验码'
            placeholder='电子票上的 8 位核验码'
            value={code}
            maxlength={64}
            onInput={(e) => setCode(e.detail.value)}
          />
        </View>
        <View className='checkin__manual-row'>
          <Input
            className='checkin__input'
            name='phoneLast4'
            aria-label='手机号后四位'
            placeholder='参会人手机号后四位'
            type='number'
            value={phoneLast4}
            maxlength={4}
            confirmType='done'
            onInput={(e) => setPhoneLast4(e.detail.value)}
            onConfirm={() => void enter()}
          />
        </View>
        <Text className='o-card__meta'>核验码不区分大小写；电子票号和二维码内容不能手动输入</Text>
        <AtButton type='primary' circle loading={station.submitting} onClick={() => void enter()}>
          核验签到
        </AtButton>
      </View>

      <View className='o-card'>
        <Text className='checkin__label'>离线签到</Text>
        <Text className='o-card__meta'>
          {station.roster
            ? `已下载名单：${station.roster.tickets.length} 张票（${formatDateTime(station.roster.downloadedAt)}）`
            : '断网时将按本机名单核验票码，请在活动开始前下载。'}
        </Text>
        {station.rosterState.error ? (
          <View className='form-field__error checkin__inline-error' role='alert'>
            {station.rosterState.error}
          </View>
        ) : null}
        <View className='o-actions'>
          <View className='o-action' role='button' onClick={() => !station.rosterState.loading && void station.downloadRoster()}>
            {station.rosterState.loading ? '下载中…' : station.roster ? '更新名单' : '下载名单'}
          </View>
          {station.pendingCount > 0 ? (
            <View className='o-action' role='button' onClick={() => !station.syncing && void station.sync()}>
              {station.syncing ? '同步中…' : `立即同步（${station.pendingCount}）`}
            </View>
          ) : null}
        </View>
        {station.lastSyncError && station.pendingCount > 0 ? <Text className='o-card__note'>同步未完成：{station.lastSyncError}，联网后将自动重试</Text> : null}
      </View>

      {station.recent.length > 0 ? (
        <View className='o-card' data-testid='recent-checkins'>
          <Text className='checkin__label'>最近签到</Text>
          {station.recent.slice(0, 8).map((r) => (
            <View key={r.ticketCode} className='checkin__conflict'>
              <Text className='checkin__conflict-name'>{r.attendeeName}</Text>
              <Text className='o-card__meta'>
                {formatDateTime(r.checkedInAt)} · {r.deviceId === station.deviceId ? '本机' : '其他设备'}
              </Text>
            </View>
          ))}
        </View>
      ) : null}

      {station.conflicts.length > 0 ? (
        <View className='o-card' data-testid='sync-conflicts'>
          <Text className='checkin__label'>同步冲突（{station.conflicts.length}）</Text>
          <Text className='o-card__meta'>以下离线签到与服务器结果不一致，请核对：</Text>
          {station.conflicts.map((c) => (
            <View key={`${c.eventId}-${c.ticketCode}-${c.scannedAt}`} className='checkin__conflict'>
              <Text className='checkin__conflict-name'>{c.attendeeName ?? c.ticketCode}</Text>
              <Text className='o-card__meta'>
                本机：{outcomeTitle(c.local)} → 服务器：{outcomeTitle(c.result)}
                {c.checkedInAt ? `（首次签到 ${formatDateTime(c.checkedInAt)}）` : ''}
              </Text>
            </View>
          ))}
          <View className='o-actions'>
            <View className='o-action' role='button' onClick={station.clearConflicts}>
              已核对，清除
            </View>
          </View>
        </View>
      ) : null}
    </View>
  )
}

export default function CheckinPage() {
  const eventId = decodeURIComponent(useRouter().params.eventId ?? '')
  return <OfficerOnly>{() => (eventId ? <CheckinScreen eventId={eventId} /> : <EmptyState title='未指定活动' hint='请从工作台或活动管理进入' />)}</OfficerOnly>
}
