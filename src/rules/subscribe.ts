// RULES.md → WeChat subscribe messages: one acceptance allows one send, and every template value obeys
// WeChat's limits, cut at a character boundary with 「…」. Written once for the mock's sender and tests.

export const SUBSCRIBE_PURPOSES = ['registration', 'application'] as const
/** registration: 活动报名结果; application: 许可/融资申请进度. */
export type SubscribePurpose = (typeof SUBSCRIBE_PURPOSES)[number]

export const SUBSCRIBE_LIMITS = { thing: 20, phrase: 5, character_string: 32, number: 32 } as const

/** Code points, so an emoji or a rare 汉字 outside the BMP is never split in half. */
function cut(text: string, max: number): string {
  const chars = Array.from(text)
  if (chars.length <= max) return text
  return chars.slice(0, max - 1).join('') + '…'
}

/** `thing`: ≤ 20 characters of any kind. */
export function subscribeThing(text: string): string {
  return cut(text.replace(/\s+/g, ' ').trim(), SUBSCRIBE_LIMITS.thing)
}

/** `phrase`: ≤ 5 汉字, nothing else (WeChat refuses digits and letters there). */
export function subscribePhrase(text: string): string {
  const han = Array.from(text.replace(/[^\u4e00-\u9fff]/g, ''))
  return han.length <= SUBSCRIBE_LIMITS.phrase ? han.join('') : han.slice(0, SUBSCRIBE_LIMITS.phrase).join('')
}

/** `character_string`: ≤ 32 of digits, letters and ASCII symbols. */
export function subscribeCharacterString(text: string): string {
  return cut(text.replace(/[^\x21-\x7e]/g, ''), SUBSCRIBE_LIMITS.character_string).replace('…', '')
}

/** `time`: `YYYY-MM-DD HH:mm` in China time, from an ISO time with offset. */
export function subscribeTime(iso: string): string {
  const ms = Date.parse(iso)
  if (Number.isNaN(ms)) return ''
  const d = new Date(ms + 8 * 3600 * 1000)
  const two = (n: number) => (n < 10 ? '0' : '') + n
  return `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`
}
