import Taro, { usePullDownRefresh as useTaroPullDownRefresh } from '@tarojs/taro'
import { usePullDownRelay } from '@/platform/pull-down-relay'

/**
 * Pull down to refresh: runs `refresh` and puts the page back once it settles, whether it worked or
 * not. Use this rather than Taro's hook, so H5's pull reaches the handler too.
 */
export function usePullDownRefresh(refresh: () => Promise<unknown>): void {
  usePullDownRelay()
  useTaroPullDownRefresh(() => {
    refresh().finally(() => Taro.stopPullDownRefresh())
  })
}
