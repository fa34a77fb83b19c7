// API.md → Conventions, Health, Catalogues: what every answer of the server looks like, and the
// error envelope for each documented failure.

import { expectError, expectFieldError, request } from './client'
import { login } from './fixtures'

describe('health', () => {
  test('should answer ok with a version as JSON, without a login', async () => {
    const res = await request('/api/health')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    expect(res.body).toEqual(expect.objectContaining({ ok: true, version: expect.any(String) }))
  })
})

describe('catalog', () => {
  test('should serve the four catalogues publicly as trees of { code, name, children? }', async () => {
    const res = await request('/api/catalog')
    expect(res.status).toBe(200)
    const { regions, industries, strategicIndustries, ipcSections } = res.body
    const find = (tree: Array<{ code: string }>, code: string) => tree.find((node) => node.code === code) as { code: string; name: string; children?: unknown[] }
    expect(find(regions, '440000')).toEqual(expect.objectContaining({ name: '广东省' }))
    expect(find(regions, '440000').children).toContainEqual(expect.objectContaining({ code: '440700', name: '江门市' }))
    expect(find(industries, 'C').children).toContainEqual(expect.objectContaining({ code: 'C38' }))
    expect(find(strategicIndustries, '6').children).toContainEqual(expect.objectContaining({ code: '6.4' }))
    expect(find(ipcSections, 'H').children).toContainEqual(expect.objectContaining({ code: 'H01' }))
  })

  test('should give municipalities no children: the province code is the city', async () => {
    const { regions } = (await request('/api/catalog')).body
    for (const code of ['110000', '120000', '310000', '500000']) {
      const node = regions.find((r: { code: string }) => r.code === code)
      expect(node).toBeDefined()
      expect(node.children ?? []).toEqual([])
    }
  })
})

describe('error envelope', () => {
  test('should answer a missing or invalid token with 401 UNAUTHENTICATED', async () => {
    expectError(await request('/api/me'), 401, 'UNAUTHENTICATED')
    expectError(await request('/api/me', { token: 'not-a-real-token' }), 401, 'UNAUTHENTICATED')
    expectError(await request('/api/me', { headers: { authorization: 'Basic dXNlcjpwYXNz' } }), 401, 'UNAUTHENTICATED')
  })

  test('should answer an unknown route with 404 NOT_FOUND', async () => {
    expectError(await request('/api/nothing-here'), 404, 'NOT_FOUND')
  })

  test('should answer malformed JSON with 400 VALIDATION_FAILED, never 500', async () => {
    expectError(await request('/api/auth/login', { rawBody: '{"role": "sme",' }), 400, 'VALIDATION_FAILED')
    const { token } = await login('sme')
    expectError(await request('/api/needs', { token, rawBody: '{not json' }), 400, 'VALIDATION_FAILED')
  })

  test('should answer a JSON body that is not an object with 400', async () => {
    expectError(await request('/api/auth/login', { rawBody: '["sme"]' }), 400, 'VALIDATION_FAILED')
    expectError(await request('/api/auth/login', { rawBody: 'null' }), 400, 'VALIDATION_FAILED')
  })

  test('should refuse a body over 64 KB with 413 PAYLOAD_TOO_LARGE, counted in UTF-8 bytes', async () => {
    expectError(await request('/api/auth/login', { rawBody: JSON.stringify({ role: 'sme', pad: 'x'.repeat(65 * 1024) }) }), 413, 'PAYLOAD_TOO_LARGE')
    // 22,000 CJK characters are 66,000 bytes.
    expectError(await request('/api/auth/login', { rawBody: JSON.stringify({ role: 'sme', pad: '专'.repeat(22000) }) }), 413, 'PAYLOAD_TOO_LARGE')
  })

  test('should process a body just under 64 KB normally', async () => {
    const res = await request('/api/auth/login', { rawBody: JSON.stringify({ role: 'sme', code: 'contract-pad', pad: 'x'.repeat(60 * 1024) }) })
    expect(res.status).toBe(200)
  })

  test('should answer unknown query values with 400 and fields, never a silent empty list', async () => {
    expectFieldError(await request('/api/patents?type=foo'), 'type')
    expectFieldError(await request('/api/events?kind=party'), 'kind')
    expectFieldError(await request('/api/patents?pageSize=51'), 'pageSize')
    expectFieldError(await request('/api/events?status=soon'), 'status')
  })

  test('should name every bad query parameter at once', async () => {
    const fields = expectError(await request('/api/patents?type=foo&sort=bar&page=0'), 400, 'VALIDATION_FAILED').fields ?? {}
    expect(Object.keys(fields).sort()).toEqual(['page', 'sort', 'type'])
  })

  test('should refuse unknown catalogue codes in filters with 400 and fields', async () => {
    expectFieldError(await request('/api/patents?region=jiangmen'), 'region')
    expectFieldError(await request('/api/patents?industry=C99'), 'industry')
    expectFieldError(await request('/api/events?city=jiangmen'), 'city')
  })
})
