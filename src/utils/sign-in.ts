import Taro from '@tarojs/taro'
import { pageParams } from '@/platform/route-params-core'
import { useSessionStore } from '@/stores/session'

// Sign-in lives on the 我的 tab. A person sent there from a page (a poster's event, a patent to
// favourite) must land back on that page once signed in, not be left on 我的 with the page gone.

const ME_TAB = '/pages/me/index'
const TAB_PAGES = ['/pages/index/index', '/pages/patents/index', '/pages/events/index', ME_TAB]

function currentPageUrl(): string | null {
  const router = Taro.getCurrentInstance().router
  if (!router?.path) return null
  // H5's path carries Taro's own `stamp` query; the page's state is in params, kept encoded for the URL.
  const path = router.path.split('?')[0]
  const route = path.startsWith('/') ? path : `/${path}`
  const params = pageParams(router.params)
  return params.length ? `${route}?${params.map(([k, v]) => `${k}=${v}`).join('&')}` : route
}

/** Opens 我的 to sign in, remembering the page the person is on. */
export function goToSignIn(): void {
  const here = currentPageUrl()
  useSessionStore.getState().setReturnTo(here && !here.startsWith(ME_TAB) ? here : null)
  Taro.switchTab({ url: ME_TAB })
}

/** After a sign-in: back to the page that asked for it, if any. */
export function returnAfterSignIn(): void {
  const { returnTo, setReturnTo } = useSessionStore.getState()
  if (!returnTo) return
  setReturnTo(null)
  if (TAB_PAGES.includes(returnTo.split('?')[0])) Taro.switchTab({ url: returnTo.split('?')[0] })
  else Taro.navigateTo({ url: returnTo })
}
