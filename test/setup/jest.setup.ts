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
