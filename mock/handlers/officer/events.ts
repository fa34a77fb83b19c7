// API.md → Officer: events — the workbench list, create/edit, cancel (issue 18) and notices.

import { type CancelEventResponse, type NoticeResponse, type OfficerEventListResponse, type OfficerEventResponse } from '@contract/officer'
import { checkNoticeInput } from '@/rules/officer'
import { validationFailed } from '../../core/errors'
import { QueryReader } from '../../core/query'
import type { Handler } from '../../core/types'
import { createEvent, listOfficerEvents, officerEvent, requireEvent, sendNotice, updateEvent } from '../../domain/events-admin'
import { sweepOffers } from '../../domain/registrations/offers'
import { cancelEvent } from '../../domain/event-ops'
import { actorOf, authed } from '../common'


function isDay(text: string): boolean {
  const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(text)
  if (!m) return false
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3])
}

export const listEvents: Handler<'GET /api/officer/events'> = (req, ctx) => {
  const r = new QueryReader(req.query)
  const day = r.check('day', isDay, '日期')
  const { page, pageSize } = r.pageParams()
  r.done()
  sweepOffers(ctx)
  const { items, total } = listOfficerEvents(ctx, { day, page, pageSize })
  const body: OfficerEventListResponse = { items, total, page, pageSize }
  return { body }
}

export const getEvent: Handler<'GET /api/officer/events/:id'> = (req, ctx) => {
  const body: OfficerEventResponse = { event: officerEvent(ctx, requireEvent(ctx.db, req.params.id)) }
  return { body }
}

export const postEvent: Handler<'POST /api/events'> = (req, ctx) => {
  const { user } = authed(req)
  const row = createEvent(ctx, user.id, req.body)
  const body: OfficerEventResponse = { event: officerEvent(ctx, row) }
  return { status: 201, body }
}

export const patchEvent: Handler<'PATCH /api/events/:id'> = (req, ctx) => {
  const row = updateEvent(ctx, req.params.id, req.body)
  const body: OfficerEventResponse = { event: officerEvent(ctx, row) }
  return { body }
}

export const postNotice: Handler<'POST /api/events/:id/notices'> = (req, ctx) => {
  const event = requireEvent(ctx.db, req.params.id)
  const result = checkNoticeInput(req.body)
  if (!result.ok) throw validationFailed(result.fields, '通知内容有误，请检查标出的字段')
  const body: NoticeResponse = { delivered: sendNotice(ctx, event, result.value, actorOf(req)) }
  return { body }
}

export const postCancel: Handler<'POST /api/events/:id/cancel'> = (req, ctx) => {
  const { event, notified } = cancelEvent(ctx, req.params.id, req.body, actorOf(req))
  const body: CancelEventResponse = { event: officerEvent(ctx, event), notified }
  return { body }
}
