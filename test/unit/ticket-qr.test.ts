/** @jest-environment node */
import { hmac } from '@noble/hashes/hmac'
import { sha256 } from '@noble/hashes/sha256'
import {
  QR_STEP_MS,
  deriveEventKey,
  deriveTicketSecret,
  dynamicQrText,
  formatHumanCode,
  humanCode,
  msToNextStep,
  normaliseHumanCode,
  parseDynamicQr,
  verifyDynamicQr,
} from '@/utils/ticket-qr'

const key = deriveEventKey('master', 'ev-1')
const code = 'Mo1tYRr0qPnOsZZgasDvoA'
const secret = deriveTicketSecret(key, code)
const t0 = Date.UTC(2026, 4, 20, 1, 0, 0)

test('should use HMAC-SHA256 from @noble/hashes (RFC 4231 test case 2)', () => {
  const mac = hmac(sha256, new TextEncoder().encode('Jefe'), new TextEncoder().encode('what do ya want for nothing?'))
  expect(Buffer.from(mac).toString('hex')).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843')
})

test('should make ticketCode.step.mac with a 12-char mac that changes every 30 seconds', () => {
  const text = dynamicQrText(secret, code, t0)
  expect(text).toMatch(new RegExp(`^${code}\\.\\d+\\.[A-Za-z0-9_-]{12}$`))
  expect(dynamicQrText(secret, code, t0 + msToNextStep(t0) - 1)).toBe(text)
  expect(dynamicQrText(secret, code, t0 + msToNextStep(t0))).not.toBe(text)
  expect(parseDynamicQr(text)).toEqual({ ticketCode: code, step: Math.floor(t0 / QR_STEP_MS), mac: text.split('.')[2] })
})

test('should accept the current, previous and next step, and call an older genuine QR stale', () => {
  const qr = parseDynamicQr(dynamicQrText(secret, code, t0))!
  expect(verifyDynamicQr(key, qr, t0)).toBe('valid')
  expect(verifyDynamicQr(key, qr, t0 + QR_STEP_MS)).toBe('valid')
  expect(verifyDynamicQr(key, qr, t0 - QR_STEP_MS)).toBe('valid')
  expect(verifyDynamicQr(key, qr, t0 + 90_000)).toBe('stale')
  expect(verifyDynamicQr(deriveEventKey('master', 'ev-2'), qr, t0)).toBe('forged')
  expect(verifyDynamicQr(key, { ...qr, step: qr.step + 1 }, t0)).toBe('forged')
})

test('should make an 8-char Crockford short code and read it back however it is typed', () => {
  const short = humanCode(key, code)
  expect(short).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/)
  expect(normaliseHumanCode(short.toLowerCase())).toBe(short)
  expect(normaliseHumanCode(` ${short.slice(0, 4)}-${short.slice(4)} `)).toBe(short)
  expect(normaliseHumanCode('ILO0abcd')).toBe('1100ABCD')
  expect(normaliseHumanCode('UUUUUUUU')).toBeNull()
  expect(normaliseHumanCode('ABC')).toBeNull()
  expect(formatHumanCode('ABCD2345')).toBe('ABCD 2345')
})
