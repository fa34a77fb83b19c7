// Contract types of 我的收藏 (`/api/me/favourites`), shared by the app and mock/. Type-only.

import type { IsoDateTime, ListResponse, PatentSummary } from './common'

/** One saved patent, newest first in the list. */
export interface Favourite {
  patentId: string
  createdAt: IsoDateTime
  patent: PatentSummary
}

/** `GET /api/me/favourites?page=&pageSize=` */
export type FavouriteListResponse = ListResponse<Favourite>

/**
 * `GET /api/me/favourites/:patentId`, and the answer of `PUT` / `DELETE` on the same path.
 * PUT and DELETE are idempotent: repeating either leaves one favourite (or none) and the same answer.
 */
export interface FavouriteStatus {
  patentId: string
  favourited: boolean
  /** When it was first saved; null when not favourited. */
  createdAt: IsoDateTime | null
}

/** A user keeps at most this many favourites (409 CONFLICT beyond). */
export const MAX_FAVOURITES = 500
