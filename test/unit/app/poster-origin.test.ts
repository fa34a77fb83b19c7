import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { assertReleasePosterOrigin, posterOriginProblem } from '../../../config/poster-origin'
import { eventIdFromParams } from '@/features/events/event-id'

test('should accept a public https origin for the poster QR', () => {
  expect(posterOriginProblem('https://huiqi.example.cn')).toBeNull()
})

test.each([
  ['http://huiqi.example.cn', 'https://'],
  ['http://localhost:8080', 'https://'],
  ['https://localhost:8080', '本机'],
  ['https://192.168.1.20', '内网'],
  ['https://huiqi.example.cn/h5', '路径'],
  ['huiqi.example.cn', '有效'],
])('should refuse %s on a released poster', (origin, why) => {
  expect(posterOriginProblem(origin)).toContain(why)
  expect(() => assertReleasePosterOrigin(origin)).toThrow(/HUIQI_RELEASE=1/)
})

test('should stop a release build of the mini-program whose poster origin is localhost', () => {
  const root = path.resolve(__dirname, '../../..')
  let output = ''
  try {
    execFileSync('npx', ['taro', 'build', '--type', 'weapp'], {
      cwd: root,
      env: { ...process.env, HUIQI_RELEASE: '1', HUIQI_H5_ORIGIN: 'http://localhost:8080', HUIQI_OUT_DIR: 'dist-release-check' },
      encoding: 'utf8',
      stdio: 'pipe',
      timeout: 60000,
    })
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string }
    output = `${e.stdout ?? ''}${e.stderr ?? ''}`
  }
  expect(output).toContain('必须以 https:// 开头')
}, 90000)

test('should open the event named in a scanned poster link (扫普通链接二维码, options.q)', () => {
  const link = 'https://huiqi.example.cn/pages/event/index?id=ev-demo-open'
  expect(eventIdFromParams({ q: encodeURIComponent(link) })).toBe('ev-demo-open')
  expect(eventIdFromParams({ scene: encodeURIComponent('ev-demo-open') })).toBe('ev-demo-open')
  expect(eventIdFromParams({ q: encodeURIComponent('https://huiqi.example.cn/pages/event/index') })).toBe('')
})
