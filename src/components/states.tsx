import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ApiError, errorMessage } from '@/api/error'
import './states.scss'

export function Skeleton({ rows = 3, testId }: { rows?: number; testId?: string }) {
  return (
    <View className='skeleton' data-testid={testId ?? 'skeleton'} aria-busy='true' aria-label='加载中'>
      {Array.from({ length: rows }, (_, i) => (
        <View key={i} className='skeleton__card'>
          <View className='skeleton__line skeleton__line--title' />
          <View className='skeleton__line' />
          <View className='skeleton__line skeleton__line--short' />
        </View>
      ))}
    </View>
  )
}

export function EmptyState({ title, hint, actionText, onAction }: { title: string; hint?: string; actionText?: string; onAction?: () => void }) {
  return (
    <View className='state' role='status'>
      <View className='state__icon state__icon--empty' />
      <Text className='state__title'>{title}</Text>
      {hint ? <Text className='state__hint'>{hint}</Text> : null}
      {actionText && onAction ? (
        <Button className='state__action' onClick={onAction}>
          {actionText}
        </Button>
      ) : null}
    </View>
  )
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  // Retrying cannot bring back something that does not exist (or is not this user's): say so plainly.
  if (error instanceof ApiError && error.status === 404) {
    return <EmptyState title='内容不存在或已删除' hint={`${error.message}。请检查链接，或从首页重新进入。`} actionText='返回首页' onAction={() => Taro.switchTab({ url: '/pages/index/index' })} />
  }
  return (
    <View className='state' role='alert'>
      <View className='state__icon state__icon--error' />
      <Text className='state__title'>加载失败</Text>
      <Text className='state__hint'>{errorMessage(error)}</Text>
      <Button className='state__action' onClick={onRetry}>
        重试
      </Button>
    </View>
  )
}
