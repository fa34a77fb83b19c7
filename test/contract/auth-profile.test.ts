// API.md → Roles and demo accounts: login by code and role, the officer passcode, GET /api/me and
// the enterprise profile (PUT /api/me/enterprise) with the shared validation rules.

import { expectError, OFFICER_PASSCODE, request } from './client'
import { login, PROFILE, tag, VALID_USCC, WRONG_CHECK_USCC } from './fixtures'

describe('POST /api/auth/login', () => {
  test('should map one code to one user on every login, and another code to another user', async () => {
    const code = tag('wx-code')
    const first = await login('sme', code)
    const again = await login('sme', code)
    const other = await login('sme')
    expect(again.userId).toBe(first.userId)
    expect(again.token).not.toBe(first.token)
    expect(other.userId).not.toBe(first.userId)
  })

  test('should make the same code as an officer a different user with the officer role', async () => {
    const code = tag('wx-code')
    const sme = await login('sme', code)
    const officer = await login('officer', code)
    expect(officer.userId).not.toBe(sme.userId)
    const me = await request('/api/me', { token: officer.token })
    expect(me.body.user).toEqual(expect.objectContaining({ id: officer.userId, role: 'officer' }))
  })

  test('should refuse an officer login with a wrong or missing passcode with 401', async () => {
    expectError(await request('/api/auth/login', { body: { role: 'officer', passcode: `${OFFICER_PASSCODE}-wrong` } }), 401, 'UNAUTHENTICATED')
    expectError(await request('/api/auth/login', { body: { role: 'officer' } }), 401, 'UNAUTHENTICATED')
    expectError(await request('/api/auth/login', { body: { role: 'officer', code: tag('no-pass') } }), 401, 'UNAUTHENTICATED')
  })

  test('should refuse an unknown role, no role or a bad code with 400 and fields', async () => {
    expect(expectError(await request('/api/auth/login', { body: { role: 'admin' } }), 400, 'VALIDATION_FAILED').fields).toHaveProperty('role')
    expect(expectError(await request('/api/auth/login', { body: {} }), 400, 'VALIDATION_FAILED').fields).toHaveProperty('role')
    expect(expectError(await request('/api/auth/login', { body: { role: 'sme', code: 42 } }), 400, 'VALIDATION_FAILED').fields).toHaveProperty('code')
  })

  test('should revoke the token on logout', async () => {
    const { token } = await login('sme')
    expect((await request('/api/me', { token })).status).toBe(200)
    expect((await request('/api/auth/logout', { method: 'POST', token })).status).toBe(200)
    expectError(await request('/api/me', { token }), 401, 'UNAUTHENTICATED')
  })
})

describe('GET /api/me', () => {
  test('should return the user and a null enterprise for a new user', async () => {
    const user = await login('sme')
    const res = await request('/api/me', { token: user.token })
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ user: expect.objectContaining({ id: user.userId, role: 'sme' }), enterprise: null })
  })
})

describe('PUT /api/me/enterprise', () => {
  const put = (token: string, body: unknown) => request('/api/me/enterprise', { method: 'PUT', token, body })

  test('should name a wrong USCC check character in Chinese, and only that field', async () => {
    const { token } = await login('sme')
    const error = expectError(await put(token, { ...PROFILE, uscc: WRONG_CHECK_USCC }), 400, 'VALIDATION_FAILED')
    expect(error.fields?.uscc).toContain('校验位错误')
    expect(Object.keys(error.fields ?? {})).toEqual(['uscc'])
  })

  test('should name every missing field of an empty profile', async () => {
    const { token } = await login('sme')
    const fields = expectError(await put(token, {}), 400, 'VALIDATION_FAILED').fields ?? {}
    expect(Object.keys(fields).sort()).toEqual(['contactName', 'industry', 'name', 'phone', 'region', 'uscc'])
    for (const message of Object.values(fields)) expect(message).toMatch(/[\u4e00-\u9fff]/)
  })

  test.each([
    ['a phone that is not a mainland mobile', { phone: '12800138000' }, 'phone'],
    ['a province where a city belongs', { region: '440000' }, 'region'],
    ['a region slug', { region: 'jiangmen' }, 'region'],
    ['an unknown industry', { industry: 'mining' }, 'industry'],
    ['a one-character contact name', { contactName: '李' }, 'contactName'],
  ])('should refuse %s naming that field', async (_name, patch, field) => {
    const { token } = await login('sme')
    const fields = expectError(await put(token, { ...PROFILE, ...patch }), 400, 'VALIDATION_FAILED').fields ?? {}
    expect(Object.keys(fields)).toEqual([field])
  })

  test('should save a valid profile normalised (USCC upper case, phone digits) and return it from /api/me', async () => {
    const user = await login('sme')
    const res = await put(user.token, { ...PROFILE, uscc: `  ${VALID_USCC.toLowerCase()} `, phone: '138 0013 8000' })
    expect(res.status).toBe(200)
    expect(res.body.enterprise).toEqual(expect.objectContaining({ ...PROFILE, uscc: VALID_USCC, phone: '13800138000' }))
    const me = await request('/api/me', { token: user.token })
    expect(me.body.enterprise).toEqual(res.body.enterprise)
    // Another user's profile is untouched.
    const other = await login('sme')
    expect((await request('/api/me', { token: other.token })).body.enterprise).toBeNull()
  })

  test('should need a signed-in enterprise user', async () => {
    expectError(await request('/api/me/enterprise', { method: 'PUT', body: PROFILE }), 401, 'UNAUTHENTICATED')
    const officer = await login('officer')
    expectError(await put(officer.token, PROFILE), 403, 'FORBIDDEN')
  })
})
