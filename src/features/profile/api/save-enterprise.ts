import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/api/client'
import type { MeResponse } from '@contract/common'
import type { EnterpriseProfile } from '@/rules'
import { meKeys } from '@/shared/query-keys'
import { useSessionStore } from '@/stores/session'

export function useSaveEnterprise() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (profile: EnterpriseProfile) =>
      api('PUT /api/me/enterprise', { body: profile }),
    onSuccess: ({ enterprise }) => {
      const key = meKeys.profile(useSessionStore.getState().user?.id ?? null)
      queryClient.setQueryData<MeResponse>(key, (old) => (old ? { ...old, enterprise } : old))
      queryClient.invalidateQueries({ queryKey: meKeys.all })
    },
  })
}
