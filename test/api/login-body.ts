// The login body of API.md: an officer also presents the passcode (the mock's default).

import { DEFAULT_OFFICER_PASSCODE } from '@/rules/auth'

export { DEFAULT_OFFICER_PASSCODE }

export function loginBody(role: 'sme' | 'officer', code?: string): Record<string, string> {
  const body: Record<string, string> = { role }
  if (code !== undefined) body.code = code
  if (role === 'officer') body.passcode = DEFAULT_OFFICER_PASSCODE
  return body
}
