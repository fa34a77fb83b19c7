// The view layer of dist/weapp: a page's data (what Taro sent through setData) drawn through the
// build's own pages/x/index.wxml + base.wxml + utils.wxs + the `comp` custom component, compiled by
// WeChat's own WXML compiler (`wcc` of miniprogram-compiler, the same binary DevTools used) and
// rendered by miniprogram-simulate / j-component (exparser, WeChat's component framework) into a
// jsdom document. What comes out is the DOM a phone's webview would hold, minus native rendering.
//
// Faithful where it matters for "is every text on screen":
// - wcc compiles every .wxml and .wxs of the build in one run, with each file's usingComponents, as
//   DevTools does (miniprogram-compiler's wxmlToJs); templates are looked up by the names the data
//   gives (`xs.a(c, item.nn, l)`), so a node whose template base.wxml lacks is not drawn — and wcc's
//   runtime says so ("Template `…` not found"), which is recorded here as a warning.
// - wcc's limits hold: a template called recursively is stopped, 16000 nodes per render is an error.
// - The data crosses as JSON, as it does between WeChat's two threads.
// - `comp` (Taro's custom component for depth ≥ 15) is a real custom component with its own template.
// Native components (input, textarea …) are stand-ins: they draw their value or placeholder as text
// so a test can see what the field shows; everything else is j-component's built-in `<slot/>`.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import vm from 'node:vm'
import { ViewTree } from './view-tree.mjs'

const require = createRequire(import.meta.url)

/** Tags whose stand-in draws something of its own; their inner text is not page text. */
export const STAND_IN_TAGS = ['wx-input', 'wx-textarea']

let env = null

/**
 * j-component needs a DOM and miniprogram-simulate installs `window`/`document` globals for it, as
 * it does under jest's jsdom environment. Loaded once per process, at the first view layer.
 */
function domEnvironment() {
  if (env) return env
  const { JSDOM } = createRequire(require.resolve('jest-environment-jsdom'))('jsdom')
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', { pretendToBeVisual: true })
  const { window } = dom
  const names = ['document', 'navigator', 'Node', 'Element', 'HTMLElement', 'Text', 'Event', 'CustomEvent', 'MouseEvent', 'getComputedStyle', 'requestAnimationFrame', 'cancelAnimationFrame']
  Object.defineProperty(globalThis, 'window', { value: window, configurable: true, writable: true })
  for (const name of names) Object.defineProperty(globalThis, name, { value: window[name], configurable: true, writable: true })
  // miniprogram-simulate also puts Component/Behavior/wx on the global for custom component code it
  // runs itself; this view layer runs none (the logic layer is elsewhere), so they are put back.
  const before = { wx: globalThis.wx, Component: globalThis.Component, Behavior: globalThis.Behavior }
  const simulate = require('miniprogram-simulate')
  const jComponent = createRequire(require.resolve('miniprogram-simulate'))('j-component')
  for (const [name, value] of Object.entries(before)) {
    if (value === undefined) delete globalThis[name]
    else globalThis[name] = value
  }
  registerStandIns(jComponent)
  env = { window, document: window.document, simulate, jComponent }
  return env
}

/** Native form fields, drawn as what they show: the value, or the placeholder while empty. */
function registerStandIns(jComponent) {
  const field = (tag) => ({
    id: tag,
    tagName: `wx-${tag}`,
    properties: {
      value: { type: null, value: '' },
      placeholder: { type: String, value: '' },
      password: { type: Boolean, value: false },
      disabled: { type: Boolean, value: false },
    },
    template: [
      `<view class="wx-${tag}__placeholder" wx:if="{{value === '' || value === null || value === undefined}}">{{placeholder}}</view>`,
      `<view class="wx-${tag}__value" wx:else>{{password ? '••••••' : value}}</view>`,
    ].join(''),
  })
  jComponent.register(field('input'))
  jComponent.register(field('textarea'))
}

