import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '@/api/client'
import type { FavouriteStatus } from '@contract/favourites'
import { useSessionStore } from '@/stores/session'

// Keyed by user id: favourites belong to whoever is signed in, and a sign-out must not show them.
export const favouriteKeys = {
  all: ['favourites'] as const,
  lists: () => [...favouriteKeys.all, 'list'] as const,
  list: (userId: string | null) => [...favouriteKeys.lists(), userId] as const,
  statuses: () => [...favouriteKeys.all, 'status'] as const,
  status: (userId: string | null, patentId: string) => [...favouriteKeys.statuses(), userId, patentId] as const,
}

const PAGE_SIZE = 20

export const favouriteListQueryOptions = (userId: string | null) =>
  infiniteQueryOptions({
    queryKey: favouriteKeys.list(userId),
    queryFn: ({ pageParam }) => api('GET /api/me/favourites', { query: { page: pageParam, pageSize: PAGE_SIZE } }),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
    enabled: Boolean(userId),
  })

export function useFavourites() {
  const userId = useSessionStore((s) => s.user?.id ?? null)
  return useInfiniteQuery(favouriteListQueryOptions(userId))
}

export const favouriteStatusQueryOptions = (userId: string | null, patentId: string) =>
  queryOptions({
    queryKey: favouriteKeys.status(userId, patentId),
    queryFn: () => api('GET /api/me/favourites/:patentId', { params: { patentId } }),
    enabled: Boolean(userId && patentId),
  })

export function useFavouriteStatus(patentId: string) {
  const userId = useSessionStore((s) => s.user?.id ?? null)
  return useQuery(favouriteStatusQueryOptions(userId, patentId))
}

/** PUT to save, DELETE to remove: both idempotent, so a double tap or a retry is harmless. */
export function setFavourite(patentId: string, favourited: boolean): Promise<FavouriteStatus> {
  const params = { patentId }
  return favourited ? api('PUT /api/me/favourites/:patentId', { params }) : api('DELETE /api/me/favourites/:patentId', { params })
}

export function useSetFavourite(patentId: string) {
  const queryClient = useQueryClient()
  const userId = useSessionStore((s) => s.user?.id ?? null)
  const key = favouriteKeys.status(userId, patentId)
  return useMutation({
    mutationFn: (favourited: boolean) => setFavourite(patentId, favourited),
    // The star flips at once; a failure puts it back.
    onMutate: async (favourited) => {
      await queryClient.cancelQueries({ queryKey: key })
      const previous = queryClient.getQueryData<FavouriteStatus>(key)
      queryClient.setQueryData<FavouriteStatus>(key, { patentId, favourited, createdAt: previous?.createdAt ?? null })
      return { previous }
    },
    onError: (_error, _favourited, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous)
      else queryClient.invalidateQueries({ queryKey: key })
    },
    onSuccess: (status) => {
      queryClient.setQueryData(key, status)
      queryClient.invalidateQueries({ queryKey: favouriteKeys.lists() })
    },
  })
}
