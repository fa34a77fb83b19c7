import { Text, View } from '@tarojs/components'
import { errorMessage } from '@/api/error'
import { useFilingCheck } from '../api/filing-check'
import './filing-check-card.scss'

/** 备案 pre-check next to the 3-month countdown: what would make the filing refused, and what to do. */
export function FilingCheckCard({ applicationId }: { applicationId: string }) {
  const check = useFilingCheck(applicationId)
  return (
    <View className='card filing-check' data-testid='filing-check'>
      <Text className='filing-check__title'>备案前自查</Text>
      {check.isPending ? (
        <Text className='filing-check__hint'>正在核对专利登记信息…</Text>
      ) : check.isError ? (
        <Text className='filing-check__hint'>自查失败：{errorMessage(check.error)}</Text>
      ) : (
        <>
          {check.data.ok ? <Text className='filing-check__ok'>✓ 未发现影响备案的问题</Text> : null}
          {check.data.problems.map((p) => (
            <View key={p.code} className='filing-check__problem' data-testid={`filing-problem-${p.code}`}>
              <Text className='filing-check__message'>✗ {p.message}</Text>
              <Text className='filing-check__action'>处理办法：{p.action}</Text>
            </View>
          ))}
          {check.data.notes.map((n) => (
            <Text key={n} className='filing-check__note'>
              {n}
            </Text>
          ))}
        </>
      )}
    </View>
  )
}
