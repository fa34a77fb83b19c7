import { useEffect } from 'react'
import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient, type InfiniteData, type QueryClient } from '@tanstack/react-query'
import { api } from '@/api/client'
import type { NotificationItem, NotificationListResponse, UnreadCountResponse } from '@contract/tracking'
import { useSessionStore } from '@/stores/session'

// One key tree for the 我的 tab badge, the 消息 menu item and the message list, so a read in one
// place updates the others. Scoped by token like the other per-user queries.
export const notificationKeys = {
  all: ['notifications'] as const,
  scope: (token: string | null) => [...notificationKeys.all, token] as const,
  unreadCount: (token: string | null) => [...notificationKeys.scope(token), 'unread-count'] as const,
  lists: (token: string | null) => [...notificationKeys.scope(token), 'list'] as const,
}

/** Foreground polling period of the unread count. */
export const UNREAD_POLL_MS = 30_000
export const NOTIFICATIONS_PAGE_SIZE = 20

export const unreadCountQueryOptions = (token: string | null) =>
  queryOptions({
    queryKey: notificationKeys.unreadCount(token),
    queryFn: () => api('GET /api/me/notifications/unread-count'),
    enabled: Boolean(token),
    select: (data) => data.count,
  })

export function useUnreadCount(options: { poll?: boolean; enabled?: boolean } = {}) {
  const token = useSessionStore((s) => s.token)
  const base = unreadCountQueryOptions(token)
  return useQuery({
    ...base,
    enabled: base.enabled && options.enabled !== false,
    refetchInterval: options.poll ? UNREAD_POLL_MS : false,
    refetchIntervalInBackground: false,
  })
}

export const notificationListQueryOptions = (token: string | null) =>
  infiniteQueryOptions({
    queryKey: notificationKeys.lists(token),
    queryFn: ({ pageParam }) =>
      api('GET /api/me/notifications', { query: { page: pageParam, pageSize: NOTIFICATIONS_PAGE_SIZE } }),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
    enabled: Boolean(token),
    // Opening 消息 must show what the badge just counted, not a list cached a few seconds earlier.
    staleTime: 0,
  })

export function useNotifications() {
  const token = useSessionStore((s) => s.token)
  const queryClient = useQueryClient()
  const query = useInfiniteQuery(notificationListQueryOptions(token))
  // Every page carries the unread count: keep the badge in step without another request.
  const unread = query.data?.pages[0]?.unreadCount
  useEffect(() => {
    if (unread !== undefined) setUnread(queryClient, token, unread)
  }, [queryClient, token, unread])
  return query
}

type ListData = InfiniteData<NotificationListResponse, number>

/** The count lives in two caches (the count query and each list page); they move together. */
function setUnread(queryClient: QueryClient, token: string | null, count: number): void {
  const key = notificationKeys.unreadCount(token)
  if (queryClient.getQueryData<UnreadCountResponse>(key)?.count !== count) queryClient.setQueryData<UnreadCountResponse>(key, { count })
  const list = queryClient.getQueryData<ListData>(notificationKeys.lists(token))
  if (list && list.pages.some((p) => p.unreadCount !== count)) {
    queryClient.setQueryData<ListData>(notificationKeys.lists(token), { ...list, pages: list.pages.map((p) => ({ ...p, unreadCount: count })) })
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
      const token = useSessionStore.getState().token
      await queryClient.cancelQueries({ queryKey: notificationKeys.scope(token) })
      const previousList = queryClient.getQueryData<ListData>(notificationKeys.lists(token))
      const previousCount = queryClient.getQueryData<UnreadCountResponse>(notificationKeys.unreadCount(token))
      const wasUnread = previousList?.pages.some((p) => p.items.some((i) => i.id === id && i.readAt === null)) ?? true
      queryClient.setQueryData<ListData>(notificationKeys.lists(token), (old) => markReadInList(old, id, new Date().toISOString()))
      const before = previousCount?.count ?? previousList?.pages[0]?.unreadCount
      if (before !== undefined && wasUnread) setUnread(queryClient, token, Math.max(0, before - 1))
      return { token, previousList, previousCount }
    },
    onError: (_error, _id, context) => {
      if (!context) return
      queryClient.setQueryData(notificationKeys.lists(context.token), context.previousList)
      queryClient.setQueryData(notificationKeys.unreadCount(context.token), context.previousCount)
    },
    onSuccess: (res, _id, context) => {
      if (context) setUnread(queryClient, context.token, res.unreadCount)
    },
  })
}

export function useMarkAllRead() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => api('POST /api/me/notifications/read-all'),
    onSuccess: (res) => {
      const token = useSessionStore.getState().token
      queryClient.setQueryData<ListData>(notificationKeys.lists(token), (old) => markReadInList(old, null, new Date().toISOString()))
      setUnread(queryClient, token, res.unreadCount)
      queryClient.invalidateQueries({ queryKey: notificationKeys.lists(token) })
    },
  })
}
