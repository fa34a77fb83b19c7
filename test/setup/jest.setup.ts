import '@testing-library/jest-dom'
import { __resetTaro } from './taro'

// Build-time constants (config/index.ts): tests use the in-process mock, small and fast.
const g = globalThis as Record<string, unknown>
g.HUIQI_API_BASE = ''
g.HUIQI_MOCK_PATENTS = 300
g.HUIQI_H5_ORIGIN = 'http://localhost:8080'
g.HUIQI_SUBSCRIBE_TEMPLATES = ['tmpl-test']

// A phone-sized window (jsdom's default is 1024 × 768), read by src/platform/layout.ts.
if (typeof window !== 'undefined') {
  Object.defineProperty(window, 'innerWidth', { configurable: true, value: 375 })
  Object.defineProperty(window, 'innerHeight', { configurable: true, value: 667 })
}

afterEach(() => {
  __resetTaro()
})

// Every answer the in-process mock gives a component test is checked against docs/openapi.json, as
// the API tests check the HTTP mock's: a mismatch fails the test that received it.
const mockContractFailures: string[] = []
jest.mock('@/platform/mock-loader', () => {
  const actual = jest.requireActual('@/platform/mock-loader') as typeof import('@/platform/mock-loader')
  const { contractProblems } = jest.requireActual('../support/openapi-check') as typeof import('../support/openapi-check')
  return {
    loadInprocMock: async () => {
      const mod = await actual.loadInprocMock()
      return {
        ...mod,
        createInprocTransport: (options: Parameters<typeof mod.createInprocTransport>[0]) => {
          const inner = mod.createInprocTransport(options)
          return {
            get context() {
              return inner.context
            },
            async request(req: Parameters<typeof inner.request>[0]) {
              const res = await inner.request(req)
              const contentType = res.headers?.['content-type'] ?? 'application/json'
              const body = contentType.includes('json') ? res.body : String(res.body)
              mockContractFailures.push(...contractProblems({ method: req.method, path: req.url, status: res.status, contentType, body }, { strict: true }))
              return res
            },
          }
        },
      }
    },
  }
})

afterEach(() => {
  const failures = mockContractFailures.splice(0)
  if (failures.length) throw new Error(`应答不符合 OpenAPI 契约：\n${failures.join('\n')}`)
})
