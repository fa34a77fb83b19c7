import Taro from '@tarojs/taro'

// Taro H5 implements setTabBarBadge as an event its <taro-tabbar> element listens for once it has
// loaded; a call made earlier (the first unread-count poll of a cold start) is dropped and its
// promise never settles. So each call gives up after a moment and tries again, and a newer call
// supersedes an older one still retrying.
const RETRY_MS = 400
const MAX_ATTEMPTS = 25
let generation = 0

/** Shows `text` on tab `index`'s badge, or removes the badge when `text` is null. */
export function setTabBadge(index: number, text: string | null): void {
  if (typeof Taro.setTabBarBadge !== 'function') return
  const mine = ++generation
  const attempt = (left: number) => {
    if (mine !== generation) return
    const call = text ? Taro.setTabBarBadge({ index, text }) : Taro.removeTabBarBadge({ index })
    const retry = setTimeout(() => left > 1 && attempt(left - 1), RETRY_MS)
    Promise.resolve(call).then(
      () => clearTimeout(retry),
      () => clearTimeout(retry),
    )
  }
  attempt(MAX_ATTEMPTS)
}
