import Taro from '@tarojs/taro'
import { httpRequest } from '@/platform/http'
import { loadInprocMock } from '@/platform/mock-loader'

export interface TransportRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  url: string
  headers: Record<string, string>
  body?: unknown
}

export interface TransportResponse {
  status: number
  body: unknown
}

export type Transport = (req: TransportRequest) => Promise<TransportResponse>

/** Real HTTP: wx.request in the mini-program, fetch on H5. */
function httpTransport(base: string): Transport {
  const prefix = base.replace(/\/+$/, '')
  return (req) => httpRequest({ ...req, url: prefix + req.url, timeoutMs: 15000 })
}

/** Where the in-process mock keeps its state (Taro storage). */
export const MOCK_STATE_KEY = 'huiqi-mock-state-v1'

/**
 * The mock runs inside the app when no base URL was configured at build time. The `if` tests a
 * build-time constant, so webpack drops the branch — and the whole mock — from builds that point
 * at a real server. The mock module arrives asynchronously (a subpackage in the mini-program); the
 * first request waits for it, later ones find it ready.
 */
function inprocTransport(): Transport | null {
  if (HUIQI_API_BASE === '') {
    const ready = loadInprocMock().then(({ createInprocTransport }) =>
      createInprocTransport({
        patentCount: HUIQI_MOCK_PATENTS,
        storageKey: MOCK_STATE_KEY,
        storage: {
          get: (key: string) => (Taro.getStorageSync(key) as string) || null,
          set: (key: string, value: string) => Taro.setStorageSync(key, value),
        },
      }),
    )
    const transport: Transport = async (req) => {
      const mock = await ready
      const res = await mock.request({
        method: req.method,
        url: req.url,
        headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), v])),
        body: req.body === undefined ? undefined : JSON.stringify(req.body),
      })
      return { status: res.status, body: res.body }
    }
    // A failed download (weak network at launch) must not stick: the next request loads it again.
    ready.catch(() => {
      if (current === transport) current = null
    })
    return transport
  }
  return null
}

let current: Transport | null = null

export function getTransport(): Transport {
  if (!current) current = inprocTransport() ?? httpTransport(HUIQI_API_BASE)
  return current
}

/**
 * 恢复初始演示数据: forgets the in-process mock's saved state; the next request starts a mock fresh
 * from the seed. Only meaningful in builds that run the mock in-process.
 */
export function resetInprocMock(): void {
  Taro.removeStorageSync(MOCK_STATE_KEY)
  current = null
}

/** Tests swap the transport (e.g. to count calls or simulate a network failure). */
export function setTransport(transport: Transport | null): void {
  current = transport
}
