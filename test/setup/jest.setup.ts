import '@testing-library/jest-dom'
import { __resetTaro } from './taro'

// Build-time constants (config/index.ts): tests use the in-process mock, small and fast.
const g = globalThis as Record<string, unknown>
g.HUIQI_API_BASE = ''
g.HUIQI_MOCK_PATENTS = 300
g.HUIQI_H5_ORIGIN = 'http://localhost:8080'
g.HUIQI_SUBSCRIBE_TEMPLATES = ['tmpl-test']

afterEach(() => {
  __resetTaro()
})
