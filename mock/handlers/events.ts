// Public event routes (API.md → Events) and the attendee's own registrations. Officer routes
// (create/edit events, registration lists, approve/reject, notices, check-ins) live in ./officer/ and
// share mock/domain/registrations/.

import { EVENT_KINDS, EVENT_STATUSES, EVENT_WHEN, type EventListResponse, type RegistrationResponse } from '@contract/events'
import { industryMatches, isIndustryFilter, regionMatches } from '@/rules'
import { isRegionCode } from '@/rules/regions'
import { notFound } from '../core/errors'
import { QueryReader } from '../core/query'
import { DAY_MS } from '../core/time'
import type { PartialRouteTable } from '../core/types'
import type { EventRow } from '../db'
import { activeRegistrationsByEvent, countsByEvent, hasTicket } from '../domain/registrations/counts'
import { cancelRegistration } from '../domain/registrations/decisions'
import { acceptOffer, sweepOffers, sweepOffersOf } from '../domain/registrations/offers'
import { publicEvent, publicEventSummary, publicRegistration } from '../domain/registrations/presenters'
import { signUp } from '../domain/registrations/sign-up'
import { shortCodeOf, ticketSecretOf } from '../domain/tickets'
import type { Registration } from '@contract/events'
import type { RegistrationRow } from '../db'
import { authed } from './common'
import { remindIfDue } from '../domain/reminders'

/** The attendee's own view: with a ticket, also what the 30-second QR and the short code are made from. */
function ownerView(out: Registration, row: RegistrationRow): Registration {
  if (out.ticketCode) {
    out.ticketSecret = ticketSecretOf(row)
    out.shortCode = shortCodeOf(row)
  }
  return out
}

const MAX_EVENT_PAGE = 10000
const MAX_Q_LENGTH = 50

function requireEvent(events: { get(id: string): EventRow | undefined }, id: string): EventRow {
  const event = events.get(id)
  if (!event) throw notFound('活动不存在或已下线')
  return event
}

export const eventsRoutes = {
  // Upcoming and running events first (soonest first), then ended ones (most recent first).
  'GET /api/events': {
    access: 'public',
    handler: (req, ctx) => {
      const r = new QueryReader(req.query)
      const kind = r.oneOf('kind', EVENT_KINDS, '活动类型')
      const status = r.oneOf('status', EVENT_STATUSES, '活动状态')
      const city = r.check('city', isRegionCode, '城市')
      const industry = r.check('industry', isIndustryFilter, '行业')
      const when = r.oneOf('when', EVENT_WHEN, '时间范围') ?? 'all'
      const q = r.string('q', { max: MAX_Q_LENGTH, label: '搜索词' })
      const { page, pageSize } = r.pageParams(MAX_EVENT_PAGE)
      r.done()

      sweepOffers(ctx)
      const now = ctx.now()
      const horizon = when === 'week' ? now + 7 * DAY_MS : when === 'month' ? now + 30 * DAY_MS : Infinity
      const counts = countsByEvent(ctx.db)
      const mine = req.user ? activeRegistrationsByEvent(ctx.db, req.user.id) : undefined
      const needle = q?.toLowerCase()

      const rows = ctx.db.events.filter((e) => {
        if (kind && e.kind !== kind) return false
        if (city && !regionMatches(city, e.city)) return false
        if (industry && !e.industries.some((code) => industryMatches(industry, code))) return false
        if (when !== 'all') {
          const starts = Date.parse(e.startsAt)
          if (Date.parse(e.endsAt) <= now || starts >= horizon) return false
        }
        if (needle && (e.title + '\n' + e.organizer + '\n' + e.venue).toLowerCase().indexOf(needle) < 0) return false
        return true
      })
      let items = rows.map((e) => publicEventSummary(e, ctx.db, now, counts, mine))
      if (status) items = items.filter((e) => e.status === status)
      items.sort((a, b) => {
        const aEnded = a.status === 'ended'
        const bEnded = b.status === 'ended'
        if (aEnded !== bEnded) return aEnded ? 1 : -1
        const byStart = aEnded ? b.startsAt.localeCompare(a.startsAt) : a.startsAt.localeCompare(b.startsAt)
        return byStart || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
      })
      const body: EventListResponse = {
        items: items.slice((page - 1) * pageSize, page * pageSize),
        total: items.length,
        page,
        pageSize,
      }
      return { body }
    },
  },

  'GET /api/events/:id': {
    access: 'public',
    handler: (req, ctx) => {
      sweepOffers(ctx, req.params.id)
      return { body: publicEvent(requireEvent(ctx.db.events, req.params.id), ctx, req.user) }
    },
  },

  'POST /api/events/:id/registrations': {
    roles: ['sme'],
    idempotent: true,
    // The first answer is replayed as it was, except a ticket code the registration no longer holds.
    replay: (body, ctx) => {
      const reg = (body as RegistrationResponse | null)?.registration
      const row = reg ? ctx.db.registrations.get(reg.id) : undefined
      if (reg && reg.ticketCode && (!row || !hasTicket(row.status))) {
        delete reg.ticketCode
        delete reg.ticketSecret
        delete reg.shortCode
      }
      return body
    },
    handler: (req, ctx) => {
      const { user } = authed(req)
      const event = requireEvent(ctx.db.events, req.params.id)
      sweepOffers(ctx, event.id)
      const signed = signUp(ctx, user, event, req.body)
      const row = remindIfDue(ctx, signed) ? (ctx.db.registrations.get(signed.id) ?? signed) : signed
      const body: RegistrationResponse = { registration: ownerView(publicRegistration(row, event, ctx.db), row) }
      return { status: 201, body }
    },
  },

  // Owner or any officer; anyone else gets the same 404 as a missing id.
  'GET /api/registrations/:id': (req, ctx) => {
    const { user } = authed(req)
    sweepOffersOf(ctx, req.params.id)
    const row = ctx.db.registrations.get(req.params.id)
    if (!row || (row.userId !== user.id && user.role !== 'officer')) throw notFound('报名记录不存在')
    const out = publicRegistration(row, ctx.db.events.get(row.eventId), ctx.db)
    const body: RegistrationResponse = { registration: row.userId === user.id ? ownerView(out, row) : out }
    return { body }
  },

  'POST /api/registrations/:id/cancel': (req, ctx) => {
    const { user } = authed(req)
    sweepOffersOf(ctx, req.params.id)
    const row = cancelRegistration(ctx, user, req.params.id)
    const body: RegistrationResponse = { registration: publicRegistration(row, ctx.db.events.get(row.eventId), ctx.db) }
    return { body }
  },

  // Issue 18: the waitlisted owner takes the seat held for them (decline = cancel).
  'POST /api/registrations/:id/accept-offer': (req, ctx) => {
    const { user } = authed(req)
    const row = acceptOffer(ctx, user, req.params.id)
    const out = publicRegistration(row, ctx.db.events.get(row.eventId), ctx.db)
    const body: RegistrationResponse = { registration: ownerView(out, row) }
    return { body }
  },
} satisfies PartialRouteTable
