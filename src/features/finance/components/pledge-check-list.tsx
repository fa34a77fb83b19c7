import { Text, View } from '@tarojs/components'
import { errorMessage } from '@/api/error'
import type { PledgeCheckItem } from '@contract/finance'
import './pledge-check-list.scss'

interface PledgeCheckListProps {
  items: PledgeCheckItem[] | undefined
  isPending: boolean
  error: unknown
  onRetry: () => void
}

/** 质押前自查: each refused reason with what to do about it (RULES.md → Pledge readiness). */
export function PledgeCheckList({ items, isPending, error, onRetry }: PledgeCheckListProps) {
  const problems = items?.reduce((n, i) => n + i.problems.length, 0) ?? 0
  return (
    <View className='pledge-check' aria-label='质押前自查' data-testid='pledge-check'>
      <View className='pledge-check__head'>
        <Text className='pledge-check__title'>质押前自查</Text>
        {items && !isPending ? (
          <Text className={`pledge-check__summary${problems ? ' pledge-check__summary--bad' : ''}`}>
            {problems ? `发现 ${problems} 个问题` : '全部通过'}
          </Text>
        ) : null}
      </View>
      {isPending ? (
        <Text className='pledge-check__hint'>正在检查所选专利…</Text>
      ) : error ? (
        <View className='pledge-check__hint' role='alert'>
          <Text>自查失败：{errorMessage(error)}</Text>
          <View className='pledge-check__retry' role='button' onClick={onRetry}>
            重试
          </View>
        </View>
      ) : (
        items?.map((item) => (
          <View key={item.patentId} className='pledge-check__item' data-testid='pledge-item'>
            <Text className='pledge-check__patent'>
              {item.title}（ZL{item.patentNo}）
            </Text>
            {item.ok ? (
              <Text className='pledge-check__ok'>✓ 可办理质押登记</Text>
            ) : (
              item.problems.map((p) => (
                <View key={p.code} className='pledge-check__problem' data-testid={`pledge-problem-${p.code}`}>
                  <Text className='pledge-check__message'>✗ {p.message}</Text>
                  <Text className='pledge-check__action'>处理办法：{p.action}</Text>
                </View>
              ))
            )}
          </View>
        ))
      )}
    </View>
  )
}
