// The one error envelope of API.md and its codes. The mock answers with these, the app's client
// turns them into Chinese messages, and the OpenAPI document lists them per route.

/** Every code the contract answers with, and its HTTP status. */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  EVENT_FULL: 409,
  WINDOW_CLOSED: 409,
  PLEDGE_BLOCKED: 409,
  PAYLOAD_TOO_LARGE: 413,
  INTERNAL: 500,
} as const

export type ApiErrorCode = keyof typeof ERROR_STATUS

export interface PledgeBlockedPatent {
  patentId: string
  patentNo: string
  title: string
  problems: { code: string; message: string; action: string; ground: string }[]
}

export interface ApiErrorBody {
  error: {
    code: ApiErrorCode
    /** Chinese, safe to show as is. */
    message: string
    /** Per-field Chinese messages for VALIDATION_FAILED (body fields or query parameter names). */
    fields?: Record<string, string>
    /** PLEDGE_BLOCKED: the 质押前自查 of each pledged patent that has a problem. */
    problems?: PledgeBlockedPatent[]
  }
}
