// The `wx` object of the WeChat-like logic layer. It carries every API name that the official
// miniprogram-api-typings declare; the ones the app uses answer as WeChat does, any other call is
// recorded as unanswered (and fails), so a new API use cannot slip through untested.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

export const WX_API_NAMES = (() => {
  const file = require.resolve('miniprogram-api-typings/types/wx/lib.wx.api.d.ts')
  const text = readFileSync(file, 'utf8')
  const body = text.slice(text.indexOf('interface Wx {'))
  // The interface ends where its braces balance (doc comments hold no braces at line starts that matter).
  let depth = 0
  let end = body.length
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '{') depth++
    else if (body[i] === '}' && --depth === 0) {
      end = i
      break
    }
  }
  const names = new Set()
  for (const m of body.slice(0, end).matchAll(/^ {8}([a-zA-Z][a-zA-Z0-9]*)[<(:]/gm)) names.add(m[1])
  return names
})()

export const STORAGE_KEY_LIMIT = 1024 * 1024
export const STORAGE_TOTAL_LIMIT = 10 * 1024 * 1024

// Calls that need the user's consent to the 隐私保护指引 first (WeChat's privacy list).
export const PRIVACY_GATED = new Set(['setClipboardData', 'getClipboardData', 'saveImageToPhotosAlbum', 'addPhoneCalendar', 'scanCode', 'chooseImage', 'chooseMedia', 'chooseMessageFile'])

const WINDOW = { pixelRatio: 3, screenWidth: 390, screenHeight: 844, windowWidth: 390, windowHeight: 763, statusBarHeight: 47, safeArea: { left: 0, right: 390, top: 47, bottom: 810, width: 390, height: 763 }, screenTop: 0 }

/** What outlives a cold start: the phone's storage, settings and what the user did outside the app. */
export function createDevice(overrides = {}) {
  return {
    storage: new Map(),
    storageWrites: 0,
    maxStorageValue: { key: '', bytes: 0 },
    networkType: 'wifi',
    loginCount: 0,
    privacyAgreed: false,
    album: 'ask', // 'ask' | 'granted' | 'denied'
    albumAnswer: 'allow', // what the user answers when WeChat asks for the album
    openSettingGrants: {}, // scopes the user switches on in openSetting
    subscribeAnswer: 'accept',
    scanQueue: [],
    // Files the user will pick from a chat in chooseMessageFile, in order: { name, data: Buffer | string }.
    messageFiles: [],
    messageFilePicks: [],
    modalAnswers: [],
    clipboard: '',
    calendar: [],
    savedImages: [],
    previews: [],
    ...overrides,
  }
}

function byteLength(value) {
  return Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8')
}

function storedTotal(device) {
  let total = 0
  for (const [k, v] of device.storage) total += Buffer.byteLength(k) + Buffer.byteLength(v)
  return total
}

/**
 * `rt` is the logic layer: scheduler (`rt.clock`), routing, records (`rt.log`), current page and the
 * tap flag. Every async API answers on a later turn, as WeChat's do.
 */
