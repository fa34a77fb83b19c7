// `npm run dev:h5`: the mock API on :3000 plus Taro's H5 dev server, which proxies /api to it.
import { spawn } from 'node:child_process'
import { root } from './lib.mjs'

const children = [
  spawn('npx', ['tsx', 'watch', 'mock/transports/http-main.ts'], { cwd: root, stdio: 'inherit', env: { ...process.env, PORT: '3000' } }),
  spawn('npx', ['taro', 'build', '--type', 'h5', '--watch'], { cwd: root, stdio: 'inherit' }),
]
const stop = () => children.forEach((c) => c.kill('SIGTERM'))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
for (const c of children) c.on('exit', stop)
