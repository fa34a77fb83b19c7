// Result types shared by forms and mock handlers, so a field error reads the same on both sides.

export type RuleResult<T> = { ok: true; value: T } | { ok: false; message: string }

export type FieldErrors = Record<string, string>

export type FieldsResult<T> = { ok: true; value: T } | { ok: false; fields: FieldErrors }

export function ok<T>(value: T): RuleResult<T> {
  return { ok: true, value }
}

export function fail<T = never>(message: string): RuleResult<T> {
  return { ok: false, message }
}

export function isPlainObject(input: unknown): input is Record<string, unknown> {
  return typeof input === 'object' && input !== null && !Array.isArray(input)
}

// Own properties only: a JSON body like {"__proto__": …} or a missing key must not pick up values
// from Object.prototype (e.g. `constructor`), and `key in obj` would.
export function hasOwn(obj: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key)
}

export function own(obj: object, key: string): unknown {
  return hasOwn(obj, key) ? (obj as Record<string, unknown>)[key] : undefined
}

/** What a body that is not a JSON object (an array, a string, null) is told. */
export const BODY_NOT_OBJECT = '请求体应为 JSON 对象'

// `T extends object` rather than Record<string, unknown> so interfaces (which lack an index signature)
// such as EnterpriseProfile can be named as T.
export function collectFields<T extends object>(
  input: unknown,
  rules: { [K in keyof T]: (raw: unknown) => RuleResult<T[K]> },
): FieldsResult<T> {
  if (!isPlainObject(input)) return { ok: false, fields: { _: '请求格式不正确' } }
  const value: Partial<T> = {}
  const fields: FieldErrors = {}
  let failed = false
  for (const key in rules) {
    if (!hasOwn(rules, key)) continue
    const result = rules[key](own(input, key))
    if (result.ok) {
      value[key] = result.value
    } else {
      fields[key] = result.message
      failed = true
    }
  }
  return failed ? { ok: false, fields } : { ok: true, value: value as T }
}
