// `npm run test:weapp`: the mini-program build (dist/weapp, or WEAPP_DIR) run in the WeChat-like logic
// layer of test/weapp/harness — every page × user, the journeys, the mini-program-only features and the
// view layer. Spec output on the console, TAP in test-results/weapp.tap for the closing count of `npm test`.
import { mkdirSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { root, run } from './lib.mjs'

const dir = path.join(root, 'test/weapp')
const files = readdirSync(dir).filter((f) => f.endsWith('.test.mjs')).map((f) => path.join('test/weapp', f))
mkdirSync(path.join(root, 'test-results'), { recursive: true })
try {
  const seconds = await run(process.execPath, ['--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', '--test-reporter-destination=test-results/weapp.tap', ...files])
  console.log(`小程序运行时测试：${files.length} 个文件，${seconds.toFixed(1)} s`)
} catch (error) {
  console.error(error.message)
  process.exit(1)
}
