// `npm run size`: the sizes WeChat and a phone's first load care about, checked against budgets.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { root } from './lib.mjs'

const KB = 1024
const BUDGET = { weappMain: 600 * KB, weappSub: 500 * KB, weappTotal: 2048 * KB, h5Js: 150 * KB, h5Css: 30 * KB }

function dirSize(dir, skip = new Set()) {
  let total = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (skip.has(full)) continue
    total += entry.isDirectory() ? dirSize(full, skip) : statSync(full).size
  }
  return total
}

const rows = []
// A build that is not there is a failure, not a pass: `npm test` builds both first, so a missing one
// means a step broke or pointed elsewhere.
const missing = []
const add = (name, bytes, budget, unit = 'KB') => rows.push({ name, kb: bytes / KB, budgetKb: budget / KB, unit, ok: bytes <= budget })

// WEAPP_DIR / H5_DIR measure another build (e.g. HUIQI_OUT_DIR=dist-ui): dist-ui/weapp, dist-ui/h5.
const weapp = path.resolve(root, process.env.WEAPP_DIR || 'dist/weapp')
if (existsSync(path.join(weapp, 'app.json'))) {
  const app = JSON.parse(readFileSync(path.join(weapp, 'app.json'), 'utf8'))
  const subRoots = (app.subPackages || app.subpackages || []).map((s) => path.join(weapp, s.root))
  add('weapp 主包', dirSize(weapp, new Set(subRoots)), BUDGET.weappMain)
  for (const sub of subRoots) add(`weapp 分包 ${path.relative(weapp, sub)}/`, dirSize(sub), BUDGET.weappSub)
  add('weapp 总计', dirSize(weapp), BUDGET.weappTotal)
} else {
  missing.push(`${path.relative(root, weapp)} 不存在：先运行 npm run build:weapp`)
}

const h5 = path.resolve(root, process.env.H5_DIR || 'dist/h5')
if (existsSync(path.join(h5, 'index.html'))) {
  const html = readFileSync(path.join(h5, 'index.html'), 'utf8')
  const assets = (re) => [...html.matchAll(re)].map((m) => m[1]).filter((src) => !/^https?:/.test(src))
  const gz = (files) => files.reduce((sum, f) => sum + gzipSync(readFileSync(path.join(h5, f.replace(/^\//, '')))).length, 0)
  const scripts = assets(/<script[^>]+src="([^"]+)"/g)
  const styles = assets(/<link[^>]+href="([^"]+\.css)"/g)
  // The home page is a route chunk the router loads right after app.js: it belongs to the first load
  // as much as the <script> tags do. Taro's router lists each route as
  // `"path":"pages/index/index","load":function(…){return[x.e(458).then(…)…` (or Promise.all of several).
  const home = homeRouteChunks(scripts.map((f) => readFileSync(path.join(h5, f.replace(/^\//, '')), 'utf8')).join('\n'))
  if (home.length === 0) missing.push(`${path.relative(root, h5)}: 找不到首页 (pages/index/index) 的路由分包，无法计算首屏体积`)
  const chunkFiles = (dir, ext) => {
    const files = existsSync(path.join(h5, dir)) ? readdirSync(path.join(h5, dir)) : []
    return home.flatMap((id) => files.filter((f) => f.startsWith(`${id}.`) && f.endsWith(ext)).map((f) => `${dir}/${f}`))
  }
  const homeJs = chunkFiles('js', '.js')
  if (home.length > 0 && homeJs.length === 0) missing.push(`${path.relative(root, h5)}: 首页路由分包 ${home.join(', ')} 的 JS 文件不存在`)
  add(`H5 首屏 JS (gzip，含首页分包 ${home.join('+')})`, gz([...scripts, ...homeJs]), BUDGET.h5Js)
  add('H5 首屏 CSS (gzip，含首页分包)', gz([...styles, ...chunkFiles('css', '.css')]), BUDGET.h5Css)
} else {
  missing.push(`${path.relative(root, h5)} 不存在：先运行 npm run build:h5`)
}

function homeRouteChunks(js) {
  const route = js.match(/"path":"pages\/index\/index","load":function\([^)]*\)\{return\[(.*?)\.then\(/)
  return route ? [...route[1].matchAll(/[\w$]+\.e\((\d+)\)/g)].map((m) => m[1]) : []
}

console.log('\n| 项目 | 大小 (KB) | 预算 (KB) | 结果 |\n|---|---:|---:|---|')
for (const r of rows) console.log(`| ${r.name} | ${r.kb.toFixed(1)} | ${r.budgetKb.toFixed(0)} | ${r.ok ? '通过' : '超出'} |`)
// `--report` prints the table without failing (a look while working); `npm test` enforces the budgets.
for (const m of missing) console.error(m)
if (rows.some((r) => !r.ok) || missing.length > 0) {
  console.error(missing.length > 0 ? '\n构建缺失，无法检查体积' : '\n体积超出预算')
  if (!process.argv.includes('--report')) process.exit(1)
}
