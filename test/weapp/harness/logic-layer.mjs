// A WeChat-like logic layer for dist/weapp, in a Node vm context that holds only what WeChat gives a
// page: ECMAScript built-ins, console, timers, wx, App/Page/Component/Behavior/getApp/getCurrentPages/
// requirePlugin, and per file require/module/exports. Every lookup of any other global is recorded
// (bare use still throws ReferenceError, a typeof probe still gives 'undefined'); eval and new Function
// throw, as they do on a phone. Pages open with onLoad(query)/onShow/onReady; what they render is the
// tree Taro sends through setData.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import { Scheduler } from './scheduler.mjs'
import { createWx } from './wx.mjs'
import { ViewTree } from './view-tree.mjs'

export const SETDATA_LIMIT = 256 * 1024
const WECHAT_GLOBALS = ['console', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'wx', 'App', 'Page', 'Component', 'Behavior', 'getApp', 'getCurrentPages', 'requirePlugin']
// Built-ins a fresh V8 context has that WeChat's engines do not give a mini-program.
const NOT_IN_WECHAT = new Set(['WebAssembly', 'SharedArrayBuffer', 'Atomics', 'eval'])
const FILE_PARAMS = new Set(['require', 'module', 'exports'])
const scriptCache = new Map()

export function readApp(dist) {
  const app = JSON.parse(readFileSync(path.join(dist, 'app.json'), 'utf8'))
  const subRoots = (app.subPackages || app.subpackages || []).map((s) => s.root.replace(/\/$/, ''))
  const pages = [...app.pages, ...(app.subPackages || []).flatMap((s) => s.pages.map((p) => `${s.root.replace(/\/$/, '')}/${p}`))]
  const tabs = (app.tabBar?.list || []).map((t) => t.pagePath)
  return { app, subRoots, pages, tabs }
}

function compile(file, code) {
  const key = `${file}\0${code.length}`
  let entry = scriptCache.get(key)
  if (!entry) {
    // The inner function keeps the file's own top-level declarations out of the `with` scope, so only
    // truly free identifiers reach the recording proxy; "use strict" stays the file's directive.
    const wrapped = `(function (require, module, exports, __scope__) { with (__scope__) { return (function () {${code}\n}).call(undefined) } })`
    entry = { script: new vm.Script(wrapped, { filename: `weapp:/${file}` }), lines: wrapped.split('\n') }
    scriptCache.set(key, entry)
  }
  return entry
}

function packageOf(file, subRoots) {
  return subRoots.find((r) => file.startsWith(`${r}/`)) ?? ''
}

/**
 * Starts the mini-program as a cold start. `device` (wx.mjs createDevice) survives restarts: pass the
 * same one to `launch` again for a cold restart.
 */
