import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/api/client'
import type { LoginRequest, LoginResponse, Role } from '@contract/common'
import { getLoginCode } from '@/platform/login-code'
import { meKeys } from '@/shared/query-keys'
import { useSessionStore } from '@/stores/session'
import { returnAfterSignIn } from '@/utils/sign-in'

export interface LoginInput {
  role: Role
  /** Officers only (API.md → Roles): the backend's officer passcode. */
  passcode?: string
}

export async function login({ role, passcode }: LoginInput): Promise<LoginResponse> {
  const code = await getLoginCode()
  const body: LoginRequest = { role }
  if (code) body.code = code
  if (role === 'officer') body.passcode = passcode ?? ''
  return api('POST /api/auth/login', { body })
}

export function useLogin() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: login,
    onSuccess: ({ token, user }) => {
      useSessionStore.getState().setSession(token, user)
      queryClient.removeQueries({ queryKey: meKeys.all })
      returnAfterSignIn()
    },
  })
}

export function useLogout() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async () => {
      // Signing out must work offline too: the local session is dropped whatever the server says.
      await api('POST /api/auth/logout').catch(() => undefined)
    },
    onSettled: () => {
      useSessionStore.getState().clear()
      // Everything cached belonged to the signed-out user (their applications, favourites, registrations
      // inside event reads): the next person on this phone starts from an empty cache.
      queryClient.clear()
    },
  })
}
