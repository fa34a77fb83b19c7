// `npm test`: typecheck, lint, jest (unit, component, API over real HTTP), the black-box API contract
// suite against the mock as a separate process, then Playwright E2E in
// Debian's Chromium against a fresh H5 build served with the mock API, then the quality gates:
// the mini-program build, size budgets, WeChat's official checks, Lighthouse and search latency. Any failure stops
// the run with a non-zero exit.
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { root, run } from './lib.mjs'

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const steps = [
  ['类型检查', 'npx', ['tsc', '--noEmit']],
  ['代码规范', 'npx', ['eslint', '.', '--max-warnings=0']],
  ['OpenAPI 文档（由 contract/routes.ts 生成、与提交一致、3.1 校验）', 'npm', ['run', 'openapi', '--', '--check']],
  ['Jest 单元/组件/API 测试', 'npx', ['jest', '--ci', '--json', '--outputFile=test-results/jest.json']],
  ['API 契约测试（黑盒，mock 独立进程）', 'npm', ['run', 'test:contract']],
  ['构建 H5', 'npm', ['run', 'build:h5']],
  ['E2E（Chromium）', 'npx', ['playwright', 'test']],
  ['构建小程序', 'npm', ['run', 'build:weapp']],
  ['小程序运行时测试（页面 × 用户、旅程、小程序专属功能）', 'npm', ['run', 'test:weapp']],
  ['体积预算', 'npm', ['run', 'size']],
  ['小程序官方检查（miniprogram-ci）', 'npm', ['run', 'check:weapp']],
  ['Lighthouse（移动端）', 'npm', ['run', 'lighthouse']],
  ['搜索性能（5 万件专利）', 'npm', ['run', 'bench:search']],
  ['负载（活动日：搜索 + 报名签到，MOCK_DATA_FILE）', 'npm', ['run', 'bench:load']],
]

if (!existsSync(chromium)) {
  console.error(`找不到 Chromium（${chromium}）。请先安装：apt-get update && apt-get install -y chromium`)
  process.exit(1)
}

mkdirSync(path.join(root, 'test-results'), { recursive: true })
const timings = []
for (const [label, command, args] of steps) {
  console.log(`\n=== ${label} ===`)
  try {
    timings.push([label, await run(command, args)])
  } catch (error) {
    console.error(`\n✗ ${label} 失败：${error.message}`)
    process.exit(1)
  }
}
console.log('\n=== 全部通过 ===')
for (const [label, seconds] of timings) console.log(`${label.padEnd(32)} ${seconds.toFixed(1)} s`)

// One closing line over every runner, in the plain form CI reads.
const jest = JSON.parse(readFileSync(path.join(root, 'test-results/jest.json'), 'utf8'))
const contract = JSON.parse(readFileSync(path.join(root, 'test-results/contract.json'), 'utf8'))
const e2e = JSON.parse(readFileSync(path.join(root, 'test-results/e2e.json'), 'utf8')).stats
const weapp = readFileSync(path.join(root, 'test-results/weapp.tap'), 'utf8')
const tapCount = (name) => Number(weapp.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0)
const passed = jest.numPassedTests + contract.numPassedTests + e2e.expected + e2e.flaky + tapCount('pass')
const failed = jest.numFailedTests + contract.numFailedTests + e2e.unexpected + tapCount('fail')
const skipped = jest.numPendingTests + contract.numPendingTests + e2e.skipped + tapCount('skipped')
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`)