/** Runs wcc on every .wxml/.wxs of the build (miniprogram-compiler's own wrapper) and loads its $gwx. */
function compileBuild(dist, warnings) {
  const { wxmlToJs } = require('miniprogram-compiler')
  let source
  try {
    source = wxmlToJs(dist, { maxBuffer: 64 * 1024 * 1024 })
  } catch (error) {
    // wcc ships as x86-64 binaries for Linux, macOS and Windows only.
    throw new Error(`WeChat 的 WXML 编译器 wcc（miniprogram-compiler）无法编译 ${dist}（${process.platform}/${process.arch}）：${error.message}`)
  }
  // wcc's runtime assigns a few names without `var`; they stay inside this wrapper, not on globalThis.
  const locals = ['$gwx', '$gwn', '$gwl', '__WXML_GLOBAL__', 'cs', 'wh', 'gra', 'grb', '_y']
  const wrapped = `(function (window, console) { var ${locals.join(', ')};\n${source}\n})`
  const make = vm.runInThisContext(wrapped, { filename: path.join(dist, '$gwx.js') })
  // What WeChat's webview gives wcc output: its engine version, and a console whose warnings we keep.
  const webview = { __webview_engine_version__: 0.02 }
  const consoleForWcc = {
    warn: (...args) => warnings.push(args.map(String).join(' ')),
    log: (...args) => warnings.push(`log: ${args.map((a) => (typeof a === 'object' ? safeJson(a) : String(a))).join(' ')}`),
    error: (...args) => warnings.push(`error: ${args.map(String).join(' ')}`),
    info() {},
    debug() {},
  }
  return make(webview, consoleForWcc)
}

/**
 * A view layer for one build. `render(route, data)` draws a page; `compare(tree, view)` lists what
 * the logic tree holds that the drawing lacks.
 */
export function createViewLayer(dist) {
  const { document, simulate } = domEnvironment()
  const warnings = []
  const $gwx = compileBuild(dist, warnings)
  const appJson = JSON.parse(readFileSync(path.join(dist, 'app.json'), 'utf8'))
  const idOf = (file) => `view-${file.replace(/[^a-zA-Z0-9]/g, '-')}`
  const registered = new Map()
  const renders = new Map() // file → how many times its template ran
  let drawing = null // sid → the attributes wcc's output gives that element, for the render under way

  // Taro's comp (taro.js createRecursiveComponentConfig) takes the node `i` — by default an empty view
  // node, `{nn: View._num}` — and the ancestor list `l`, and is a virtual host (no element of its own).
  // j-component draws a component once with its defaults before it applies the attributes, so the
  // default must name a template base.wxml has, as Taro's does.
  const templates = ViewTree.templatesOf(dist)
  const viewNn = [...templates.entries()].find(([, t]) => t.tag === 'view' && t.events.touchmove === 'bind')?.[0] ?? '0'
  const compProperties = { i: { type: Object, value: { nn: viewNn } }, l: { type: String, value: '' } }

  /** A custom component (comp) or a page, registered once with its wcc template and its usingComponents. */
  function register(file, tagName, properties, options = {}) {
    if (registered.has(file)) return registered.get(file)
    const id = idOf(file)
    registered.set(file, id)
    const json = JSON.parse(readFileSync(path.join(dist, `${file}.json`), 'utf8'))
    const usingComponents = {}
    for (const [tag, ref] of Object.entries(json.usingComponents || {})) {
      const target = ref.startsWith('/') ? ref.slice(1) : path.posix.normalize(path.posix.join(path.posix.dirname(file), ref))
      const targetJson = JSON.parse(readFileSync(path.join(dist, `${target}.json`), 'utf8'))
      if (!targetJson.component) throw new Error(`${file}.json: usingComponents.${tag} → ${target} 不是自定义组件`)
      usingComponents[tag] = register(target, tag, compProperties, { virtualHost: true })
    }
    const compiled = $gwx(`${file}.wxml`)
    if (typeof compiled !== 'function') throw new Error(`wcc 没有编译出 ${file}.wxml`)
    // Counted, so a test can see that a custom component really drew (a virtual host leaves no element).
    // The attributes of each element are kept as wcc's output gives them to exparser: what the native
    // component receives (j-component's stand-ins for native components keep none of them).
    const generate = (...args) => {
      renders.set(file, (renders.get(file) ?? 0) + 1)
      const out = compiled(...args)
      if (drawing) collectAttributes(out, drawing)
      return out
    }
    simulate.load({ id, tagName, template: generate, usingComponents, properties, options })
    return id
  }

  function render(route, data) {
    const file = route.replace(/^\//, '').replace(/\.wxml$/, '')
    if (![...appJson.pages, ...(appJson.subPackages || []).flatMap((s) => s.pages.map((p) => `${s.root.replace(/\/$/, '')}/${p}`))].includes(file)) {
      throw new Error(`app.json 没有页面 ${file}`)
    }
    // The data crosses as JSON, as between WeChat's logic and view threads. Taro's page wxml reads `root`.
    const json = JSON.parse(JSON.stringify(data ?? {}))
    const id = register(file, 'page', { root: { type: null, value: null } })
    const first = warnings.length
    const before = new Map(renders)
    const attributes = new Map()
    drawing = attributes
    const started = performance.now()
    let comp
    let host
    try {
      comp = simulate.render(id, { root: json.root ?? null })
      host = document.createElement('div')
      document.body.appendChild(host)
      comp.attach(host)
    } finally {
      drawing = null
    }
    const ms = performance.now() - started
    const ran = Object.fromEntries([...renders].map(([f, n]) => [f, n - (before.get(f) ?? 0)]).filter(([, n]) => n > 0))
    return new RenderedPage({ comp, host, warnings: warnings.slice(first), ms, renders: ran, attributes, drawnKeys })
  }

  const drawnKeys = templateKeys(dist)
  return { render, compare, warnings, $gwx, templates, drawnKeys }
}

/** nn → every key of the node (`i.xxx`) that its templates in base.wxml read: what can reach the view. */
function templateKeys(dist) {
  const wxml = readFileSync(path.join(dist, 'base.wxml'), 'utf8')
  const keys = new Map()
  for (const m of wxml.matchAll(/<template name="tmpl_\d+_([^"]+?)(?:_focus|_blur)?">([\s\S]*?)<\/template>/g)) {
    const set = keys.get(m[1]) ?? new Set()
    for (const k of m[2].matchAll(/\bi\.([A-Za-z_$][\w$]*)/g)) set.add(k[1])
    keys.set(m[1], set)
  }
  return keys
}

