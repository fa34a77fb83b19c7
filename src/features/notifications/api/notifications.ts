import { useEffect } from 'react'
import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient, type InfiniteData, type QueryClient } from '@tanstack/react-query'
import { api } from '@/api/client'
import type { NotificationItem, NotificationListResponse, UnreadCountResponse } from '@contract/tracking'
import { useSessionStore } from '@/stores/session'
import { notificationKeys } from '@/shared/query-keys'

export { notificationKeys }

/** Foreground polling period of the unread count. */
export const UNREAD_POLL_MS = 30_000
export const NOTIFICATIONS_PAGE_SIZE = 20

export const unreadCountQueryOptions = (userId: string | null) =>
  queryOptions({
    queryKey: notificationKeys.unreadCount(userId),
    queryFn: () => api('GET /api/me/notifications/unread-count'),
    enabled: Boolean(userId),
    select: (data) => data.count,
  })

export function useUnreadCount(options: { poll?: boolean; enabled?: boolean } = {}) {
  const userId = useSessionStore((s) => s.user?.id ?? null)
  const base = unreadCountQueryOptions(userId)
  return useQuery({
    ...base,
    enabled: base.enabled && options.enabled !== false,
    refetchInterval: options.poll ? UNREAD_POLL_MS : false,
    refetchIntervalInBackground: false,
  })
}

export const notificationListQueryOptions = (userId: string | null) =>
  infiniteQueryOptions({
    queryKey: notificationKeys.lists(userId),
    queryFn: ({ pageParam }) =>
      api('GET /api/me/notifications', { query: { page: pageParam, pageSize: NOTIFICATIONS_PAGE_SIZE } }),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
    enabled: Boolean(userId),
    // Opening 消息 must show what the badge just counted, not a list cached a few seconds earlier.
    staleTime: 0,
  })

export function useNotifications() {
  const userId = useSessionStore((s) => s.user?.id ?? null)
  const queryClient = useQueryClient()
  const query = useInfiniteQuery(notificationListQueryOptions(userId))
  // Every page carries the unread count: keep the badge in step without another request.
  const unread = query.data?.pages[0]?.unreadCount
  useEffect(() => {
    if (unread !== undefined) setUnread(queryClient, userId, unread)
  }, [queryClient, userId, unread])
  return query
}

type ListData = InfiniteData<NotificationListResponse, number>

/** The count lives in two caches (the count query and each list page); they move together. */
function setUnread(queryClient: QueryClient, userId: string | null, count: number): void {
  const key = notificationKeys.unreadCount(userId)
  if (queryClient.getQueryData<UnreadCountResponse>(key)?.count !== count) queryClient.setQueryData<UnreadCountResponse>(key, { count })
  const list = queryClient.getQueryData<ListData>(notificationKeys.lists(userId))
  if (list && list.pages.some((p) => p.unreadCount !== count)) {
    queryClient.setQueryData<ListData>(notificationKeys.lists(userId), { ...list, pages: list.pages.map((p) => ({ ...p, unreadCount: count })) })
  }
}

function markReadInList(data: ListData | undefined, id: string | null, at: string): ListData | undefined {
  if (!data) return data
  return {
    ...data,
    pages: data.pages.map((page) => ({
      ...page,
      items: page.items.map((item): NotificationItem => (item.readAt === null && (id === null || item.id === id) ? { ...item, readAt: at } : item)),
    })),
  }
}

/** Tapping a message marks it read at once (optimistically); the server's count then settles the badge. */
export function useMarkRead() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => api('POST /api/me/notifications/:id/read', { params: { id } }),
    onMutate: async (id) => {
      const userId = useSessionStore.getState().user?.id ?? null
      await queryClient.cancelQueries({ queryKey: notificationKeys.scope(userId) })
      const previousList = queryClient.getQueryData<ListData>(notificationKeys.lists(userId))
      const previousCount = queryClient.getQueryData<UnreadCountResponse>(notificationKeys.unreadCount(userId))
      const wasUnread = previousList?.pages.some((p) => p.items.some((i) => i.id === id && i.readAt === null)) ?? true
      queryClient.setQueryData<ListData>(notificationKeys.lists(userId), (old) => markReadInList(old, id, new Date().toISOString()))
      const before = previousCount?.count ?? previousList?.pages[0]?.unreadCount
      if (before !== undefined && wasUnread) setUnread(queryClient, userId, Math.max(0, before - 1))
      return { userId, previousList, previousCount }
    },
    onError: (_error, _id, context) => {
      if (!context) return
      queryClient.setQueryData(notificationKeys.lists(context.userId), context.previousList)
      queryClient.setQueryData(notificationKeys.unreadCount(context.userId), context.previousCount)
    },
    onSuccess: (res, _id, context) => {
      if (context) setUnread(queryClient, context.userId, res.unreadCount)
    },
  })
}

export function useMarkAllRead() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => api('POST /api/me/notifications/read-all'),
    onSuccess: (res) => {
      const userId = useSessionStore.getState().user?.id ?? null
      queryClient.setQueryData<ListData>(notificationKeys.lists(userId), (old) => markReadInList(old, null, new Date().toISOString()))
      setUnread(queryClient, userId, res.unreadCount)
      queryClient.invalidateQueries({ queryKey: notificationKeys.lists(userId) })
    },
  })
}
