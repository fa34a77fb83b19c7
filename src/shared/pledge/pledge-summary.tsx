import { Text, View } from '@tarojs/components'
import type { PledgeCheckItem } from '@contract/finance'
import { PLEDGE_BADGE } from './labels'
import './pledge-summary.scss'

interface PledgeSummaryProps {
  patents: { id: string; patentNo: string; title: string }[]
  checks: PledgeCheckItem[] | undefined
  testId?: string
  onOpen?: (patentId: string) => void
}

/** The pledged patents of a financing application, each with its 质押前自查 as it stands now. */
export function PledgeSummary({ patents, checks, testId = 'pledge-summary', onOpen }: PledgeSummaryProps) {
  if (patents.length === 0) return null
  return (
    <View className='pledge-summary' data-testid={testId}>
      <Text className='pledge-summary__label'>质押专利及自查</Text>
      {patents.map((p) => {
        const check = checks?.find((c) => c.patentId === p.id)
        return (
          <View key={p.id} className='pledge-summary__item' role={onOpen ? 'link' : undefined} onClick={onOpen ? () => onOpen(p.id) : undefined}>
            <Text className='pledge-summary__patent'>
              ZL{p.patentNo} {p.title}
            </Text>
            {check ? (
              check.ok ? (
                <Text className='pledge-summary__ok'>✓ 质押前自查通过</Text>
              ) : (
                check.problems.map((x) => (
                  <Text key={x.code} className='pledge-summary__bad' data-testid={`pledge-summary-${x.code}`}>
                    ✗ {PLEDGE_BADGE[x.code] ?? '问题'}：{x.message}
                  </Text>
                ))
              )
            ) : null}
          </View>
        )
      })}
    </View>
  )
}
