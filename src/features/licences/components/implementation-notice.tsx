import { useState } from 'react'
import type { UseQueryResult } from '@tanstack/react-query'
import Taro from '@tarojs/taro'
import { Canvas, Text, View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import { showModal } from '@/components/modal'
import { ErrorState, Skeleton } from '@/components/states'
import type { LicenceApplication } from '@contract/trade'
import { implementationNotice } from '../notice'
import { drawNotice, NOTICE_WIDTH, noticeHeight } from '../notice-image'
import { copyText, SHOWS_SYSTEM_COPY_TOAST } from '@/platform/clipboard'
import { isPrivacyRefusal } from '@/platform/privacy'
import { saveCanvasImage } from '@/platform/save-image'
import './implementation-notice.scss'

const CANVAS_ID = 'notice-canvas'

/**
 * 实施许可通知 for the applicant to send the patentee (专利法第五十一条): text to copy, or an image to
 * save and share. The page around it must carry <PrivacySheet /> (clipboard and album need consent).
 * The page reads the patent (`usePatent(application.patentId)` of the patents feature) and passes it in.
 */
export function ImplementationNoticeCard({ application, patent }: { application: LicenceApplication; patent: UseQueryResult<Parameters<typeof implementationNotice>[1]> }) {
  const id = application.id
  const [saving, setSaving] = useState(false)

  if (patent.isPending) return <Skeleton rows={3} />
  if (patent.isError) return <ErrorState error={patent.error} onRetry={() => patent.refetch()} />

  const today = new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10)
  const notice = implementationNotice(application, patent.data, today)

  async function copy() {
    const ok = await copyText(notice.text)
    if (!ok) showModal({ title: '复制失败', content: '请长按通知文字复制', showCancel: false })
    else if (!SHOWS_SYSTEM_COPY_TOAST) Taro.showToast({ title: '通知文本已复制', icon: 'success' })
  }

  async function save() {
    if (saving) return
    setSaving(true)
    try {
      const outcome = await saveCanvasImage({
        width: NOTICE_WIDTH,
        height: noticeHeight(notice),
        fileName: `licence-notice-${id}.png`,
        canvasId: CANVAS_ID,
        draw: (ctx) => drawNotice(ctx, notice),
      })
      if (outcome === 'saved') Taro.showToast({ title: '已保存到相册，可在微信中发送', icon: 'none' })
      else if (outcome === 'downloaded') Taro.showToast({ title: '通知图片已下载', icon: 'success' })
    } catch (error) {
      Taro.showToast({ title: isPrivacyRefusal(error) ? '未同意隐私保护指引，无法保存到相册，可复制文本发送' : '图片生成失败，请复制文本发送', icon: 'none' })
    } finally {
      setSaving(false)
    }
  }

  return (
    <View className='licence-notice'>
      <View className='card licence-notice__paper' data-testid='licence-notice'>
        <Text className='licence-notice__title'>{notice.title}</Text>
        <Text className='licence-notice__to'>{notice.to}</Text>
        {notice.lines.map((l) => (
          <View key={l.label} className='licence-notice__line'>
            <Text className='licence-notice__label'>{l.label}：</Text>
            <Text className='licence-notice__value'>{l.value}</Text>
          </View>
        ))}
        <Text className='licence-notice__closing'>{notice.closing}</Text>
        <Text className='licence-notice__signature'>{notice.signature}</Text>
      </View>
      <Text className='licence-notice__hint'>请将本通知发送给专利权人，并按公告的标准支付许可使用费；许可生效后 3 个月内办理备案。</Text>
      <View className='licence-notice__actions'>
        <AtButton type='primary' circle onClick={copy}>
          复制通知文本
        </AtButton>
        <AtButton circle loading={saving} disabled={saving} onClick={save}>
          保存为图片
        </AtButton>
      </View>
      {/* Drawn only when saving (mini-program); kept off screen, never shown. */}
      <Canvas type='2d' id={CANVAS_ID} className='licence-notice__canvas' style={{ width: `${NOTICE_WIDTH}px`, height: `${noticeHeight(notice)}px` }} />
    </View>
  )
}
