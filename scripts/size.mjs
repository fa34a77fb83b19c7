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
const add = (name, bytes, budget, unit = 'KB') => rows.push({ name, kb: bytes / KB, budgetKb: budget / KB, unit, ok: bytes <= budget })

const weapp = path.join(root, 'dist/weapp')
if (existsSync(path.join(weapp, 'app.json'))) {
  const app = JSON.parse(readFileSync(path.join(weapp, 'app.json'), 'utf8'))
  const subRoots = (app.subPackages || app.subpackages || []).map((s) => path.join(weapp, s.root))
  add('weapp 主包', dirSize(weapp, new Set(subRoots)), BUDGET.weappMain)
  for (const sub of subRoots) add(`weapp 分包 ${path.relative(weapp, sub)}/`, dirSize(sub), BUDGET.weappSub)
  add('weapp 总计', dirSize(weapp), BUDGET.weappTotal)
} else {
  console.log('dist/weapp 不存在：先运行 npm run build:weapp')
}

const h5 = path.join(root, 'dist/h5')
if (existsSync(path.join(h5, 'index.html'))) {
  const html = readFileSync(path.join(h5, 'index.html'), 'utf8')
  const assets = (re) => [...html.matchAll(re)].map((m) => m[1]).filter((src) => !/^https?:/.test(src))
  const gz = (files) => files.reduce((sum, f) => sum + gzipSync(readFileSync(path.join(h5, f.replace(/^\//, '')))).length, 0)
  add('H5 首屏 JS (gzip)', gz(assets(/<script[^>]+src="([^"]+)"/g)), BUDGET.h5Js)
  add('H5 首屏 CSS (gzip)', gz(assets(/<link[^>]+href="([^"]+\.css)"/g)), BUDGET.h5Css)
} else {
  console.log('dist/h5 不存在：先运行 npm run build:h5')
}

console.log('\n| 项目 | 大小 (KB) | 预算 (KB) | 结果 |\n|---|---:|---:|---|')
for (const r of rows) console.log(`| ${r.name} | ${r.kb.toFixed(1)} | ${r.budgetKb.toFixed(0)} | ${r.ok ? '通过' : '超出'} |`)
// `--report` prints the table without failing (a look while working); `npm test` enforces the budgets.
if (rows.some((r) => !r.ok)) {
  console.error('\n体积超出预算')
  if (!process.argv.includes('--report')) process.exit(1)
}
