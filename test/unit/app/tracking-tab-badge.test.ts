import Taro from '@tarojs/taro'
import { setTabBadge } from '@/platform/tab-badge'

// Taro H5's tab bar only hears badge calls once it has loaded; earlier calls never settle.
type Call = { api: 'set' | 'remove'; index: number; text?: string; settle: () => void }
let calls: Call[]
const taro = Taro as unknown as Record<string, unknown>

beforeEach(() => {
  jest.useFakeTimers()
  calls = []
  const record = (api: Call['api']) => (opts: { index: number; text?: string }) =>
    new Promise<void>((resolve) => calls.push({ api, index: opts.index, text: opts.text, settle: resolve }))
  taro.setTabBarBadge = record('set')
  taro.removeTabBarBadge = record('remove')
})

afterEach(() => {
  delete taro.setTabBarBadge
  delete taro.removeTabBarBadge
  jest.useRealTimers()
})

test('should retry a badge call the tab bar did not hear, and stop once it is heard', async () => {
  setTabBadge(3, '5')
  expect(calls).toHaveLength(1)
  await jest.advanceTimersByTimeAsync(1000)
  expect(calls.length).toBeGreaterThanOrEqual(2)
  calls.at(-1)!.settle()
  const heard = calls.length
  await jest.advanceTimersByTimeAsync(5000)
  expect(calls).toHaveLength(heard)
  expect(calls.every((c) => c.api === 'set' && c.index === 3 && c.text === '5')).toBe(true)
})

test('should let a newer badge win over an older one still retrying', async () => {
  setTabBadge(3, '5')
  setTabBadge(3, null)
  await jest.advanceTimersByTimeAsync(1000)
  const later = calls.slice(2)
  expect(later.length).toBeGreaterThan(0)
  expect(later.every((c) => c.api === 'remove')).toBe(true)
})

test('should give up after a while when there is no tab bar at all', async () => {
  setTabBadge(3, '1')
  await jest.advanceTimersByTimeAsync(60_000)
  const total = calls.length
  expect(total).toBeLessThanOrEqual(25)
  await jest.advanceTimersByTimeAsync(60_000)
  expect(calls).toHaveLength(total)
})
