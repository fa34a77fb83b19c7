import { Text, View } from '@tarojs/components'
import type { PatentDetail } from '@contract/common'
import { useCatalogNames } from '@/shared/catalog/api/catalog'
import { ipcClassOf } from '@/rules'
import { formatDate } from '@/utils/format'
import { FEE_MODE_LABELS, feeStandard, LEGAL_STATUS_LABELS, maturityText, PATENT_TYPE_LABELS, VALUE_GRADE_LABELS } from '../labels'
import './declaration.scss'

function Field({ label, value, onTap }: { label: string; value: string; onTap?: () => void }) {
  return (
    <View className='declaration__field' onClick={onTap}>
      <Text className='declaration__label'>{label}</Text>
      <Text className='declaration__value'>{value}</Text>
    </View>
  )
}

/**
 * 专利法第五十条: a utility-model or design patent may only be declared for open licence with a
 * 专利权评价报告, which is what makes its validity credible without substantive examination.
 */
export function EvaluationReportNote({ patent }: { patent: PatentDetail }) {
  if (patent.type === 'invention') return null
  const kind = PATENT_TYPE_LABELS[patent.type]
  if (patent.evaluationReport) {
    return (
      <View className='declaration__note' data-testid='evaluation-report-note'>
        <Text className='declaration__note-title'>已提供专利权评价报告</Text>
        <Text className='declaration__note-text'>
          {kind}专利未经实质审查。依照专利法第五十条，{kind}专利声明开放许可的，应当提供专利权评价报告；该专利已提供，可向专利权人索取查阅。
        </Text>
      </View>
    )
  }
  return (
    <View className='declaration__note declaration__note--missing' role='alert' data-testid='evaluation-report-note'>
      <Text className='declaration__note-title'>未见专利权评价报告</Text>
      <Text className='declaration__note-text'>依照专利法第五十条，{kind}专利声明开放许可的，应当提供专利权评价报告。实施前请向专利权人核实。</Text>
    </View>
  )
}

/** Every statutory field of the open-licence declaration (开放许可声明). */
export function Declaration({ patent: p, onCopyNumber }: { patent: PatentDetail; onCopyNumber?: () => void }) {
  const isDesign = p.type === 'design'
  const names = useCatalogNames()
  const ipcClass = ipcClassOf(p.ipc)
  const ipcTitle = ipcClass ? names.ipc(ipcClass) : ''
  return (
    <View className='card declaration' data-testid='declaration'>
      <Text className='declaration__title'>开放许可声明</Text>
      <Field label='专利号' value={`ZL${p.patentNo}`} onTap={onCopyNumber} />
      <Field label='专利名称' value={p.title} />
      <Field label='专利类型' value={PATENT_TYPE_LABELS[p.type]} />
      <Field label='专利权人' value={p.patentee} />
      <Field label={isDesign ? '设计人' : '发明人'} value={p.inventors.join('、')} />
      <Field label='申请日' value={formatDate(p.applicationDate)} />
      <Field label='授权公告日' value={formatDate(p.grantDate)} />
      <Field label='届满日' value={formatDate(p.expiryDate)} />
      <Field label='法律状态' value={LEGAL_STATUS_LABELS[p.legalStatus] ?? p.legalStatus} />
      <Field label={isDesign ? '洛迦诺分类号' : 'IPC 分类号'} value={p.ipc} />
      {ipcTitle ? <Field label='IPC 大类' value={`${ipcClass} ${ipcTitle}`} /> : null}
      <Field label='所属行业' value={names.industry(p.industry)} />
      <Field label='战略性新兴产业' value={names.strategicIndustry(p.strategicIndustry)} />
      <Field label='专利权人所在地' value={names.regionFull(p.region)} />
      <Field label='技术成熟度' value={maturityText(p.maturity)} />
      <Field label='专利价值分级（自评）' value={VALUE_GRADE_LABELS[p.valueGrade] ?? ''} />
      <Field label='对应产品' value={p.products.join('、')} />
      <Field label='技术优势' value={p.advantages} />
      <Field label='性能指标' value={p.metrics} />
      <Field label='意向合作城市' value={p.cooperationCities.map((c) => names.region(c)).filter(Boolean).join('、')} />
      <Field label='联系人' value={`${p.contact.name} ${p.contact.phone}${p.contact.email ? ` ${p.contact.email}` : ''}`} />
      <Field label='许可费支付方式' value={FEE_MODE_LABELS[p.feeMode]} />
      <Field label='许可费标准' value={feeStandard(p)} />
      <Field label='许可期限' value={`${p.licenceTermMonths} 个月`} />
      <Field label='声明日期' value={formatDate(p.declaredAt)} />
      <Field label='更新日期' value={formatDate(p.updatedAt)} />
      <Field label='来源' value={p.source} />
      <EvaluationReportNote patent={p} />
    </View>
  )
}
