import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Canvas, Text, View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import { EmptyState, ErrorState, Skeleton } from '@/components/states'
import { useEvent } from '@/features/events/api/events'
import { eventIdFromParams } from '@/features/events/event-id'
import { EVENT_KIND_LABELS, eventTimeRange } from '@/features/events/labels'
import { PrivacySheet } from '@/components/privacy-sheet'
import { copyText, SHOWS_SYSTEM_COPY_TOAST } from '@/platform/clipboard'
import { isPrivacyRefusal } from '@/platform/privacy'
import { eventQrLink, qrMatrix } from '@/platform/qr'
import { saveCanvasImage } from '@/platform/save-image'
import { drawPoster, POSTER_HEIGHT, POSTER_WIDTH } from '@/features/event-poster/poster'
import { QrImage } from '@/features/tickets/qr-image'
import { showModal } from '@/components/modal'
import './index.scss'

const CANVAS_ID = 'poster-canvas'

export default function PosterPage() {
  const { params } = useRouter()
  const id = eventIdFromParams(params)
  const event = useEvent(id)
  const [saving, setSaving] = useState(false)

  if (!id) return <View className='page'><EmptyState title='链接中缺少活动编号' /></View>
  if (event.isPending) return <View className='page'><Skeleton rows={2} /></View>
  if (event.isError) return <View className='page'><ErrorState error={event.error} onRetry={() => event.refetch()} /></View>

  const e = event.data
  const link = eventQrLink(e.id)
  const time = eventTimeRange(e.startsAt, e.endsAt)
  const venue = `${e.cityLabel} · ${e.venue}`

  async function save() {
    if (saving) return
    setSaving(true)
    try {
      const outcome = await saveCanvasImage({
        width: POSTER_WIDTH,
        height: POSTER_HEIGHT,
        fileName: `poster-${e.id}.png`,
        canvasId: CANVAS_ID,
        draw: (ctx) => drawPoster(ctx, { kindLabel: EVENT_KIND_LABELS[e.kind], title: e.title, time, venue, organizer: e.organizer, qr: qrMatrix(link) }),
      })
      if (outcome === 'saved') Taro.showToast({ title: '已保存到相册', icon: 'success' })
      else if (outcome === 'downloaded') Taro.showToast({ title: '海报已下载', icon: 'success' })
    } catch (error) {
      Taro.showToast({ title: isPrivacyRefusal(error) ? '未同意隐私保护指引，无法保存到相册，可截图分享' : '海报生成失败，请截图分享', icon: 'none' })
    } finally {
      setSaving(false)
    }
  }

  async function copyLink() {
    const ok = await copyText(link)
    if (!ok) showModal({ title: '复制失败', content: `请长按复制链接：${link}`, showCancel: false })
    else if (!SHOWS_SYSTEM_COPY_TOAST) Taro.showToast({ title: '链接已复制', icon: 'success' })
  }

  return (
    <View className='page poster-page'>
      <PrivacySheet />
      <View className='poster' data-testid='poster'>
        <View className='poster__band'>
          <Text className='poster__brand'>惠企专利通</Text>
          <Text className='poster__kind'>{EVENT_KIND_LABELS[e.kind]} · 诚邀参加</Text>
        </View>
        <View className='poster__body'>
          <Text className='poster__title'>{e.title}</Text>
          <Text className='poster__meta'>时间：{time}</Text>
          <Text className='poster__meta'>地点：{venue}</Text>
          <Text className='poster__meta'>主办：{e.organizer}</Text>
          <View className='poster__qr'>
            <QrImage text={link} label='活动二维码' className='poster__qr-image' />
            <Text className='poster__caption'>扫码查看活动详情并报名</Text>
          </View>
        </View>
      </View>
      <View className='poster-page__actions'>
        <AtButton type='primary' circle loading={saving} disabled={saving} onClick={save}>
          保存海报
        </AtButton>
        <AtButton circle onClick={copyLink}>
          复制活动链接
        </AtButton>
      </View>
      {/* Drawn only when saving (mini-program); kept off screen, never shown. */}
      <Canvas type='2d' id={CANVAS_ID} className='poster-page__canvas' />
    </View>
  )
}
