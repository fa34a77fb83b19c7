// Jest stand-in for @tarojs/taro: the calls the app makes, with storage backed by a Map and
// navigation recorded so tests can assert where a tap leads.
const storage = new Map<string, unknown>()
export const navigation: { url: string; kind: string }[] = []
let routerParams: Record<string, string> = {}

let routerPath = '/pages/index/index'

/** The page a test renders (useRouter().params, getCurrentInstance().router); `path` when it matters. */
export function __setRouterParams(params: Record<string, string>, path = '/pages/index/index') {
  routerParams = params
  routerPath = path
}
export function __resetTaro() {
  storage.clear()
  navigation.length = 0
  routerParams = {}
  routerPath = '/pages/index/index'
  toasts.length = 0
}
export const toasts: { title: string; icon?: string }[] = []

const noopHook = () => undefined
const record = (kind: string) => (opts: { url: string }) => {
  navigation.push({ url: opts.url, kind })
  return Promise.resolve()
}

const Taro = {
  ENV_TYPE: { WEAPP: 'WEAPP', WEB: 'WEB', RN: 'RN', SWAN: 'SWAN', ALIPAY: 'ALIPAY', TT: 'TT', QQ: 'QQ', JD: 'JD' },
  getEnv: () => 'WEB',
  getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
  setStorageSync: (key: string, value: unknown) => {
    storage.set(key, value)
  },
  removeStorageSync: (key: string) => {
    storage.delete(key)
  },
  navigateTo: record('navigateTo'),
  redirectTo: record('redirectTo'),
  switchTab: record('switchTab'),
  reLaunch: record('reLaunch'),
  navigateBack: () => Promise.resolve(),
  showToast: (opts: { title: string; icon?: string }) => {
    toasts.push(opts)
    return Promise.resolve()
  },
  hideToast: () => undefined,
  showLoading: () => Promise.resolve(),
  hideLoading: () => undefined,
  showModal: () => Promise.resolve({ confirm: true, cancel: false }),
  stopPullDownRefresh: () => undefined,
  login: () => Promise.resolve({ code: 'jest-code' }),
  request: () => Promise.reject(new Error('Taro.request is not available in jest; use the in-process transport')),
  getSystemInfoSync: () => ({ windowWidth: 375, windowHeight: 667, pixelRatio: 2, platform: 'devtools' }),
  pxTransform: (n: number) => `${n / 2}px`,
  nextTick: (fn: () => void) => setTimeout(fn, 0),
  createSelectorQuery: () => ({ select: () => ({ boundingClientRect: () => ({ exec: () => undefined }) }) }),
  eventCenter: { on: noopHook, off: noopHook, trigger: noopHook },
  getCurrentInstance: () => ({ router: { path: routerPath, params: routerParams } }),
}

export const useRouter = () => ({ params: routerParams, path: '' })
export const useDidShow = noopHook
export const useDidHide = noopHook
export const usePullDownRefresh = noopHook
export const useReachBottom = noopHook
export const useShareAppMessage = noopHook
export const useLoad = noopHook
export const useReady = noopHook

export default Taro

// ---- Appended for the patents list (virtual list, share): page scroll, clipboard, scroll-to-top ----
import { useEffect as usePageScrollEffect, useRef as usePageScrollRef } from 'react'

type PageScrollListener = (e: { scrollTop: number }) => void
const pageScrollListeners = new Set<PageScrollListener>()

/** Components subscribe as in Taro; tests move the page with __firePageScroll(scrollTop). */
export function usePageScroll(fn: PageScrollListener) {
  const latest = usePageScrollRef(fn)
  latest.current = fn
  usePageScrollEffect(() => {
    const listener: PageScrollListener = (e) => latest.current(e)
    pageScrollListeners.add(listener)
    return () => {
      pageScrollListeners.delete(listener)
    }
  }, [])
}

export function __firePageScroll(scrollTop: number) {
  pageScrollListeners.forEach((listener) => listener({ scrollTop }))
}

export const clipboard: { data: string | null } = { data: null }
export const pageScrolls: { scrollTop: number }[] = []
Object.assign(Taro, {
  setClipboardData: (opts: { data: string }) => {
    clipboard.data = opts.data
    return Promise.resolve()
  },
  pageScrollTo: (opts: { scrollTop: number }) => {
    pageScrolls.push({ scrollTop: opts.scrollTop })
    return Promise.resolve()
  },
})

// ---- Appended for events/finance: subscribe messages, page stack, calendar, album ----
/** Every wx.requestSubscribeMessage call, in order; tests check it happened inside the tap. */
export const subscribeRequests: { tmplIds: string[] }[] = []
/** What Taro.getCurrentPages() returns; tests push entries to simulate a page underneath. */
export const currentPages: { route: string }[] = []
export const calendarEntries: Record<string, unknown>[] = []
Object.assign(Taro, {
  requestSubscribeMessage: (opts: { tmplIds: string[]; success?: (res: unknown) => void }) => {
    subscribeRequests.push({ tmplIds: opts.tmplIds })
    opts.success?.({ errMsg: 'requestSubscribeMessage:ok' })
    return Promise.resolve({ errMsg: 'requestSubscribeMessage:ok' })
  },
  getCurrentPages: () => currentPages,
  addPhoneCalendar: (opts: Record<string, unknown> & { success?: (res: unknown) => void }) => {
    calendarEntries.push(opts)
    opts.success?.({ errMsg: 'addPhoneCalendar:ok' })
  },
})

// ---- Appended for the officer console: page titles ----
export const navigationBarTitles: string[] = []
Object.assign(Taro, {
  setNavigationBarTitle: (opts: { title: string }) => {
    navigationBarTitles.push(opts.title)
    return Promise.resolve()
  },
})
