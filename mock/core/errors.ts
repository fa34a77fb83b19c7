// The one error envelope of API.md: { error: { code, message (Chinese), fields? } }.

import { ERROR_STATUS, type ApiErrorBody, type ApiErrorCode } from '@contract/errors'

const DEFAULT_MESSAGE: Record<ApiErrorCode, string> = {
  VALIDATION_FAILED: '请求参数有误',
  UNAUTHENTICATED: '请先登录',
  FORBIDDEN: '无权限进行此操作',
  NOT_FOUND: '内容不存在',
  CONFLICT: '操作冲突，请刷新后重试',
  EVENT_FULL: '活动名额已满',
  WINDOW_CLOSED: '不在报名时间内',
  PLEDGE_BLOCKED: '拟质押的专利存在不能办理质押登记的问题',
  PAYLOAD_TOO_LARGE: '提交内容过大（不能超过 64 KB）',
  INTERNAL: '服务暂时不可用，请稍后重试',
}

/** Thrown by handlers and the router; turned into the envelope by `handle`. */
export class MockHttpError extends Error {
  readonly status: number
  readonly code: ApiErrorCode
  readonly fields?: Record<string, string>
  /** PLEDGE_BLOCKED only. */
  problems?: NonNullable<ApiErrorBody['error']['problems']>

  constructor(code: ApiErrorCode, message?: string, fields?: Record<string, string>, status?: number) {
    super(message || DEFAULT_MESSAGE[code])
    this.name = 'MockHttpError'
    this.code = code
    this.status = status ?? ERROR_STATUS[code]
    this.fields = fields
  }
}

export function errorBody(
  code: ApiErrorCode,
  message?: string,
  fields?: Record<string, string>,
  problems?: ApiErrorBody['error']['problems'],
): ApiErrorBody {
  const error: ApiErrorBody['error'] = { code, message: message || DEFAULT_MESSAGE[code] }
  if (fields && Object.keys(fields).length > 0) error.fields = fields
  if (problems && problems.length > 0) error.problems = problems
  return { error }
}

export function validationFailed(fields: Record<string, string>, message = '提交的内容有误，请检查后重试'): MockHttpError {
  return new MockHttpError('VALIDATION_FAILED', message, fields)
}

export function notFound(message?: string): MockHttpError {
  return new MockHttpError('NOT_FOUND', message)
}

export function conflict(message?: string, code: 'CONFLICT' | 'EVENT_FULL' | 'WINDOW_CLOSED' = 'CONFLICT'): MockHttpError {
  return new MockHttpError(code, message)
}

export function forbidden(message?: string): MockHttpError {
  return new MockHttpError('FORBIDDEN', message)
}
