// GET /api/me/favourites, GET|PUT|DELETE /api/me/favourites/:patentId — 我的收藏.
// PUT and DELETE name the patent in the path, so repeating either is harmless by nature: no
// Idempotency-Key needed.

import { MAX_FAVOURITES, type Favourite, type FavouriteListResponse, type FavouriteStatus } from '@contract/favourites'
import type { MockContext } from '../context'
import { conflict, notFound } from '../core/errors'
import { QueryReader } from '../core/query'
import { toIsoCst } from '../core/time'
import type { ParsedRequest, PartialRouteTable } from '../core/types'
import type { FavouriteRow } from '../db'
import { authed } from './common'


function rowId(userId: string, patentId: string): string {
  return `${userId}:${patentId}`
}

/** Index of the patent in the store; 404 for an unknown id (never a silent success). */
function patentIndex(req: ParsedRequest, ctx: MockContext): number {
  const index = ctx.db.patents.indexOf(req.params.patentId)
  if (index < 0) throw notFound('专利不存在或已下线')
  return index
}

function status(patentId: string, row: FavouriteRow | undefined): FavouriteStatus {
  return { patentId, favourited: Boolean(row), createdAt: row ? row.createdAt : null }
}

/** The user's favourites whose patent still exists, newest first (insertion order reversed). */
function favouritesOf(ctx: MockContext, userId: string): FavouriteRow[] {
  const rows = ctx.db.favourites.filter((row) => row.userId === userId && ctx.db.patents.indexOf(row.patentId) >= 0)
  return rows.reverse()
}

export const favouritesRoutes = {
  'GET /api/me/favourites': (req, ctx) => {
    const { user } = authed(req)
    const r = new QueryReader(req.query)
    const { page, pageSize } = r.pageParams()
    r.done()
    const rows = favouritesOf(ctx, user.id)
    const start = (page - 1) * pageSize
    const items: Favourite[] = rows.slice(start, start + pageSize).map((row) => ({
      patentId: row.patentId,
      createdAt: row.createdAt,
      patent: ctx.db.patents.summary(ctx.db.patents.indexOf(row.patentId)),
    }))
    const body: FavouriteListResponse = { items, total: rows.length, page, pageSize }
    return { body }
  },

  'GET /api/me/favourites/:patentId': (req, ctx) => {
    const { user } = authed(req)
    patentIndex(req, ctx)
    const patentId = req.params.patentId
    return { body: status(patentId, ctx.db.favourites.get(rowId(user.id, patentId))) }
  },

  'PUT /api/me/favourites/:patentId': (req, ctx) => {
    const { user } = authed(req)
    patentIndex(req, ctx)
    const patentId = req.params.patentId
    const id = rowId(user.id, patentId)
    const existing = ctx.db.favourites.get(id)
    if (existing) return { status: 200, body: status(patentId, existing) }
    if (favouritesOf(ctx, user.id).length >= MAX_FAVOURITES) {
      throw conflict(`最多收藏 ${MAX_FAVOURITES} 件专利，请先取消部分收藏`)
    }
    const row = ctx.db.favourites.insert({ id, userId: user.id, patentId, createdAt: toIsoCst(ctx.now()) })
    return { status: 201, body: status(patentId, row) }
  },

  'DELETE /api/me/favourites/:patentId': (req, ctx) => {
    const { user } = authed(req)
    patentIndex(req, ctx)
    const patentId = req.params.patentId
    ctx.db.favourites.delete(rowId(user.id, patentId))
    return { body: status(patentId, undefined) }
  },
} satisfies PartialRouteTable