export function createWx(rt, device) {
  const log = rt.log
  const later = (fn) => rt.clock.setTimeout(fn, 0)
  const listeners = { network: new Set(), appShow: new Set(), appHide: new Set(), error: new Set(), unhandled: new Set(), privacy: new Set() }

  function answer(name, options, ok, result = {}) {
    const payload = { errMsg: ok ? `${name}:ok` : `${name}:fail ${result.reason ?? ''}`.trim(), ...result }
    delete payload.reason
    later(() => {
      const cb = ok ? options?.success : options?.fail
      try {
        cb?.(payload)
      } finally {
        options?.complete?.(payload)
      }
    })
  }

  // Privacy-gated calls wait for the consent flow: the app's onNeedPrivacyAuthorization listener
  // gets a resolve function; agree (after a tap on an agreePrivacyAuthorization button) lets the call
  // proceed, disagree fails it with WeChat's errno 104 message.
  function gated(name, options, run) {
    if (device.privacyAgreed) return run()
    log.privacyPrompts.push(name)
    const [listener] = listeners.privacy
    if (!listener) {
      log.violations.push(`${name} 需要隐私授权，但没有 wx.onNeedPrivacyAuthorization 处理`)
      return answer(name, options, false, { reason: 'privacy permission is not authorized', errno: 104 })
    }
    const resolve = (res = {}) => {
      if (res.event === 'agree' && device.privacyAgreed) return run()
      if (res.event === 'agree') log.violations.push('resolve({event:"agree"}) 没有来自 agreePrivacyAuthorization 按钮的点击')
      answer(name, options, false, { reason: 'privacy permission is not authorized', errno: 104 })
    }
    later(() => listener(resolve, { referrer: name }))
  }

  const storage = {
    setStorageSync(key, data) {
      const value = JSON.stringify(data === undefined ? null : data)
      const bytes = Buffer.byteLength(value)
      if (bytes > STORAGE_KEY_LIMIT) throw new Error('setStorageSync:fail exceed storage item max length')
      const previous = device.storage.get(key)
      const total = storedTotal(device) - (previous === undefined ? 0 : Buffer.byteLength(key) + Buffer.byteLength(previous)) + Buffer.byteLength(key) + bytes
      if (total > STORAGE_TOTAL_LIMIT) throw new Error('setStorageSync:fail exceed storage max size 10Mb')
      device.storage.set(String(key), value)
      device.storageWrites++
      if (bytes > device.maxStorageValue.bytes) device.maxStorageValue = { key: String(key), bytes }
    },
    getStorageSync(key) {
      const value = device.storage.get(String(key))
      return value === undefined ? '' : JSON.parse(value)
    },
    removeStorageSync(key) {
      device.storage.delete(String(key))
    },
    clearStorageSync() {
      device.storage.clear()
    },
    getStorageInfoSync() {
      return { keys: [...device.storage.keys()], currentSize: Math.ceil(storedTotal(device) / 1024), limitSize: STORAGE_TOTAL_LIMIT / 1024 }
    },
  }

  const impl = {
    ...storage,
    setStorage(o) {
      try {
        storage.setStorageSync(o.key, o.data)
        answer('setStorage', o, true)
      } catch (e) {
        answer('setStorage', o, false, { reason: e.message })
      }
    },
    getStorage(o) {
      if (!device.storage.has(o.key)) return answer('getStorage', o, false, { reason: 'data not found' })
      answer('getStorage', o, true, { data: storage.getStorageSync(o.key) })
    },
    removeStorage(o) {
      storage.removeStorageSync(o.key)
      answer('removeStorage', o, true)
    },

    getSystemInfoSync: () => ({ ...WINDOW, brand: 'iPhone', model: 'iPhone 14', system: 'iOS 17.0', platform: 'ios', version: '8.0.50', SDKVersion: '3.4.0', language: 'zh_CN', fontSizeSetting: 16, theme: 'light' }),
    getSystemInfo: (o) => answer('getSystemInfo', o, true, impl.getSystemInfoSync()),
    getSystemInfoAsync: (o) => answer('getSystemInfoAsync', o, true, impl.getSystemInfoSync()),
    getWindowInfo: () => ({ ...WINDOW }),
    getAppBaseInfo: () => ({ SDKVersion: '3.4.0', version: '8.0.50', language: 'zh_CN', theme: 'light', enableDebug: false, host: { env: 'WeChat' } }),
    getDeviceInfo: () => ({ brand: 'iPhone', model: 'iPhone 14', system: 'iOS 17.0', platform: 'ios', pixelRatio: 3 }),
    getSystemSetting: () => ({ bluetoothEnabled: false, locationEnabled: false, wifiEnabled: true, deviceOrientation: 'portrait' }),
    getAppAuthorizeSetting: () => ({ albumAuthorized: 'authorized', cameraAuthorized: 'authorized' }),
    getMenuButtonBoundingClientRect: () => ({ width: 87, height: 32, top: 51, right: 382, bottom: 83, left: 295 }),
    getAccountInfoSync: () => ({ miniProgram: { appId: 'touristappid', envVersion: 'develop', version: '' } }),
    getLaunchOptionsSync: () => ({ ...rt.launchOptions }),
    getEnterOptionsSync: () => ({ ...rt.launchOptions }),
    canIUse: (schema) => WX_API_NAMES.has(String(schema).split('.')[0]) || true,
    nextTick: (fn) => later(fn),
    getUpdateManager: () => ({ onCheckForUpdate() {}, onUpdateReady() {}, onUpdateFailed() {}, applyUpdate() {} }),
    reportAnalytics() {},
    onMemoryWarning() {},
    offMemoryWarning() {},

    onAppShow: (fn) => listeners.appShow.add(fn),
    offAppShow: (fn) => listeners.appShow.delete(fn),
    onAppHide: (fn) => listeners.appHide.add(fn),
    offAppHide: (fn) => listeners.appHide.delete(fn),
    onError: (fn) => listeners.error.add(fn),
    offError: (fn) => listeners.error.delete(fn),
    onUnhandledRejection: (fn) => listeners.unhandled.add(fn),
    offUnhandledRejection: (fn) => listeners.unhandled.delete(fn),
    onPageNotFound() {},
    offPageNotFound() {},

    login(o) {
      device.loginCount++
      // Like WeChat's, a new one-time code on every call.
      answer('login', o, true, { code: `wxcode-${device.loginCount}-${Math.random().toString(36).slice(2, 10)}` })
    },
    request(o) {
      log.requests.push(o?.url)
      answer('request', o, false, { reason: 'url not in domain list', errno: 600002 })
      return { abort() {}, onHeadersReceived() {}, offHeadersReceived() {} }
    },
    getNetworkType: (o) => answer('getNetworkType', o, true, { networkType: device.networkType }),
    onNetworkStatusChange: (fn) => listeners.network.add(fn),
    offNetworkStatusChange: (fn) => (fn ? listeners.network.delete(fn) : listeners.network.clear()),

    navigateTo: (o) => rt.route('navigateTo', o),
    redirectTo: (o) => rt.route('redirectTo', o),
    switchTab: (o) => rt.route('switchTab', o),
    reLaunch: (o) => rt.route('reLaunch', o),
    navigateBack: (o) => rt.route('navigateBack', o),

    showToast(o) {
      log.toasts.push(o?.title)
      answer('showToast', o, true)
    },
    hideToast: (o) => answer('hideToast', o, true),
    showLoading: (o) => answer('showLoading', o, true),
    hideLoading: (o) => answer('hideLoading', o, true),
    showModal(o) {
      log.modals.push({ title: o?.title, content: o?.content })
      const confirm = (device.modalAnswers.length ? device.modalAnswers.shift() : 'confirm') === 'confirm'
      answer('showModal', o, true, { confirm, cancel: !confirm })
    },
    showActionSheet(o) {
      log.modals.push({ title: 'actionSheet', content: (o?.itemList || []).join('/') })
      answer('showActionSheet', o, true, { tapIndex: 0 })
    },
    setNavigationBarTitle(o) {
      log.titles.push(o?.title)
      answer('setNavigationBarTitle', o, true)
    },
    setNavigationBarColor: (o) => answer('setNavigationBarColor', o, true),
    stopPullDownRefresh: (o) => answer('stopPullDownRefresh', o, true),
    startPullDownRefresh: (o) => answer('startPullDownRefresh', o, true),
    pageScrollTo: (o) => answer('pageScrollTo', o, true),
    showShareMenu: (o) => answer('showShareMenu', o, true),
    hideHomeButton: (o) => answer('hideHomeButton', o, true),
    vibrateShort: (o) => answer('vibrateShort', o, true),

    setTabBarBadge: (o) => tabBadge('setTabBarBadge', o, o?.text),
    removeTabBarBadge: (o) => tabBadge('removeTabBarBadge', o, null),

    requestSubscribeMessage(o) {
      log.subscribeCalls.push({ tmplIds: o?.tmplIds, inTap: rt.inTap })
      if (!rt.inTap) {
        log.violations.push('requestSubscribeMessage 不在点击事件的同步调用栈内')
        return answer('requestSubscribeMessage', o, false, { reason: 'can only be invoked by user TAP gesture.', errCode: 20004 })
      }
      const ids = o?.tmplIds ?? []
      if (!Array.isArray(ids) || ids.length === 0 || ids.length > 3) return answer('requestSubscribeMessage', o, false, { reason: 'invalid tmplIds', errCode: 10001 })
      const result = {}
      for (const id of ids) result[id] = device.subscribeAnswer
      answer('requestSubscribeMessage', o, true, result)
    },

    onNeedPrivacyAuthorization: (fn) => {
      listeners.privacy.clear()
      listeners.privacy.add(fn)
    },
    getPrivacySetting: (o) => answer('getPrivacySetting', o, true, { needAuthorization: !device.privacyAgreed, privacyContractName: '《惠企专利通小程序隐私保护指引》' }),
    requirePrivacyAuthorize: (o) => gated('requirePrivacyAuthorize', o, () => answer('requirePrivacyAuthorize', o, true)),
    openPrivacyContract(o) {
      log.privacyContractOpened++
      answer('openPrivacyContract', o, true)
    },

    setClipboardData: (o) =>
      gated('setClipboardData', o, () => {
        device.clipboard = String(o?.data ?? '')
        log.toasts.push('内容已复制')
        answer('setClipboardData', o, true)
      }),
    getClipboardData: (o) => gated('getClipboardData', o, () => answer('getClipboardData', o, true, { data: device.clipboard })),
    addPhoneCalendar: (o) =>
      gated('addPhoneCalendar', o, () => {
        device.calendar.push({ title: o?.title, startTime: o?.startTime, endTime: o?.endTime, location: o?.location })
        answer('addPhoneCalendar', o, true)
      }),
    scanCode: (o) =>
      gated('scanCode', o, () => {
        const next = device.scanQueue.shift()
        if (next === undefined) return answer('scanCode', o, false, { reason: 'cancel' })
        answer('scanCode', o, true, { result: next, scanType: 'QR_CODE', charSet: 'utf-8' })
      }),
    saveImageToPhotosAlbum: (o) =>
      gated('saveImageToPhotosAlbum', o, () => {
        if (device.album === 'ask') device.album = device.albumAnswer === 'allow' ? 'granted' : 'denied'
        if (device.album !== 'granted') return answer('saveImageToPhotosAlbum', o, false, { reason: 'auth deny' })
        if (!rt.tempFiles.has(o?.filePath)) return answer('saveImageToPhotosAlbum', o, false, { reason: 'file not found' })
        device.savedImages.push(o.filePath)
        answer('saveImageToPhotosAlbum', o, true)
      }),
    openSetting(o) {
      log.openSetting++
      if (device.openSettingGrants['scope.writePhotosAlbum']) device.album = 'granted'
      answer('openSetting', o, true, { authSetting: { 'scope.writePhotosAlbum': device.album === 'granted' } })
    },
    getSetting: (o) => answer('getSetting', o, true, { authSetting: { 'scope.writePhotosAlbum': device.album === 'granted' } }),
    previewImage(o) {
      device.previews.push(o?.current ?? o?.urls?.[0])
      answer('previewImage', o, true)
    },
    canvasToTempFilePath(o) {
      const canvas = o?.canvas
      if (!canvas || !canvas.__harnessCanvas) return answer('canvasToTempFilePath', o, false, { reason: 'canvas is empty' })
      const path = `wxfile://tmp/poster-${rt.tempFiles.size + 1}.png`
      rt.tempFiles.set(path, { drawn: canvas.calls.slice(), width: canvas.width, height: canvas.height })
      answer('canvasToTempFilePath', o, true, { tempFilePath: path })
    },
    createSelectorQuery: () => rt.selectorQuery(),
    createIntersectionObserver: () => ({ relativeTo() { return this }, relativeToViewport() { return this }, observe() {}, disconnect() {} }),
    chooseMessageFile: (o) =>
      gated('chooseMessageFile', o, () => {
        device.messageFilePicks.push({ count: o?.count, type: o?.type, extension: o?.extension ? [...o.extension] : undefined })
        const next = device.messageFiles.shift()
        if (next === undefined) return answer('chooseMessageFile', o, false, { reason: 'cancel' })
        const ext = String(next.name).split('.').pop().toLowerCase()
        // WeChat greys out files the extension filter leaves out: the user can only cancel.
        if (o?.extension && !o.extension.includes(ext)) return answer('chooseMessageFile', o, false, { reason: 'cancel' })
        const data = Buffer.isBuffer(next.data) ? next.data : Buffer.from(String(next.data), 'utf8')
        const path = `wxfile://tmp/message-${rt.tempFiles.size + 1}.${ext}`
        rt.tempFiles.set(path, { data })
        answer('chooseMessageFile', o, true, { tempFiles: [{ path, name: next.name, size: data.length, type: 'file', time: 0 }] })
      }),
    getFileSystemManager: () => ({
      readFile(o) {
        const file = rt.tempFiles.get(o?.filePath)
        if (!file) return answer('readFile', o, false, { reason: `no such file or directory, open "${o?.filePath}"` })
        const bytes = Buffer.isBuffer(file.data) ? file.data : Buffer.from(String(file.data), 'utf8')
        // With an encoding WeChat hands back a string; without one, an ArrayBuffer of the bytes.
        const data = o.encoding ? bytes.toString(o.encoding === 'utf-8' ? 'utf8' : o.encoding) : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length)
        answer('readFile', o, true, { data })
      },
      writeFile(o) {
        rt.tempFiles.set(o.filePath, { data: o.data })
        answer('writeFile', o, true)
      },
      writeFileSync(path, data) {
        rt.tempFiles.set(path, { data })
      },
      readFileSync: (path) => rt.tempFiles.get(path)?.data,
      accessSync() {},
      mkdirSync() {},
    }),
    env: { USER_DATA_PATH: 'wxfile://usr' },
    shareFileMessage(o) {
      log.sharedFiles.push(o?.filePath)
      answer('shareFileMessage', o, true)
    },
  }

  function tabBadge(name, o, text) {
    if (!rt.currentIsTab()) return answer(name, o, false, { reason: 'not TabBar page' })
    if (text === null) rt.tabBadges.delete(o?.index)
    else rt.tabBadges.set(o?.index, String(text))
    answer(name, o, true)
  }

  const extra = {}
  const wx = new Proxy(impl, {
    get(target, key) {
      if (typeof key !== 'string') return undefined
      if (Object.prototype.hasOwnProperty.call(target, key)) {
        if (process.env.WEAPP_DEBUG && typeof target[key] === 'function' && !/Storage/.test(key)) console.error('[wx]', key)
        return target[key]
      }
      if (Object.prototype.hasOwnProperty.call(extra, key)) return extra[key]
      if (WX_API_NAMES.has(key)) {
        return (options) => {
          log.unanswered.push(key)
          if (options && typeof options === 'object') answer(key, options, false, { reason: 'not answered by the test runtime' })
        }
      }
      return Reflect.get(target, key)
    },
    set(_target, key, value) {
      extra[key] = value // webpack's chunk registry lives on wx (wx.webpackJsonp)
      return true
    },
    has: (target, key) => Object.prototype.hasOwnProperty.call(target, key) || Object.prototype.hasOwnProperty.call(extra, key) || WX_API_NAMES.has(key),
  })

  return {
    wx,
    setNetwork(type) {
      device.networkType = type
      for (const fn of listeners.network) later(() => fn({ isConnected: type !== 'none', networkType: type }))
    },
    hasPrivacyListener: () => listeners.privacy.size > 0,
    emitError(message) {
      for (const fn of listeners.error) fn(message)
    },
    byteLength,
  }
}
