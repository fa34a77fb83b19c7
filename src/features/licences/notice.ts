// 实施许可通知 (专利法第五十一条): whoever wishes to work an open-licence patent notifies the patentee in
// writing and pays the declared fee; the licence then takes effect. The notice names the patent, the fee
// mode and standard, the term and the licensee.

import type { PatentDetail } from '@contract/common'
import type { LicenceApplication } from '@contract/trade'
import { FEE_MODE_LABELS, feeStandard } from '@/shared/patent-labels'
import { formatDate } from '@/utils/format'

export interface NoticeLine {
  label: string
  value: string
}

export interface ImplementationNotice {
  title: string
  to: string
  lines: NoticeLine[]
  closing: string
  signature: string
  /** The whole notice as plain text, for copying. */
  text: string
}

function addMonths(date: string, months: number): string {
  const y = Number(date.slice(0, 4))
  const m = Number(date.slice(5, 7)) - 1 + months
  const d = Number(date.slice(8, 10))
  const year = y + Math.floor(m / 12)
  const month = (m % 12) + 1
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const two = (n: number) => (n < 10 ? '0' : '') + n
  return `${year}-${two(month)}-${two(Math.min(d, last))}`
}

export function implementationNotice(application: Pick<LicenceApplication, 'enterprise' | 'expectedStart' | 'licensedAt'>, patent: PatentDetail, todayIso: string): ImplementationNotice {
  const start = (application.licensedAt ?? application.expectedStart).slice(0, 10)
  const end = addMonths(start, patent.licenceTermMonths)
  const lines: NoticeLine[] = [
    { label: '专利号', value: `ZL${patent.patentNo}` },
    { label: '专利名称', value: patent.title },
    { label: '许可类型', value: '开放许可（普通许可）' },
    { label: '许可使用费支付方式', value: FEE_MODE_LABELS[patent.feeMode] },
    { label: '许可使用费标准', value: feeStandard(patent) },
    { label: '许可期限', value: `${patent.licenceTermMonths} 个月，自 ${formatDate(start)} 至 ${formatDate(end)}` },
    { label: '被许可人', value: application.enterprise.name },
    { label: '统一社会信用代码', value: application.enterprise.uscc },
    { label: '联系人及电话', value: `${application.enterprise.contactName} ${application.enterprise.phone}` },
  ]
  const title = '专利开放许可实施通知书'
  const to = `${patent.patentee}：`
  const closing = `我单位依照《中华人民共和国专利法》第五十一条，按贵方公告的开放许可声明实施上述专利，并将按所公告的许可使用费支付方式和标准支付许可使用费。特此书面通知。`
  const signature = `通知人：${application.enterprise.name}\n日期：${formatDate(todayIso)}`
  const text = [title, '', to, ...lines.map((l) => `${l.label}：${l.value}`), '', closing, '', signature].join('\n')
  return { title, to, lines, closing, signature, text }
}
