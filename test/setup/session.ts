// Component tests sign in through the in-process mock, as the 我的 page would, and can watch what a page sends.

import { act } from '@testing-library/react'
import { api } from '@/api/client'
import { getTransport, setTransport, type TransportRequest } from '@/api/transport'
import type { LoginRequest, LoginResponse, Role } from '@contract/common'
import { useSessionStore } from '@/stores/session'
import { DEMO_LOGIN_CODES } from '@mock/seed/users'
import { DEFAULT_OFFICER_PASSCODE } from '@/rules/auth'

/** Signs in as `role`; a `code` picks another WeChat user (DEMO_LOGIN_CODES.sme2: complete 企业信息). */
export async function signIn(role: Role = 'sme', code?: string): Promise<LoginResponse> {
  const body: LoginRequest = { role }
  if (code) body.code = code
  if (role === 'officer') body.passcode = DEFAULT_OFFICER_PASSCODE
  const session = await api('POST /api/auth/login', { body })
  act(() => useSessionStore.getState().setSession(session.token, session.user))
  return session
}

/** The seeded enterprise with a complete 企业信息. */
export const signInWithProfile = () => signIn('sme', DEMO_LOGIN_CODES.sme2)

/** Every request the page sends, on top of the in-process mock. */
export function recordRequests(): TransportRequest[] {
  const inner = getTransport()
  const sent: TransportRequest[] = []
  setTransport(async (req) => {
    sent.push(req)
    return inner(req)
  })
  return sent
}
