// `npm run test:contract [-- --base http://host:port] [--officer-passcode X] [jest args…]`: the
// black-box contract suite (test/contract, jest.contract.config.js) against a server that implements
// API.md. Without --base it starts the project's mock as a separate process on a free port, runs the
// suite against it over HTTP and stops it. Exits with the suite's status; the Jest results go to
// test-results/contract.json (read by `npm test`'s closing line).
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { freePort, MOCK_SERVER_ARGS, root, waitForHttp } from './lib.mjs'

const RESULTS = path.join(root, 'test-results/contract.json')

function usage(message) {
  console.error(`${message}\n用法：npm run test:contract -- [--base http://host:port] [--officer-passcode 口令] [jest 参数…]`)
  process.exit(2)
}

function parseArgs(argv) {
  const options = { base: undefined, passcode: process.env.CONTRACT_OFFICER_PASSCODE || 'huiqi-officer-demo', jest: [] }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined]
    const value = () => {
      if (inline !== undefined) return inline
      if (i + 1 >= argv.length || argv[i + 1].startsWith('--')) usage(`${name} 需要一个值`)
      return argv[++i]
    }
    if (name === '--base') options.base = value()
    else if (name === '--officer-passcode') options.passcode = value()
    else options.jest.push(arg)
  }
  if (options.base !== undefined) {
    let url
    try {
      url = new URL(options.base)
    } catch {
      usage(`--base 不是有效的地址：${options.base}`)
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') usage(`--base 应为 http:// 或 https:// 地址：${options.base}`)
    options.base = options.base.replace(/\/+$/, '')
  }
  return options
}

/** The mock as its own process (node runs tsx directly, so a signal to the child stops the server). */
async function startMock(passcode) {
  const port = await freePort()
  const child = spawn(process.execPath, MOCK_SERVER_ARGS, {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', MOCK_PATENTS: '2000', MOCK_OFFICER_PASSCODE: passcode, MOCK_DATA_FILE: '' },
  })
  const exited = new Promise((resolve) => child.once('exit', resolve))
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
    await exited
  }
  const base = `http://127.0.0.1:${port}`
  try {
    await waitForHttp(`${base}/api/health`, 120_000, child)
  } catch (error) {
    await stop()
    throw error
  }
  return { base, stop }
}

function runJest(base, passcode, extra) {
  const jestBin = path.join(root, 'node_modules/jest/bin/jest.js')
  const args = [jestBin, '--config', 'jest.contract.config.js', '--runInBand', '--ci', '--json', `--outputFile=${path.relative(root, RESULTS)}`, ...extra]
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, CONTRACT_BASE: base, CONTRACT_OFFICER_PASSCODE: passcode },
    })
    child.on('error', reject)
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

const options = parseArgs(process.argv.slice(2))
mkdirSync(path.dirname(RESULTS), { recursive: true })
rmSync(RESULTS, { force: true })

let server = null
if (options.base === undefined) {
  try {
    server = await startMock(options.passcode)
  } catch (error) {
    console.error(`[contract] 无法启动 mock：${error.message}`)
    process.exit(1)
  }
}
const base = options.base ?? server.base
const stopServer = async () => {
  if (server) await server.stop()
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    stopServer().finally(() => process.exit(130))
  })
}

console.log(`[contract] 接口地址：${base}${server ? '（脚本启动的 mock，独立进程）' : ''}`)
const started = Date.now()
let status = 1
try {
  // One look before the suite, so an unreachable server is one clear line rather than 80 failures.
  const health = await fetch(`${base}/api/health`).catch((error) => ({ ok: false, status: error.cause?.code ?? error.cause?.errors?.[0]?.code ?? error.message }))
  if (!health.ok) {
    console.error(`[contract] ${base}/api/health 无法访问（${health.status}）`)
  } else {
    status = await runJest(base, options.passcode, options.jest)
  }
} finally {
  await stopServer()
}

const seconds = ((Date.now() - started) / 1000).toFixed(1)
if (existsSync(RESULTS)) {
  const r = JSON.parse(readFileSync(RESULTS, 'utf8'))
  console.log(`[contract] ${base}：${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + (r.numTodoTests ?? 0)} skipped（${r.numTotalTestSuites} 个文件，${seconds} s）`)
}
process.exit(status)
