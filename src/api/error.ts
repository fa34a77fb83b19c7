// Errors are values with a code; this is the one place that turns codes and `fields` into Chinese.
import type { ApiErrorCode as ContractErrorCode } from '@contract/errors'

/** The contract's codes plus NETWORK: no answer at all (offline, DNS, timeout). */
export type ApiErrorCode = ContractErrorCode | 'NETWORK'

const FALLBACK_MESSAGES: Record<ApiErrorCode, string> = {
  VALIDATION_FAILED: '填写内容有误，请检查后重试',
  UNAUTHENTICATED: '登录已过期，请重新登录',
  FORBIDDEN: '无权限进行此操作',
  NOT_FOUND: '内容不存在或已下线',
  CONFLICT: '操作冲突，请刷新后重试',
  EVENT_FULL: '活动名额已满',
  WINDOW_CLOSED: '不在报名时间内',
  PLEDGE_BLOCKED: '拟质押的专利存在不能办理质押登记的问题',
  PAYLOAD_TOO_LARGE: '提交内容过大',
  INTERNAL: '服务暂时不可用，请稍后重试',
  NETWORK: '网络异常，请检查网络后重试',
}

export class ApiError extends Error {
  readonly code: ApiErrorCode
  readonly status: number
  readonly fields: Record<string, string>

  constructor(code: ApiErrorCode, status: number, message?: string, fields?: Record<string, string>) {
    super(message || FALLBACK_MESSAGES[code] || FALLBACK_MESSAGES.INTERNAL)
    this.name = 'ApiError'
    this.code = code
    this.status = status
    this.fields = fields ?? {}
  }
}

export function toApiError(status: number, body: unknown): ApiError {
  const envelope = (body as { error?: { code?: string; message?: string; fields?: Record<string, string> } } | null)?.error
  const code = (envelope?.code && envelope.code in FALLBACK_MESSAGES ? envelope.code : statusToCode(status)) as ApiErrorCode
  return new ApiError(code, status, envelope?.message, envelope?.fields)
}

function statusToCode(status: number): ApiErrorCode {
  if (status === 400) return 'VALIDATION_FAILED'
  if (status === 401) return 'UNAUTHENTICATED'
  if (status === 403) return 'FORBIDDEN'
  if (status === 404) return 'NOT_FOUND'
  if (status === 409) return 'CONFLICT'
  if (status === 413) return 'PAYLOAD_TOO_LARGE'
  return 'INTERNAL'
}

/** The sentence to show a person for any thrown value. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message
  return FALLBACK_MESSAGES.NETWORK
}

export function isRetryable(error: unknown): boolean {
  return !(error instanceof ApiError) || error.code === 'INTERNAL' || error.code === 'NETWORK'
}

/** The thing asked for does not exist (404): retrying cannot help, the screen should say so. */
export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'NOT_FOUND'
}
