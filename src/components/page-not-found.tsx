import Taro, { usePageNotFound } from '@tarojs/taro'

const HOME = '/pages/index/index'

/**
 * A link to a page that does not exist (a stale share card, a mistyped H5 address) would open a blank
 * page: say so and start again from 首页. Rendered once, in the App component.
 */
export function PageNotFoundRedirect() {
  usePageNotFound(() => {
    Taro.reLaunch({ url: HOME }).then(() => Taro.showToast({ title: '页面不存在，已返回首页', icon: 'none' }))
  })
  return null
}
