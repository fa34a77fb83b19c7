// Row ids: a prefix plus random base-36, short enough for URLs and QR scenes (≤ 32 chars).

import type { MockContext } from '../context'

export function newId(ctx: Pick<MockContext, 'random'>, prefix: string): string {
  const bytes = ctx.random.bytes(8)
  let out = ''
  for (let i = 0; i < bytes.length; i++) out += (bytes[i] % 36).toString(36)
  return `${prefix}-${out}`
}
