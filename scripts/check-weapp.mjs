// `npm run check:weapp`: checks the built mini-program (dist/weapp) the way WeChat would see it.
//  1. Every cross-subpackage `require.async("…")` resolves, from the file that calls it, to a file
//     inside a declared subpackage.
//  2. The in-process mock subpackage runs on its own in a bare JS context (no Node built-ins, no
//     `require`, only what WeChat's engine offers): log in, list patents, sign up for an event,
//     and find the state again after a "restart" from the saved snapshot.
//  3. WeChat's official miniprogram-ci, offline: the code-quality scan (package sizes, compression,
//     lazy code loading, unused files) and a local compile of WXML/WXSS/JS.
// Prints each result; exits non-zero if any fails.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import os from 'node:os'
import ci from 'miniprogram-ci'
import { root } from './lib.mjs'

const weapp = path.join(root, process.env.WEAPP_DIR || 'dist/weapp')
if (!existsSync(path.join(weapp, 'app.json'))) {
  console.error(`${path.relative(root, weapp)} 不存在：先运行 npm run build:weapp`)
  process.exit(1)
}
const app = JSON.parse(readFileSync(path.join(weapp, 'app.json'), 'utf8'))
const subRoots = (app.subPackages || app.subpackages || []).map((s) => s.root.replace(/\/$/, ''))
const results = []
const report = (name, ok, detail = '') => results.push({ name, ok, detail })

// 1. require.async targets
function jsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name)
    return e.isDirectory() ? jsFiles(full) : e.name.endsWith('.js') ? [full] : []
  })
}
const asyncRequires = jsFiles(weapp).flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/require\.async\(\s*["']([^"']+)["']\s*\)/g)].map((m) => ({ file, target: path.resolve(path.dirname(file), m[1]) })),
)
// The in-process mock is loaded only through require.async (分包异步化): a build with none has lost
// that wiring (or the pattern above no longer matches Taro's output), and nothing below would notice.
if (asyncRequires.length === 0) report('require.async 调用', false, '构建中找不到任何 require.async("…")：mockpkg 分包不会被加载')
for (const { file, target } of asyncRequires) {
  const rel = path.relative(weapp, target)
  const inSub = subRoots.some((r) => rel.startsWith(`${r}/`))
  report(`require.async ${path.relative(weapp, file)} → ${rel}`, existsSync(target) && inSub, existsSync(target) ? (inSub ? '' : '目标不在分包内') : '目标文件不存在')
}

// 2. the mock subpackage, alone
const mockFile = path.join(weapp, 'mockpkg/inproc.js')
if (existsSync(mockFile)) {
  try {
    const summary = await exerciseMockBundle(readFileSync(mockFile, 'utf8'))
    report('mockpkg/inproc.js 独立运行', true, summary)
  } catch (error) {
    report('mockpkg/inproc.js 独立运行', false, String(error?.stack ?? error).slice(0, 400))
  }
} else {
  report('mockpkg/inproc.js 独立运行', false, '文件不存在：小程序没有可用的内置 mock')
}

async function exerciseMockBundle(code) {
  const load = () => {
    const module = { exports: {} }
    const sandbox = vm.createContext({ module, exports: module.exports, console, setTimeout, clearTimeout })
    vm.runInContext(code, sandbox, { filename: 'mockpkg/inproc.js' })
    return module.exports
  }
  const saved = new Map()
  const storage = { get: (k) => saved.get(k) ?? null, set: (k, v) => saved.set(k, v) }
  const call = async (mock, method, url, token, body) => {
    const headers = token ? { authorization: `Bearer ${token}` } : {}
    if (method !== 'GET') headers['idempotency-key'] = `check-${method}-${url}`
    const res = await mock.request({ method, url, headers, body: body === undefined ? undefined : JSON.stringify(body) })
    if (res.status >= 300) throw new Error(`${method} ${url} → ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`)
    return res.body
  }

  const first = load().createInprocTransport({ patentCount: 2000, storage })
  const { token } = await call(first, 'POST', '/api/auth/login', null, { role: 'sme', code: 'sme-demo-2' })
  const me = await call(first, 'GET', '/api/me', token)
  const patents = await call(first, 'GET', '/api/patents?pageSize=5', token)
  if (patents.total !== 2000 || patents.items.length !== 5) throw new Error(`专利列表异常：total=${patents.total}`)
  const signup = { attendeeName: me.enterprise.contactName, phone: me.enterprise.phone, enterprise: { name: me.enterprise.name, uscc: me.enterprise.uscc } }
  const reg = await call(first, 'POST', '/api/events/ev-demo-open/registrations', token, signup)

  // A fresh copy of the bundle reading the saved snapshot: the app after a restart.
  const second = load().createInprocTransport({ patentCount: 2000, storage })
  const mine = await call(second, 'GET', '/api/me/applications?kind=registration', token)
  if (!mine.items.some((a) => a.id === reg.registration.id)) throw new Error('重启后找不到刚才的报名')
  return `登录、专利 ${patents.total} 条、报名并在重启后找回（快照 ${(saved.values().next().value.length / 1024).toFixed(0)} KB）`
}

// 3. miniprogram-ci, offline: a dummy key is enough for local checks, and `attr` keeps
// getCompiledResult off the network. It leaves an empty cache folder in the working directory.
process.chdir(os.tmpdir())
const project = new ci.Project({
  appid: 'touristappid',
  type: 'miniProgram',
  projectPath: weapp,
  privateKey: 'offline-dummy',
  attr: async () => ci.DefaultProjectAttr,
})
for (const item of await ci.checkCodeQuality(project)) {
  report(`miniprogram-ci ${item.name}`, item.success, item.success ? '' : `${item.text ?? ''} ${JSON.stringify(item.detail ?? '')}`.slice(0, 300))
}
const started = Date.now()
try {
  await ci.getCompiledResult({ project, setting: { es6: true, minify: true } })
  report('miniprogram-ci 本地编译 WXML/WXSS/JS', true, `${((Date.now() - started) / 1000).toFixed(1)} s`)
} catch (error) {
  report('miniprogram-ci 本地编译 WXML/WXSS/JS', false, String(error?.message ?? error).slice(0, 400))
}

console.log('\n| 检查项 | 结果 | 说明 |\n|---|---|---|')
for (const r of results) console.log(`| ${r.name} | ${r.ok ? '通过' : '未通过'} | ${r.detail} |`)
const failed = results.filter((r) => !r.ok).length
console.log(`\n小程序检查：${results.length - failed} 项通过，${failed} 项未通过`)
// miniprogram-ci leaves a file watcher open and a forked compiler process that would go on using
// both cores after this script ends (slowing whatever runs next, e.g. Lighthouse): end them all.
killDescendants(process.pid)
process.exit(failed ? 1 : 0)

function killDescendants(pid) {
  let children = []
  try {
    children = execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' }).split('\n').map(Number).filter(Boolean)
  } catch {
    // ps exits 1 when there are none
  }
  for (const child of children) {
    killDescendants(child)
    try {
      process.kill(child, 'SIGKILL')
    } catch {
      // already gone
    }
  }
}