export async function launch({ dist, device, path: launchPath, query = {}, scene = 1001, failAsyncOnce = false }) {
  const { subRoots, pages, tabs } = readApp(dist)
  const clock = new Scheduler()
  const log = {
    errors: [], rejections: [], missingGlobals: [], probes: [], requests: [], unanswered: [], routes: [], toasts: [], modals: [], titles: [],
    subscribeCalls: [], violations: [], privacyPrompts: [], privacyContractOpened: 0, openSetting: 0, sharedFiles: [], asyncRequires: [],
    setDataMax: { bytes: 0, route: '' },
  }
  const rt = {
    clock, log, tabBadges: new Map(), tempFiles: new Map(), inTap: false,
    launchOptions: { path: launchPath, query, scene, referrerInfo: {} },
    currentIsTab: () => tabs.includes(current()?.route),
  }
  clock.onError = (error, where) => log.errors.push({ where, message: String(error?.stack ?? error) })

  const registry = new Map() // route → Page options
  const stack = []
  let appInstance = null
  let appOptions = null
  let loadingRoute = null
  const loadedPackages = new Set([''])
  let asyncFailuresLeft = failAsyncOnce ? 1 : 0

  const { wx, setNetwork, hasPrivacyListener } = createWx(rt, device)

  const sandbox = {}
  const ctx = vm.createContext(sandbox, { name: 'weapp', codeGeneration: { strings: false, wasm: false } })
  const builtins = new Set(vm.runInContext('Object.getOwnPropertyNames(globalThis)', ctx))
  for (const name of NOT_IN_WECHAT) builtins.delete(name)
  const allowed = new Set([...builtins, ...WECHAT_GLOBALS, ...FILE_PARAMS])
  Object.assign(sandbox, {
    console: quietConsole(log),
    setTimeout: clock.setTimeout,
    clearTimeout: clock.clearTimeout,
    setInterval: clock.setInterval,
    clearInterval: clock.clearInterval,
    wx,
    App(options) {
      appOptions = options
    },
    Page(options) {
      registry.set(loadingRoute, options)
    },
    Component() {},
    Behavior: (options) => options,
    getApp: () => appInstance,
    getCurrentPages: () => stack.slice(),
    requirePlugin() {
      throw new Error('requirePlugin: this app declares no plugins')
    },
  })
  for (const name of NOT_IN_WECHAT) vm.runInContext(`delete globalThis.${name}`, ctx)
  // Date follows the virtual clock, so code that measures elapsed time (Taro's nextTick, countdowns,
  // staleness) sees the time that timers say has passed. It never runs backwards across cold starts.
  const base = Math.max(Date.now(), device.lastTime ?? 0)
  const virtualNow = () => {
    device.lastTime = base + clock.now
    return device.lastTime
  }
  sandbox.__harnessNow = virtualNow
  vm.runInContext(
    `(() => {
      const Real = Date
      const now = globalThis.__harnessNow
      delete globalThis.__harnessNow
      function VirtualDate(...args) {
        if (!new.target) return new Real(now()).toString()
        return Reflect.construct(Real, args.length ? args : [now()], new.target)
      }
      VirtualDate.prototype = Real.prototype
      VirtualDate.now = () => now()
      VirtualDate.parse = Real.parse
      VirtualDate.UTC = Real.UTC
      Object.defineProperty(Real.prototype, 'constructor', { value: VirtualDate, writable: true, configurable: true })
      globalThis.Date = VirtualDate
    })()`,
    ctx,
  )

  const seenProbe = new Set()
  const scope = new Proxy(Object.create(null), {
    has(_t, key) {
      if (typeof key !== 'string' || allowed.has(key)) return false
      const site = callSite(key)
      const id = `${key}@${site.file}:${site.line}:${site.col}`
      if (!seenProbe.has(id)) {
        seenProbe.add(id)
        const entry = { name: key, file: site.file, at: `${site.line}:${site.col}`, typeofProbe: site.typeofProbe }
        ;(site.typeofProbe ? log.probes : log.missingGlobals).push(entry)
      }
      return false
    },
  })

  function callSite(name) {
    const frames = String(new Error().stack).split('\n')
    for (const frame of frames) {
      const m = frame.match(/weapp:\/([^:]+):(\d+):(\d+)/)
      if (!m) continue
      const file = m[1]
      const line = Number(m[2])
      const col = Number(m[3])
      const entry = [...scriptCache.entries()].find(([k]) => k.startsWith(`${file}\0`))?.[1]
      const text = entry?.lines[line - 1] ?? ''
      // V8 reports where the expression starts, not the identifier: find the name from there on.
      const re = new RegExp(`(^|[^\\w$.])${name.replace(/\$/g, '\\$')}(?![\\w$])`, 'g')
      re.lastIndex = Math.max(0, col - 2)
      const hit = re.exec(text)
      const before = hit ? text.slice(Math.max(0, hit.index - 10), hit.index + hit[1].length) : ''
      return { file, line, col, typeofProbe: /typeof\s*\(?\s*$/.test(before) }
    }
    return { file: '?', line: 0, col: 0, typeofProbe: false }
  }

  const modules = new Map()
  function resolve(from, request) {
    const base = request.startsWith('/') ? request.slice(1) : path.posix.join(path.posix.dirname(from), request)
    const normal = path.posix.normalize(base)
    return normal.endsWith('.js') ? normal : `${normal}.js`
  }

  function requireFile(file, from) {
    if (modules.has(file)) return modules.get(file).exports
    const full = path.join(dist, file)
    if (!existsSync(full)) throw new Error(`module "${file}" is not defined, require args is '${file}'${from ? ` (from ${from})` : ''}`)
    const target = packageOf(file, subRoots)
    if (from !== null) {
      const own = packageOf(from, subRoots)
      // WeChat: a page may require its own package and the main package, never another subpackage synchronously.
      if (target !== '' && target !== own) throw new Error(`module "${file}" is not defined: ${from} cannot require another subpackage synchronously (use require.async)`)
      if (!loadedPackages.has(target)) throw new Error(`module "${file}" is not defined: subpackage ${target} is not loaded`)
    }
    const module = { exports: {} }
    modules.set(file, module)
    const { script } = compile(file, readFileSync(full, 'utf8'))
    const fn = script.runInContext(ctx)
    fn(makeRequire(file), module, module.exports, scope)
    return module.exports
  }

  function makeRequire(from) {
    const req = (request) => requireFile(resolve(from, request), from)
    req.async = (request) => {
      const file = resolve(from, request)
      log.asyncRequires.push(file)
      return new Promise((resolvePromise, reject) => {
        clock.setTimeout(() => {
          if (asyncFailuresLeft > 0) {
            asyncFailuresLeft--
            reject({ errMsg: `require.async:fail download subpackage ${packageOf(file, subRoots)} failed (network)`, mod: file })
            return
          }
          try {
            loadedPackages.add(packageOf(file, subRoots))
            resolvePromise(requireFile(file, null))
          } catch (error) {
            reject(error)
          }
        }, 5)
      })
    }
    return req
  }

  function parseUrl(url) {
    const [raw, qs = ''] = String(url).split('?')
    const route = raw.replace(/^\//, '').replace(/\.js$/, '')
    const q = {}
    for (const part of qs.split('&').filter(Boolean)) {
      const i = part.indexOf('=')
      // WeChat hands query values over as written: decoding is the page's business.
      q[i < 0 ? part : part.slice(0, i)] = i < 0 ? '' : part.slice(i + 1)
    }
    return { route, query: q }
  }

  function loadPage(route) {
    if (!pages.includes(route)) throw new Error(`页面不存在：${route}`)
    if (registry.has(route)) return registry.get(route)
    loadedPackages.add(packageOf(route, subRoots))
    loadingRoute = route
    try {
      requireFile(`${route}.js`, null)
    } finally {
      loadingRoute = null
    }
    const options = registry.get(route)
    if (!options) throw new Error(`${route}.js did not call Page()`)
    return options
  }

  function createInstance(route, query) {
    const options = loadPage(route)
    const inst = {}
    for (const key of Object.keys(options)) inst[key] = options[key]
    inst.data = JSON.parse(JSON.stringify(options.data ?? {}))
    inst.route = route
    inst.__route__ = route
    inst.options = { ...query }
    inst.setData = (patch, cb) => {
      const bytes = Buffer.byteLength(JSON.stringify(patch))
      if (bytes > log.setDataMax.bytes) log.setDataMax = { bytes, route }
      if (bytes > SETDATA_LIMIT) log.violations.push(`setData ${Math.round(bytes / 1024)} KB > 256 KB on ${route}`)
      applySetData(inst.data, patch)
      if (typeof cb === 'function') clock.setTimeout(cb, 0)
    }
    inst.selectComponent = () => null
    inst.selectAllComponents = () => []
    inst.createSelectorQuery = () => rt.selectorQuery()
    inst.getOpenerEventChannel = () => ({ emit() {}, on() {}, once() {}, off() {} })
    inst.getTabBar = () => null
    return inst
  }

  function guarded(where, fn) {
    try {
      return fn()
    } catch (error) {
      log.errors.push({ where, message: String(error?.stack ?? error) })
      return undefined
    }
  }

  function show(inst) {
    guarded(`${inst.route} onShow`, () => inst.onShow?.())
  }

  function hideTop() {
    const top = current()
    if (top) guarded(`${top.route} onHide`, () => top.onHide?.())
  }

  function unload(inst) {
    guarded(`${inst.route} onUnload`, () => inst.onUnload?.())
  }

  function openInstance(route, query) {
    const inst = createInstance(route, query)
    stack.push(inst)
    guarded(`${route} onLoad`, () => inst.onLoad?.({ ...query }))
    show(inst)
    clock.setTimeout(() => guarded(`${route} onReady`, () => inst.onReady?.()), 16)
    return inst
  }

  function current() {
    return stack[stack.length - 1] ?? null
  }

  rt.route = (kind, options = {}) => {
    const fail = (reason) => {
      log.routes.push({ kind, url: options.url, ok: false, reason })
      clock.setTimeout(() => {
        options.fail?.({ errMsg: `${kind}:fail ${reason}` })
        options.complete?.({ errMsg: `${kind}:fail ${reason}` })
      }, 0)
    }
    const succeed = () => {
      log.routes.push({ kind, url: options.url ?? `delta=${options.delta ?? 1}`, ok: true })
      clock.setTimeout(() => {
        options.success?.({ errMsg: `${kind}:ok` })
        options.complete?.({ errMsg: `${kind}:ok` })
      }, 0)
    }
    if (kind === 'navigateBack') {
      const delta = Math.max(1, options.delta ?? 1)
      if (stack.length <= 1) return fail('cannot navigate back at first page.')
      clock.setTimeout(() => {
        for (let i = 0; i < delta && stack.length > 1; i++) unload(stack.pop())
        show(current())
      }, 0)
      return succeed()
    }
    const { route, query } = parseUrl(options.url)
    if (!pages.includes(route)) return fail(`page "${route}" is not found`)
    const isTab = tabs.includes(route)
    if (kind === 'switchTab' && !isTab) return fail(`can not switch to no-tabBar page`)
    if ((kind === 'navigateTo' || kind === 'redirectTo') && isTab) return fail(`can not ${kind} a tabbar page`)
    if (kind === 'navigateTo' && stack.length >= 10) return fail('webview count limit exceed')
    clock.setTimeout(() => {
      if (kind === 'navigateTo') hideTop()
      if (kind === 'redirectTo') unload(stack.pop())
      if (kind === 'reLaunch' || kind === 'switchTab') {
        const existing = kind === 'switchTab' ? stack.find((p) => p.route === route) : null
        while (stack.length) {
          const p = stack.pop()
          if (p !== existing) unload(p)
        }
        if (existing) {
          stack.push(existing)
          show(existing)
          return
        }
      }
      guarded(`open ${route}`, () => openInstance(route, query))
    }, 0)
    return succeed()
  }

  rt.selectorQuery = () => {
    const jobs = []
    const query = {
      in: () => query,
      select: (selector) => nodesRef(selector, false),
      selectAll: (selector) => nodesRef(selector, true),
      selectViewport: () => nodesRef('viewport', false),
      exec(cb) {
        const results = jobs.map((job) => job())
        clock.setTimeout(() => cb?.(results), 0)
        return query
      },
    }
    function nodesRef(selector, all) {
      const find = () => {
        if (selector === 'viewport') return [{ id: 'viewport' }]
        const tree = tree_()
        const found = tree ? tree.select(selector) : []
        return all ? found : found.slice(0, 1)
      }
      const rect = (node) => ({ id: node.uid || node.sid || '', dataset: {}, left: 0, right: 390, top: 120, bottom: 720, width: 390, height: 600 })
      const add = (make, cb) => {
        jobs.push(() => {
          const nodes = find()
          const value = all ? nodes.map(make) : nodes[0] ? make(nodes[0]) : null
          cb?.(value)
          return value
        })
        return query
      }
      return {
        boundingClientRect: (cb) => add(rect, cb),
        scrollOffset: (cb) => add(() => ({ scrollTop: 0, scrollLeft: 0, scrollHeight: 2000, scrollWidth: 390 }), cb),
        fields: (fields, cb) => add((node) => ({ ...(fields.size ? { width: 300, height: 480 } : {}), ...(fields.node ? { node: canvasNode(node) } : {}) }), cb),
        node: (cb) => add((node) => ({ node: canvasNode(node) }), cb),
        context: (cb) => add(() => ({ context: {} }), cb),
      }
    }
    return query
  }

  const canvases = new Map()
  function canvasNode(node) {
    const key = node.uid || node.sid
    if (!canvases.has(key)) canvases.set(key, makeCanvas(clock))
    return canvases.get(key)
  }

  // For the runtime's own tests: run a snippet as one more file of the build, or require as a file would.
  rt.sandbox = sandbox
  rt.evaluate = (file, body) => compile(file, body).script.runInContext(ctx)(makeRequire(file), { exports: {} }, {}, scope)
  rt.requireFrom = (from, request) => makeRequire(from)(request)

  const templates = ViewTree.templatesOf(dist)
  const tree_ = () => (current() ? new ViewTree(current().data, templates) : null)

  // App start, as WeChat does it: app.js, App(), onLaunch/onShow, then the first page.
  const onRejection = (reason) => log.rejections.push(String(reason?.stack ?? reason))
  process.on('unhandledRejection', onRejection)
  guarded('app.js', () => requireFile('app.js', null))
  if (!appOptions) throw new Error(`app.js did not call App(): ${JSON.stringify(log.errors).slice(0, 3000)}`)
  appInstance = Object.create(appOptions)
  guarded('App.onLaunch', () => appInstance.onLaunch?.call(appInstance, { ...rt.launchOptions }))
  guarded('App.onShow', () => appInstance.onShow?.call(appInstance, { ...rt.launchOptions }))
  if (pages.includes(launchPath)) guarded(`open ${launchPath}`, () => openInstance(launchPath, query))
  // WeChat: a launch path that is not in app.json (a stale share card) goes to App.onPageNotFound.
  else if (typeof appInstance.onPageNotFound === 'function') guarded('App.onPageNotFound', () => appInstance.onPageNotFound({ path: launchPath, query: { ...query }, isEntryPage: true }))
  else log.errors.push({ where: 'launch', message: `页面不存在：${launchPath}，且 App 没有 onPageNotFound` })

  const mp = {
    log, device, clock, dist, pages, tabs, rt,
    get stack() {
      return stack.slice()
    },
    get page() {
      return current()
    },
    get tree() {
      return tree_()
    },
    settle: (ms) => clock.settle(ms),
    setNetwork,
    hasPrivacyListener,
    tabBadges: rt.tabBadges,
    /** A tap on `node`, delivered as WeChat does: to `eh` of every tap-bound element from it upwards. */
    async tap(node, { type = 'tap', detail = {} } = {}) {
      const tree = tree_()
      const target = typeof node === 'string' || node instanceof RegExp ? tree.tappable(node) : node
      const pathUp = tree.bubblePath(target, type)
      if (pathUp.length === 0) throw new Error(`没有可点击的元素：${tree.describe(target)}`)
      const page = current()
      rt.inTap = true
      try {
        for (const { node: el, catches } of pathUp) {
          const event = mpEvent(type, target, el, detail)
          guarded(`${type} handler`, () => page.eh(event))
          if (catches) break
        }
        // A button with open-type="agreePrivacyAuthorization": WeChat records the consent, then tells the page.
        const agree = [target, ...tree.ancestors(target)].find((n) => tree.tag(n) === 'button' && tree.attr(n, 'open-type') === 'agreePrivacyAuthorization')
        if (agree && type === 'tap') {
          device.privacyAgreed = true
          guarded('agreeprivacyauthorization handler', () => page.eh(mpEvent('agreeprivacyauthorization', agree, agree, { errMsg: 'agreePrivacyAuthorization:ok' })))
        }
      } finally {
        rt.inTap = false
      }
      await clock.settle(1500)
    },
    /** Fires a component event (input, change, confirm …) on one element, as the native component would. */
    async fire(node, type, detail = {}) {
      const page = current()
      rt.inTap = type === 'tap' || /privacy|agree/i.test(type)
      try {
        guarded(`${type} handler`, () => page.eh(mpEvent(type, node, node, detail)))
      } finally {
        rt.inTap = false
      }
      await clock.settle(800)
    },
    async input(node, value) {
      const el = typeof node === 'string' ? tree_().input(node) : node
      await mp.fire(el, 'input', { value, cursor: value.length, keyCode: 0 })
      await mp.fire(el, 'blur', { value })
    },
    async navigate(url, kind = 'navigateTo') {
      rt.route(kind, { url })
      await clock.settle()
    },
    /** Calls the front page's onShareAppMessage as the share menu would. */
    share(from = 'menu') {
      const page = current()
      return typeof page.onShareAppMessage === 'function' ? page.onShareAppMessage({ from }) : null
    },
    async pullDown() {
      const page = current()
      guarded('onPullDownRefresh', () => page.onPullDownRefresh?.())
      await clock.settle()
    },
    close() {
      process.off('unhandledRejection', onRejection)
      clock.timers.clear()
    },
  }
  return mp

  function mpEvent(type, target, el, detail) {
    const ids = (n) => ({ id: n.uid || n.sid, dataset: { sid: n.sid } })
    return { type, timeStamp: clock.now, target: ids(target), currentTarget: ids(el), detail, mark: {}, touches: [], changedTouches: [] }
  }
}

function applySetData(data, patch) {
  for (const [key, value] of Object.entries(patch)) {
    const tokens = []
    for (const m of key.replace(/\.\[/g, '[').matchAll(/([^.[\]]+)|\[(\d+)\]/g)) tokens.push(m[2] !== undefined ? Number(m[2]) : m[1])
    let target = data
    for (let i = 0; i < tokens.length - 1; i++) {
      const t = tokens[i]
      if (target[t] === undefined || target[t] === null || typeof target[t] !== 'object') target[t] = typeof tokens[i + 1] === 'number' ? [] : {}
      target = target[t]
    }
    target[tokens[tokens.length - 1]] = value === undefined ? undefined : JSON.parse(JSON.stringify(value))
  }
}

function makeCanvas(clock) {
  const calls = []
  const ctx2d = new Proxy(
    { measureText: (text) => ({ width: String(text).length * 14 }), createLinearGradient: () => ({ addColorStop() {} }), getImageData: () => ({ data: [] }) },
    {
      get(target, key) {
        if (key in target) {
          const fn = target[key]
          return (...args) => {
            calls.push([key, ...args])
            return fn(...args)
          }
        }
        return (...args) => calls.push([key, ...args])
      },
      set(_t, key, value) {
        calls.push([`set ${String(key)}`, value])
        return true
      },
    },
  )
  const canvas = {
    __harnessCanvas: true,
    calls,
    width: 300,
    height: 150,
    getContext: (type) => (type === '2d' ? ctx2d : null),
    createImage() {
      const img = { width: 0, height: 0, onload: null, onerror: null }
      let src = ''
      Object.defineProperty(img, 'src', {
        get: () => src,
        set(value) {
          src = value
          img.width = 240
          img.height = 240
          clock.setTimeout(() => img.onload?.(), 0)
        },
      })
      return img
    },
    requestAnimationFrame: (fn) => clock.setTimeout(fn, 16),
  }
  return canvas
}

function quietConsole(log) {
  // Errors the app logs are findings; info and debug are noise in a test run.
  const debug = process.env.WEAPP_DEBUG ? (...args) => console.error('[weapp]', ...args) : () => {}
  return {
    log: debug,
    info: debug,
    debug,
    warn: debug,
    error: (...args) => log.errors.push({ where: 'console.error', message: args.map((a) => (a instanceof Object && a.stack ? a.stack : typeof a === 'object' ? safeJson(a) : String(a))).join(' ') }),
    time() {},
    timeEnd() {},
    group() {},
    groupEnd() {},
    table() {},
    trace() {},
    assert() {},
  }
}

function safeJson(value) {
  try {
    return JSON.stringify(value)
  } catch {
    return String(value)
  }
}
