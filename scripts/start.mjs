// `npm start`: build the H5 app when its sources changed, then serve it and the mock API on one origin.
import { spawn } from 'node:child_process'
import { h5BuildIsStale, MOCK_SERVER_ARGS, root, run } from './lib.mjs'

const port = process.env.PORT || '8080'

if (h5BuildIsStale()) {
  console.log('构建 H5 应用（首次或源码有更新）…')
  await run('npm', ['run', 'build:h5'])
}

const server = spawn(process.execPath, MOCK_SERVER_ARGS, {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, PORT: port, STATIC_DIR: process.env.STATIC_DIR || 'dist/h5' },
})
const stop = () => server.kill('SIGTERM')
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
server.on('exit', (code) => process.exit(code ?? 0))
