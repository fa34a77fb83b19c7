import Taro from '@tarojs/taro'

/**
 * Shows `text` on tab `index`'s badge, or removes the badge when `text` is null. WeChat refuses the
 * call while a non-tab page is in front; the caller re-applies the badge on every poll and page show.
 */
export function setTabBadge(index: number, text: string | null): void {
  const call = text ? Taro.setTabBarBadge({ index, text }) : Taro.removeTabBarBadge({ index })
  Promise.resolve(call).catch(() => undefined)
}