function collectAttributes(node, into) {
  if (!node || typeof node !== 'object') return
  const sid = node.attr?.['data-sid']
  if (sid !== undefined && sid !== '') into.set(String(sid), { tag: node.tag, ...node.attr })
  for (const child of node.children || []) collectAttributes(child, into)
}

export class RenderedPage {
  constructor({ comp, host, warnings, ms, renders, attributes, drawnKeys }) {
    this.comp = comp
    this.renders = renders
    this.host = host
    this.dom = comp.dom
    this.warnings = warnings
    this.ms = ms
    this.attributes = attributes
    this.drawnKeys = drawnKeys
  }

  /** The text nodes the page draws, in document order; what stand-ins draw inside fields is not among them. */
  texts() {
    const out = []
    const walker = this.dom.ownerDocument.createTreeWalker(this.dom, 4 /* NodeFilter.SHOW_TEXT */)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.parentElement?.closest(STAND_IN_TAGS.join(','))) continue
      if (n.nodeValue.trim() !== '') out.push(n.nodeValue)
    }
    return out
  }

  text() {
    return this.texts().join('\n')
  }

  element(sid) {
    return this.dom.querySelector(`[data-sid="${cssEscape(sid)}"]`)
  }

  /** What a stand-in field shows: its value, or its placeholder while empty. */
  field(sid) {
    const el = this.element(sid)
    if (!el) return null
    const tag = el.tagName.toLowerCase()
    const value = el.querySelector(`.${tag}__value`)
    const placeholder = el.querySelector(`.${tag}__placeholder`)
    return { tag, value: value ? value.textContent : '', placeholder: placeholder ? placeholder.textContent : null }
  }

  html() {
    return this.dom.innerHTML
  }

  close() {
    this.comp.detach()
    this.host.remove()
  }
}

/**
 * What the logic tree (view-tree.mjs ViewTree of the same data) holds that the drawing does not:
 * every non-empty text, in order; every element, by its sid, as its tag; what every field shows.
 */
