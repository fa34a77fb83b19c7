// Shared by the mini-program runtime tests: cold starts on a device, logins through the 我的 page,
// and a Node-side view of the in-process mock's saved state for fixtures the page tests need.
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { launch, readApp } from './harness/logic-layer.mjs'
import { createDevice } from './harness/wx.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const DIST = path.resolve(root, process.env.WEAPP_DIR || 'dist/weapp')
if (!existsSync(path.join(DIST, 'app.json'))) throw new Error(`${DIST} 不存在：先运行 npm run build:weapp`)
export const APP = readApp(DIST)
export const MOCK_STATE_KEY = 'huiqi-mock-state-v1'
const SESSION_KEY = 'huiqi-session'

export { createDevice }

/** A copy of a device: the same phone state, for one run that must not leak into the next. */
export function cloneDevice(device) {
  return { ...createDevice(), ...device, storage: new Map(device.storage), scanQueue: [...device.scanQueue], modalAnswers: [...device.modalAnswers], calendar: [], savedImages: [], previews: [] }
}

/** Cold start at `url` ("pages/x/index?a=1"), then let timers and promises settle. */
export async function coldStart(device, url, { settleMs = 6000, ...options } = {}) {
  const [route, qs = ''] = url.replace(/^\//, '').split('?')
  const query = Object.fromEntries(qs.split('&').filter(Boolean).map((p) => [p.split('=')[0], p.split('=').slice(1).join('=')]))
  const mp = await launch({ dist: DIST, device, path: route, query, ...options })
  await mp.settle(settleMs)
  return mp
}

/** Logs in on 我的 through its own buttons; returns the running app. */
export async function loginThroughUi(device, role) {
  const mp = await coldStart(device, 'pages/me/index')
  await mp.tap(role === 'officer' ? '工作人员' : '企业用户')
  const tree = mp.tree
  // Officer sign-in asks for the passcode; the demo screen pre-fills it.
  if (tree.has('口令') && tree.has(/^登录$/)) await mp.tap(/^登录$/)
  await mp.settle(3000)
  assert.ok(session(device)?.token, `登录后没有会话：${mp.tree.text().slice(0, 400)}`)
  return mp
}

export function session(device) {
  const raw = device.storage.get(SESSION_KEY)
  if (!raw) return null
  return JSON.parse(JSON.parse(raw)).state
}

const requireFromDist = createRequire(path.join(DIST, 'app.js'))

/**
 * The in-process mock as the app will find it at its next start: state read from and written back to
 * the device's storage. For fixtures and for checking what the mock holds, never inside a journey.
 */
export async function mockRequest(device, method, url, body) {
  const { createInprocTransport } = requireFromDist('./mockpkg/inproc.js')
  const transport = createInprocTransport({
    patentCount: 2000,
    storageKey: MOCK_STATE_KEY,
    storage: {
      get: (key) => (device.storage.has(key) ? JSON.parse(device.storage.get(key)) : null),
      set: (key, value) => device.storage.set(key, JSON.stringify(value)),
    },
  })
  const token = session(device)?.token
  const headers = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), 'idempotency-key': `fixture-${Math.random()}` }
  const res = await transport.request({ method, url, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  if (res.status >= 400) throw new Error(`${method} ${url} → ${res.status} ${JSON.stringify(res.body)}`)
  return res.body
}

/** What makes a page run fail, in one list of Chinese sentences. */
export function problems(mp, { allowLoading = false } = {}) {
  const out = []
  const { log } = mp
  for (const e of log.errors) out.push(`未捕获错误（${e.where}）：${e.message.split('\n').slice(0, 3).join(' | ')}`)
  for (const r of log.rejections) out.push(`未处理的 Promise 拒绝：${r.split('\n')[0]}`)
  for (const g of log.missingGlobals) out.push(`使用了微信没有的全局变量 ${g.name}（${g.file}:${g.at}）`)
  for (const name of new Set(log.unanswered)) out.push(`调用了测试运行时未应答的 wx.${name}`)
  for (const url of log.requests) out.push(`内置 mock 的构建发出了 wx.request：${url}`)
  for (const v of log.violations) out.push(v)
  const tree = mp.tree
  if (!tree) out.push('没有打开的页面')
  else if (!allowLoading) {
    if (tree.byClass('skeleton').length) out.push('页面停在骨架屏')
    if (tree.has('加载失败')) out.push(`页面显示加载失败：${tree.text().slice(0, 200)}`)
    if (tree.texts().length === 0) out.push('页面是空白的')
  }
  return out
}
