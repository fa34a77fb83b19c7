// POST /api/auth/login, POST /api/auth/logout.

import { own } from '@/rules/result'
import { ROLES, type LoginResponse, type Role } from '@contract/common'
import { MockHttpError, validationFailed } from '../core/errors'
import { PASSCODE_MAX } from '@/rules/auth'
import { randomToken } from '../core/random'
import { toIsoCst } from '../core/time'
import type { PartialRouteTable } from '../core/types'
import type { UserRow } from '../db'
import type { MockContext } from '../context'
import { ROLE_LABEL } from '../seed/users'
import { authed, publicUser, requireObjectBody } from './common'

export const SESSION_TTL_MS = 30 * 24 * 3600 * 1000
const MAX_CODE_LENGTH = 128

function demoUser(ctx: MockContext, role: Role): UserRow {
  const user = ctx.db.users.find((u) => u.demo === true && u.role === role)
  if (!user) throw new Error(`no demo user for ${role}`)
  return user
}

/** Like a WeChat openid: the first login with a code creates the user, later ones find it. */
function userForCode(ctx: MockContext, role: Role, code: string): UserRow {
  const existing = ctx.db.users.findBy('login', `${role}:${code}`)
  if (existing) return existing
  let id: string
  do id = 'u-' + randomToken(ctx.random, 9)
  while (ctx.db.users.has(id))
  return ctx.db.users.insert({
    id,
    role,
    // The code itself is a credential, so the display name derives from the id instead.
    name: `${ROLE_LABEL[role]}${id.slice(2, 6)}`,
    createdAt: toIsoCst(ctx.now()),
    loginCode: code,
  })
}

/** Same time whatever the first differing character: the passcode is the officer's whole credential. */
function sameText(a: string, b: string): boolean {
  let diff = a.length ^ b.length
  for (let i = 0; i < b.length; i++) diff |= (a.charCodeAt(i % Math.max(a.length, 1)) || 0) ^ b.charCodeAt(i)
  return diff === 0
}

function checkPasscode(ctx: MockContext, passcode: unknown): void {
  if (typeof passcode !== 'string' || passcode === '') throw new MockHttpError('UNAUTHENTICATED', '请输入工作人员口令')
  if (passcode.length > PASSCODE_MAX || !sameText(passcode, ctx.officerPasscode)) throw new MockHttpError('UNAUTHENTICATED', '工作人员口令不正确')
}

export const authRoutes = {
  'POST /api/auth/login': {
    access: 'public',
    handler: (req, ctx) => {
      const body = requireObjectBody(req)
      const fields: Record<string, string> = {}
      const role = body.role
      if (typeof role !== 'string' || (ROLES as readonly string[]).indexOf(role) < 0) {
        fields.role = '角色应为 sme（企业用户）或 officer（工作人员）'
      }
      const code = own(body, 'code')
      if (code !== undefined && code !== null) {
        if (typeof code !== 'string' || code.trim() === '') fields.code = '登录凭证应为非空字符串'
        else if (code.length > MAX_CODE_LENGTH) fields.code = `登录凭证不能超过${MAX_CODE_LENGTH}个字符`
      }
      if (Object.keys(fields).length > 0) throw validationFailed(fields, '登录信息有误')
      if (role === 'officer') checkPasscode(ctx, own(body, 'passcode'))

      const user = typeof code === 'string' ? userForCode(ctx, role as Role, code.trim()) : demoUser(ctx, role as Role)
      const now = ctx.now()
      let token: string
      do token = randomToken(ctx.random)
      while (ctx.db.sessions.has(token))
      ctx.db.sessions.insert({ id: token, userId: user.id, createdAtMs: now, expiresAtMs: now + SESSION_TTL_MS })
      const response: LoginResponse = { token, user: publicUser(user) }
      return { body: response }
    },
  },

  'POST /api/auth/logout': (req, ctx) => {
    ctx.db.sessions.delete(authed(req).token)
    return { body: { ok: true } }
  },
} satisfies PartialRouteTable
