// Key factories that more than one feature reads or invalidates (a licence application refreshes the
// applications list; an officer's decision refreshes the events list). They sit below the features
// so no feature imports another; each feature's api re-exports the factory it owns. The officer
// features' factories are in ./officer-keys.ts (officer subpackage only).
//
// Per-user entries are scoped by the signed-in user's id, never by the bearer token: the token is a
// secret and would sit in every key (and in devtools). Sign-out clears the whole cache as well.
import type { EventListQuery } from '@contract/events'
import type { PatentListQuery } from '@contract/common'
import type { ApplicationKind } from '@/rules'

/** The signed-in user's id (`useSessionStore((s) => s.user?.id ?? null)`), null when signed out. */
export type UserScope = string | null

export const meKeys = {
  all: ['me'] as const,
  profile: (userId: UserScope) => [...meKeys.all, 'profile', userId] as const,
}

export const patentKeys = {
  all: ['patents'] as const,
  lists: () => [...patentKeys.all, 'list'] as const,
  list: (query: PatentListQuery) => [...patentKeys.lists(), query] as const,
  counts: () => [...patentKeys.all, 'count'] as const,
  count: (query: PatentListQuery) => [...patentKeys.counts(), query] as const,
  details: () => [...patentKeys.all, 'detail'] as const,
  detail: (id: string) => [...patentKeys.details(), id] as const,
}

// Event reads carry `myRegistration` for a signed-in caller, so the viewer is part of every key.
export const eventKeys = {
  all: ['events'] as const,
  lists: () => [...eventKeys.all, 'list'] as const,
  list: (query: EventListQuery, viewer: UserScope) => [...eventKeys.lists(), query, viewer] as const,
  details: () => [...eventKeys.all, 'detail'] as const,
  detail: (id: string, viewer: UserScope) => [...eventKeys.details(), id, viewer] as const,
}

export const applicationKeys = {
  all: ['applications'] as const,
  scope: (userId: UserScope) => [...applicationKeys.all, userId] as const,
  lists: (userId: UserScope) => [...applicationKeys.scope(userId), 'list'] as const,
  list: (userId: UserScope, kind: ApplicationKind | undefined) => [...applicationKeys.lists(userId), { kind: kind ?? 'all' }] as const,
  activeLicence: (userId: UserScope, patentId: string) => [...applicationKeys.lists(userId), 'active-licence', patentId] as const,
  details: (userId: UserScope) => [...applicationKeys.scope(userId), 'detail'] as const,
  detail: (userId: UserScope, kind: string, id: string) => [...applicationKeys.details(userId), kind, id] as const,
}

export const notificationKeys = {
  all: ['notifications'] as const,
  scope: (userId: UserScope) => [...notificationKeys.all, userId] as const,
  unreadCount: (userId: UserScope) => [...notificationKeys.scope(userId), 'unread-count'] as const,
  lists: (userId: UserScope) => [...notificationKeys.scope(userId), 'list'] as const,
}