export function compare(tree, view) {
  const out = []
  for (const w of view.warnings) out.push(`WXML 运行时警告：${w}`)
  const want = tree.texts()
  const got = view.texts()
  const missing = []
  let at = 0
  for (const text of want) {
    const found = got.indexOf(text, at)
    if (found < 0) missing.push(text)
    else at = found + 1
  }
  for (const text of missing.slice(0, 20)) out.push(`逻辑层的文字没有画出来：「${text.slice(0, 60)}」`)
  if (missing.length > 20) out.push(`…… 共 ${missing.length} 段文字没有画出来`)
  if (!missing.length && got.length !== want.length) {
    const extra = got.filter((t) => !want.includes(t))
    out.push(`画出了逻辑层没有的文字（${got.length} 段，逻辑层 ${want.length} 段）：${extra.slice(0, 5).map((t) => `「${t.slice(0, 40)}」`).join('')}`)
  }
  let missingElements = 0
  for (const node of tree.all) {
    if (node.v !== undefined || node.sid === undefined) continue
    const tag = tree.tag(node)
    if (tag.startsWith('nn:') || tag === 'block') continue
    const el = view.element(node.sid)
    if (!el) {
      if (missingElements++ < 10) out.push(`元素没有画出来：${tree.describe(node)}（sid ${node.sid}，nn ${node.nn}）`)
      continue
    }
    if (el.tagName.toLowerCase() !== `wx-${tag}`) out.push(`${tree.describe(node)} 画成了 <${el.tagName.toLowerCase()}>`)
    if (tag === 'input' || tag === 'textarea') {
      const shown = view.field(node.sid)
      const value = tree.attr(node, 'value')
      const placeholder = tree.attr(node, 'placeholder')
      const hasValue = value !== undefined && value !== null && value !== ''
      if (hasValue && !tree.attr(node, 'password') && shown.value !== String(value)) out.push(`输入框显示「${shown.value}」，数据是「${value}」（${placeholder ?? ''}）`)
      if (!hasValue && placeholder && shown.placeholder !== String(placeholder)) out.push(`空输入框没有显示占位「${placeholder}」`)
    }
  }
  if (missingElements > 10) out.push(`…… 共 ${missingElements} 个元素没有画出来`)
  // Every attribute the logic tree gives an element reaches it, as the value it holds (a falsy value
  // may give way to the template's default: `{{i.p1||'none'}}`).
  let wrongAttributes = 0
  for (const node of tree.all) {
    if (node.v !== undefined || node.sid === undefined) continue
    const t = tree.templates.get(String(node.nn))
    const got = view.attributes.get(String(node.sid))
    if (!t || !got) continue
    const wanted = [['cl', 'class'], ['st', 'style'], ...Object.entries(t.props)]
    for (const [slot, name] of wanted) {
      const value = node[slot]
      if (value === undefined || value === null || value === '' || value === false || value === 0) continue
      const actual = got[name.startsWith('data-') ? name : camel(name)]
      if (JSON.stringify(actual) !== JSON.stringify(value) && !(slot === 'cl' && String(actual).trim() === String(value).trim())) {
        if (wrongAttributes++ < 10) out.push(`${tree.describe(node)} 的 ${name} 画成了 ${JSON.stringify(actual)?.slice(0, 80)}，数据是 ${JSON.stringify(value).slice(0, 80)}`)
      }
    }
  }
  if (wrongAttributes > 10) out.push(`…… 共 ${wrongAttributes} 个属性没有画对`)
  return out
}

/**
 * Keys the logic tree gives nodes that no template of base.wxml reads, so the view never receives
 * them (e.g. `ariaLabel`: Taro keeps aria-label in the data, base.wxml draws no aria-* attribute).
 * key → { count, examples }.
 */
export function undrawnKeys(tree, view) {
  const out = {}
  const structural = new Set(['nn', 'cn', 'sid'])
  for (const node of tree.all) {
    const drawn = view.drawnKeys.get(String(node.nn))
    if (!drawn) continue
    for (const key of Object.keys(node)) {
      if (structural.has(key) || drawn.has(key)) continue
      const entry = (out[key] ??= { count: 0, examples: [] })
      entry.count++
      if (entry.examples.length < 3) entry.examples.push(`${tree.tag(node)}=${JSON.stringify(node[key]).slice(0, 40)}`)
    }
  }
  return out
}

function camel(name) {
  return name.replace(/-([a-z])/g, (_m, c) => c.toUpperCase())
}

function cssEscape(value) {
  return String(value).replace(/["\\]/g, '\\$&')
}

function safeJson(value) {
  try {
    return JSON.stringify(value).slice(0, 500)
  } catch {
    return String(value)
  }
}

const layers = new Map()

/**
 * For a test that already has a page open in the logic layer (logic-layer.mjs `launch`): draws the
 * front page's data through the view layer and lists what is not drawn (see `compare`). One view
 * layer per build, made at the first call.
 */
export function drawProblems(mp) {
  if (!layers.has(mp.dist)) layers.set(mp.dist, createViewLayer(mp.dist))
  const page = mp.page
  if (!page) return ['没有打开的页面']
  const view = layers.get(mp.dist).render(page.route, page.data)
  try {
    return compare(mp.tree, view)
  } finally {
    view.close()
  }
}
