// Small helpers shared by handlers.

import type { Enterprise, User } from '@contract/common'
import { BODY_NOT_OBJECT, isPlainObject } from '@/rules/result'
import { MockHttpError, validationFailed } from '../core/errors'
import type { AuthedRequest, ParsedRequest } from '../core/types'
import type { ActorRef, EnterpriseRow, UserRow } from '../db'

/** The API shape of a user (no login code or internal flags). */
export function publicUser(row: UserRow): User {
  return { id: row.id, role: row.role, name: row.name, createdAt: row.createdAt }
}

export function publicEnterprise(row: EnterpriseRow): Enterprise {
  return {
    name: row.name,
    uscc: row.uscc,
    contactName: row.contactName,
    phone: row.phone,
    region: row.region,
    industry: row.industry,
    updatedAt: row.updatedAt,
  }
}

/** For handlers on `access: 'user'` routes, where the router guarantees a user. */
export function authed(req: ParsedRequest): AuthedRequest {
  if (!req.user || !req.token) throw new MockHttpError('UNAUTHENTICATED')
  return req as AuthedRequest
}

// One implementation with the rules' composite validators; re-exported for the handlers.
export { isPlainObject }

export function requireObjectBody(req: ParsedRequest): Record<string, unknown> {
  if (!isPlainObject(req.body)) throw validationFailed({ _: BODY_NOT_OBJECT }, BODY_NOT_OBJECT)
  return req.body
}

/** `by` of a timeline entry: who made the move, as officer lists show it. */
export function actorOf(req: ParsedRequest): ActorRef {
  const { user } = authed(req)
  return { userId: user.id, name: user.name }
}
