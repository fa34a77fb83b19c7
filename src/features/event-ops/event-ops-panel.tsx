import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Input, Text, Textarea, View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import { errorMessage } from '@/api/error'
import type { BulkDecisionResponse, GuestImportResponse } from '@contract/officer'
import { DANGER_RED, showModal } from '@/components/modal'
import { PrivacySheet } from '@/components/privacy-sheet'
import { pickTextFile } from '@/platform/file-picker'
import { isPrivacyRefusal } from '@/platform/privacy'
import type { RegistrationStatus } from '@/rules'
import { useBulkDecision, useCancelEvent, useImportGuests } from './api'
import { GUEST_FIELD_LABELS, parseGuestCsv } from './guest-csv'
import './event-ops-panel.scss'

const STATUS_WORDS: Partial<Record<RegistrationStatus, string>> = { pending_approval: '待审核', waitlisted: '候补中' }

/**
 * The organiser's event operations on the registrations page (issue 18): bulk approve/reject over
 * the status chip and a search, import a guest list from a CSV file (or pasted CSV) with a
 * per-row report, and cancel the event.
 */
export function EventOpsPanel({ eventId, status, cancelled }: { eventId: string; status: RegistrationStatus | ''; cancelled: boolean }) {
  const bulk = useBulkDecision(eventId)
  const importer = useImportGuests(eventId)
  const cancel = useCancelEvent(eventId)
  const [q, setQ] = useState('')
  const [csv, setCsv] = useState('')
  const [reason, setReason] = useState('')
  const [error, setError] = useState('')
  const [bulkResult, setBulkResult] = useState<BulkDecisionResponse | null>(null)
  const [report, setReport] = useState<GuestImportResponse | null>(null)
  const [fileName, setFileName] = useState('')
  const target: RegistrationStatus = status === 'waitlisted' ? 'waitlisted' : 'pending_approval'

  async function decide(action: 'approve' | 'reject') {
    const { confirm } = await showModal({
      title: action === 'approve' ? '批量通过' : '批量拒绝',
      content: `将${action === 'approve' ? '通过' : '拒绝'}所有「${STATUS_WORDS[target]}」${q.trim() ? `且匹配「${q.trim()}」` : ''}的报名，确定吗？`,
      confirmText: action === 'approve' ? '全部通过' : '全部拒绝',
      ...(action === 'reject' ? { confirmColor: DANGER_RED } : {}),
    })
    if (!confirm) return
    setError('')
    try {
      setBulkResult(await bulk.mutateAsync({ action, status: target, q: q.trim() || undefined }))
    } catch (e) {
      setError(errorMessage(e))
    }
  }

  async function importCsv(text: string, from: string) {
    setError('')
    setReport(null)
    setFileName(from)
    const parsed = parseGuestCsv(text)
    if (parsed.missing.length > 0) {
      setError(`CSV 缺少表头：${parsed.missing.join('、')}（第一行应为 姓名,手机号,企业名称,统一社会信用代码）`)
      return
    }
    if (parsed.rows.length === 0) {
      setError('CSV 中没有嘉宾行')
      return
    }
    try {
      setReport(await importer.mutateAsync({ rows: parsed.rows, idempotencyKey: `guests-${eventId}-${Date.now().toString(36)}` }))
    } catch (e) {
      setError(errorMessage(e))
    }
  }

  // Called straight from the tap: browsers open the file dialog only on a user gesture.
  function chooseFile() {
    if (importer.isPending) return
    pickTextFile().then(
      (file) => importCsv(file.text, file.name),
      (e: unknown) => {
        setReport(null)
        setError(isPrivacyRefusal(e) ? '未同意隐私保护指引，无法选择文件，可将 CSV 内容粘贴到下方' : e instanceof Error && e.message ? e.message : '未能读取文件，请重试')
      },
    )
  }

  async function cancelEvent() {
    if (!reason.trim()) {
      setError('请填写取消原因，将通知所有报名人')
      return
    }
    const { confirm } = await showModal({ title: '取消活动', content: '取消后所有报名作废、电子票失效，并通知每位报名人。确定取消吗？', confirmText: '取消活动', cancelText: '再想想', confirmColor: DANGER_RED })
    if (!confirm) return
    setError('')
    try {
      const res = await cancel.mutateAsync(reason.trim())
      Taro.showToast({ title: `已取消，已通知 ${res.notified} 人`, icon: 'none' })
    } catch (e) {
      setError(errorMessage(e))
    }
  }

  return (
    <View className='o-card event-ops' data-testid='event-ops'>
      {error ? (
        <View className='o-field-error' role='alert'>
          {error}
        </View>
      ) : null}
      {cancelled ? null : (
        <>
          <Text className='event-ops__label'>批量审核（{STATUS_WORDS[target]}）</Text>
          <Input className='event-ops__input' name='bulkQ' aria-label='批量筛选' placeholder='按姓名、手机号或企业筛选（可留空）' value={q} onInput={(e) => setQ(e.detail.value)} />
          <View className='o-inline-buttons'>
            <AtButton size='small' type='primary' circle loading={bulk.isPending} onClick={() => void decide('approve')}>
              批量通过
            </AtButton>
            <AtButton size='small' circle loading={bulk.isPending} onClick={() => void decide('reject')}>
              批量拒绝
            </AtButton>
          </View>
          {bulkResult ? (
            <View data-testid='bulk-result'>
              <Text className='o-card__meta'>
                成功 {bulkResult.results.filter((r) => r.ok).length} 条，未处理 {bulkResult.results.filter((r) => !r.ok).length} 条
              </Text>
              {bulkResult.results
                .filter((r) => !r.ok)
                .map((r) => (
                  <Text key={r.id} className='o-card__meta event-ops__line'>
                    {r.attendeeName}：{r.error}
                  </Text>
                ))}
            </View>
          ) : null}

          <Text className='event-ops__label'>导入嘉宾名单（CSV）</Text>
          <Text className='o-card__meta'>Excel / WPS 另存为 CSV，第一行为表头：姓名,手机号,企业名称,统一社会信用代码</Text>
          <AtButton type='primary' circle loading={importer.isPending} onClick={chooseFile}>
            选择 CSV 文件
          </AtButton>
          <Text className='o-card__meta'>或粘贴 CSV 内容：</Text>
          <Textarea
            className='event-ops__csv'
            name='guestCsv'
            aria-label='嘉宾名单 CSV'
            placeholder={'粘贴 CSV，第一行为表头：\n姓名,手机号,企业名称,统一社会信用代码'}
            value={csv}
            maxlength={60000}
            onInput={(e) => setCsv(e.detail.value)}
          />
          <AtButton size='small' circle loading={importer.isPending} onClick={() => void importCsv(csv, '')}>
            导入名单
          </AtButton>
          {report ? (
            <View data-testid='import-report'>
              {fileName ? <Text className='o-card__meta event-ops__line'>文件：{fileName}</Text> : null}
              <Text className='o-card__meta'>
                已导入 {report.created} 人{report.errors.length > 0 ? `，${report.errors.length} 行有误：` : ''}
              </Text>
              {report.errors.map((e) => (
                <Text key={e.row} className='o-card__meta event-ops__line'>
                  第 {e.row} 行：
                  {Object.keys(e.fields)
                    .map((k) => (GUEST_FIELD_LABELS[k] ? `${GUEST_FIELD_LABELS[k]}${e.fields[k]}` : e.fields[k]))
                    .join('；')}
                </Text>
              ))}
            </View>
          ) : null}

          <Text className='event-ops__label'>取消活动</Text>
          <Input className='event-ops__input' name='cancelReason' aria-label='取消原因' placeholder='取消原因（将通知所有报名人）' value={reason} maxlength={200} onInput={(e) => setReason(e.detail.value)} />
          <AtButton size='small' circle className='event-ops__danger' loading={cancel.isPending} onClick={() => void cancelEvent()}>
            取消活动
          </AtButton>
        </>
      )}
      {cancelled ? <Text className='o-card__meta'>本活动已取消，报名与电子票均已作废</Text> : null}
      <PrivacySheet />
    </View>
  )
}
