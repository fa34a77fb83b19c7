// `npm run mp:check`: WeChat's official miniprogram-ci, offline, on dist/weapp: the code quality
// scan (package sizes, compression, lazy code loading, unused files) and a local compile of
// WXML/WXSS/JS. Fails on any error either reports.
import path from 'node:path'
import ci from 'miniprogram-ci'
import { root } from './lib.mjs'

const projectPath = path.join(root, 'dist/weapp')
// Offline: a dummy key is enough for local checks, and `attr` keeps getCompiledResult off the network.
const project = new ci.Project({
  appid: 'touristappid',
  type: 'miniProgram',
  projectPath,
  privateKey: 'offline-dummy',
  ignores: ['node_modules/**/*'],
  attr: async () => ci.DefaultProjectAttr,
})

let failed = false
const quality = await ci.checkCodeQuality(project)
console.log('\n| 检查项 | 结果 | 说明 |\n|---|---|---|')
for (const item of quality) {
  if (!item.success) failed = true
  console.log(`| ${item.name} | ${item.success ? '通过' : '未通过'} | ${item.success ? '' : `${item.text ?? ''} ${JSON.stringify(item.detail ?? '')}`.slice(0, 300)} |`)
}

const started = Date.now()
try {
  await ci.getCompiledResult({ project, setting: { es6: true, minify: true } })
  console.log(`\n本地编译 WXML/WXSS/JS 通过（${((Date.now() - started) / 1000).toFixed(1)} s）`)
} catch (error) {
  failed = true
  console.error('\n本地编译失败：', error?.message ?? error)
}

if (failed) console.error('\n小程序官方检查未通过')
// miniprogram-ci leaves a file watcher open.
process.exit(failed ? 1 : 0)
