// Randomness is injected so the mini-program (no `crypto` module) and node (Web Crypto) share the
// mock, and tests can make it deterministic.

export interface RandomSource {
  /** n random bytes. */
  bytes(n: number): Uint8Array
  /** Uniform in [0, 1). */
  float(): number
}

interface WebCryptoLike {
  getRandomValues<T extends ArrayBufferView | null>(array: T): T
}

function webCrypto(): WebCryptoLike | null {
  const c = typeof crypto !== 'undefined' ? (crypto as unknown as WebCryptoLike) : null
  return c && typeof c.getRandomValues === 'function' ? c : null
}

/** Web Crypto where the runtime has it (node ≥ 19, browsers). */
export function cryptoRandom(): RandomSource | null {
  const c = webCrypto()
  if (!c) return null
  return {
    bytes(n) {
      const out = new Uint8Array(n)
      c.getRandomValues(out)
      return out
    },
    float() {
      const out = new Uint32Array(1)
      c.getRandomValues(out)
      return out[0] / 4294967296
    },
  }
}

/**
 * The WeChat JS runtime has no synchronous CSPRNG. Math.random is acceptable for the in-process
 * demo: its tokens never leave the phone, and a real backend generates its own.
 */
export function mathRandom(): RandomSource {
  return {
    bytes(n) {
      const out = new Uint8Array(n)
      for (let i = 0; i < n; i++) out[i] = Math.floor(Math.random() * 256)
      return out
    },
    float: () => Math.random(),
  }
}

export function defaultRandom(): RandomSource {
  return cryptoRandom() ?? mathRandom()
}

// A module-level alias: inside Jest's vm sandbox every `Math.x` lookup goes through the global
// object's interceptor, which made seeding 50k rows 30× slower there.
const imul = Math.imul

/** mulberry32: tiny, fast and good enough for seeding fake data deterministically. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = imul(t ^ (t >>> 15), t | 1)
    t ^= t + imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Deterministic source for tests. */
export function seededRandom(seed: number): RandomSource {
  const next = mulberry32(seed)
  return {
    bytes(n) {
      const out = new Uint8Array(n)
      for (let i = 0; i < n; i++) out[i] = Math.floor(next() * 256)
      return out
    },
    float: next,
  }
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

/** Unpadded base64url (no btoa/Buffer in the mini-program). */
export function base64url(bytes: Uint8Array): string {
  let out = ''
  let i = 0
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2]
    out += BASE64URL[(n >> 18) & 63] + BASE64URL[(n >> 12) & 63] + BASE64URL[(n >> 6) & 63] + BASE64URL[n & 63]
  }
  const rest = bytes.length - i
  if (rest === 1) {
    const n = bytes[i] << 16
    out += BASE64URL[(n >> 18) & 63] + BASE64URL[(n >> 12) & 63]
  } else if (rest === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8)
    out += BASE64URL[(n >> 18) & 63] + BASE64URL[(n >> 12) & 63] + BASE64URL[(n >> 6) & 63]
  }
  return out
}

/** URL-safe random string: 24 bytes → 32 chars, 192 bits. */
export function randomToken(random: RandomSource, bytes = 24): string {
  return base64url(random.bytes(bytes))
}
