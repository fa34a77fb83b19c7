// H5 has no subscribe messages: status changes reach people through 消息 (notifications) instead.

export type SubscribeOutcome = 'asked' | 'skipped' | 'failed'

/** Must be called synchronously inside a tap handler (WeChat refuses it after an await). */
export function requestSubscribe(_templateIds: readonly string[]): Promise<SubscribeOutcome> {
  return Promise.resolve('skipped')
}

/** The configured templates, capped at the 3 WeChat accepts per call. */
export function subscribeTemplates(): string[] {
  return HUIQI_SUBSCRIBE_TEMPLATES.filter(Boolean).slice(0, 3)
}
