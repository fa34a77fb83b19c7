// Where the officer handlers are plugged in behind the routes declared in ./officer.ts.
//
// Why apart: the in-process mock lives in the mini-program's main package, but only officers ever
// call these routes, so their code (≈ 24 KB minified: validation, check-in, CSV) ships with the
// officer subpackage instead. Node (HTTP server, tests) and H5 install it at once through
// ./officer-install.ts; the mini-program build resolves ./officer-install.weapp.ts (nothing) and
// the officer pages install it when they load (src/officer/mock-install.ts), before any request.

import { MockHttpError } from '../core/errors'
import type { Handler } from '../core/types'

let installed: Record<string, Handler> | null = null

export function installOfficerHandlers(handlers: Record<string, Handler>): void {
  installed = handlers
}

export function officerHandler(key: string): Handler {
  const handler = installed ? installed[key] : undefined
  // Only reachable by calling an officer API before any officer page was opened in this session.
  if (!handler) throw new MockHttpError('INTERNAL', '工作人员功能尚未加载，请从「我的 → 工作台」进入')
  return handler
}
