// Builds the OpenAPI 3.1 document from the route map (contract/routes.ts): the schemas come from the
// TypeScript types by ts-json-schema-generator, the operations from each route's entry. Nothing in
// docs/openapi.json is written by hand; `npm run openapi` rewrites it and a test checks it is current.

import path from 'node:path'
import { createGenerator, type Definition } from 'ts-json-schema-generator'
import { ERROR_STATUS, type ApiErrorCode } from '../contract/errors'

const root = path.resolve(__dirname, '..')

type Schema = Definition & Record<string, unknown>

interface RouteEntry {
  query?: Schema
  body?: Schema
  response: Schema
  status?: Schema
  contentType?: Schema
  errors?: Schema
  access: Schema
  roles?: Schema
  idempotent?: Schema
  summary: Schema
}

/** Component names allow [A-Za-z0-9._-]: `ListResponse<Favourite>` → `ListResponse_Favourite`. */
function componentName(definition: string): string {
  return definition.replace(/[<>, ]+/g, '_').replace(/_+$/, '').replace(/[^A-Za-z0-9._-]/g, '_')
}

function refName(ref: string): string {
  return decodeURIComponent(ref.replace('#/definitions/', ''))
}

/** Draft-07 `#/definitions/X` → `#/components/schemas/X`, and no `$schema` inside components. */
function rewriteRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewriteRefs)
  if (!value || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const [key, v] of Object.entries(value)) {
    if (key === '$schema') continue
    out[key] = key === '$ref' && typeof v === 'string' ? `#/components/schemas/${componentName(refName(v))}` : rewriteRefs(v)
  }
  return out
}

/** The literal values of a `const` or a union of them (`errors: 'NOT_FOUND' | 'CONFLICT'`). */
function literals(schema: Schema | undefined): (string | number | boolean)[] {
  if (!schema) return []
  if ('const' in schema) return [schema.const as string]
  if (Array.isArray(schema.enum)) return schema.enum as string[]
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as Schema[]).flatMap(literals)
  return []
}

function resolve(schema: Schema, definitions: Record<string, Schema>): Schema {
  let current = schema
  while (typeof current.$ref === 'string') current = definitions[refName(current.$ref)]
  return current
}

function operationId(method: string, routePath: string): string {
  const words = routePath
    .replace(/^\/api\//, '')
    .split(/[/.-]/)
    .filter(Boolean)
    .map((w) => (w.startsWith(':') ? `by ${w.slice(1)}` : w))
    .join(' ')
    .split(' ')
  return method.toLowerCase() + words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('')
}

const ERROR_MEANING: Record<number, string> = {
  400: '请求参数有误（error.fields 逐项说明）',
  401: '未登录或登录已失效',
  403: '角色无权访问',
  404: '不存在，或属于他人（不泄露是否存在）',
  409: '与当前状态冲突',
  413: '请求体超过 64 KB',
  500: '服务内部错误或数据未能保存（可用同一 Idempotency-Key 重试）',
}

function errorCodes(entry: RouteEntry, hasInput: boolean, routeKey: string): ApiErrorCode[] {
  const codes = new Set<ApiErrorCode>(literals(entry.errors) as ApiErrorCode[])
  // Any write's body is read as JSON (malformed → 400, past 64 KB → 413), whether or not the route uses it.
  const write = !routeKey.startsWith('GET ')
  if (hasInput || write) codes.add('VALIDATION_FAILED')
  if (literals(entry.access)[0] === 'user') codes.add('UNAUTHENTICATED')
  if (entry.roles) codes.add('FORBIDDEN')
  if (write) codes.add('PAYLOAD_TOO_LARGE')
  codes.add('INTERNAL')
  return [...codes]
}

function responsesOf(entry: RouteEntry, routeKey: string, hasInput: boolean): Record<string, unknown> {
  const statuses = entry.status ? (literals(entry.status) as number[]) : [200]
  const csv = literals(entry.contentType)[0] === 'text/csv'
  const content = csv
    ? { 'text/csv': { schema: { type: 'string', description: 'UTF-8 with BOM, CRLF' } } }
    : { 'application/json': { schema: rewriteRefs(entry.response) } }
  const responses: Record<string, unknown> = {}
  for (const status of statuses) {
    responses[String(status)] = { description: status === 201 ? '已创建' : '成功', content }
  }
  const byStatus = new Map<number, ApiErrorCode[]>()
  for (const code of errorCodes(entry, hasInput, routeKey)) {
    const status = ERROR_STATUS[code]
    byStatus.set(status, [...(byStatus.get(status) ?? []), code])
  }
  for (const [status, codes] of [...byStatus.entries()].sort((a, b) => a[0] - b[0])) {
    responses[String(status)] = {
      description: `${ERROR_MEANING[status]}：${codes.join(' | ')}`,
      content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiErrorBody' } } },
    }
  }
  return responses
}

function queryParameters(query: Schema | undefined, definitions: Record<string, Schema>): unknown[] {
  if (!query) return []
  const resolved = resolve(query, definitions)
  const required = new Set((resolved.required as string[] | undefined) ?? [])
  return Object.entries((resolved.properties ?? {}) as Record<string, Schema>).map(([name, schema]) => {
    const { description, ...rest } = schema
    const parameter: Record<string, unknown> = { name, in: 'query', required: required.has(name), schema: rewriteRefs(rest) }
    if (description) parameter.description = description
    return parameter
  })
}

export interface OpenApiDocument {
  openapi: string
  paths: Record<string, Record<string, Record<string, unknown>>>
  components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> }
  [key: string]: unknown
}

export function buildOpenApi(version: string): OpenApiDocument {
  const generator = createGenerator({
    path: path.join(root, 'contract/routes.ts'),
    tsconfig: path.join(root, 'tsconfig.json'),
    type: '*',
    expose: 'export',
    topRef: true,
    jsDoc: 'extended',
    skipTypeCheck: true,
  })
  const definitions: Record<string, Schema> = {}
  for (const type of ['ApiRoutes', 'ApiErrorBody']) {
    Object.assign(definitions, (generator.createSchema(type).definitions ?? {}) as Record<string, Schema>)
  }
  const routes = definitions.ApiRoutes.properties as Record<string, Schema>

  const paths: OpenApiDocument['paths'] = {}
  for (const [routeKey, routeSchema] of Object.entries(routes)) {
    const entry = (routeSchema.properties ?? {}) as unknown as RouteEntry
    const [method, routePath] = routeKey.split(' ')
    const openPath = routePath.replace(/:([A-Za-z]+)/g, '{$1}')
    const pathParams = [...routePath.matchAll(/:([A-Za-z]+)/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }))
    const parameters: unknown[] = [...pathParams, ...queryParameters(entry.query, definitions)]
    const idempotent = literals(entry.idempotent)[0] === true
    if (idempotent) {
      parameters.push({
        name: 'Idempotency-Key',
        in: 'header',
        required: false,
        description: '同一用户同一键：返回第一次的结果（同一 id、同一状态码，响应头 idempotent-replayed: true），24 小时内有效',
        schema: { type: 'string', minLength: 1, maxLength: 200, pattern: '^[\\x21-\\x7e]+$' },
      })
    }
    const roles = literals(entry.roles)
    const operation: Record<string, unknown> = {
      operationId: operationId(method, routePath),
      summary: literals(entry.summary)[0],
      tags: [roles.length === 1 && roles[0] === 'officer' ? 'officer' : routePath.split('/')[2]],
    }
    if (parameters.length) operation.parameters = parameters
    if (entry.body) operation.requestBody = { required: true, content: { 'application/json': { schema: rewriteRefs(entry.body) } } }
    operation.responses = responsesOf(entry, routeKey, parameters.length > 0 || Boolean(entry.body))
    operation.security = literals(entry.access)[0] === 'public' ? [{}, { bearer: [] }] : [{ bearer: [] }]
    if (roles.length) operation['x-roles'] = roles
    if (idempotent) operation['x-idempotent'] = true
    paths[openPath] = { ...(paths[openPath] ?? {}), [method.toLowerCase()]: operation }
  }
  paths['/api/openapi.json'] = {
    get: {
      operationId: 'getOpenapiJson',
      summary: '本文档（OpenAPI 3.1，由 contract/routes.ts 生成）',
      tags: ['meta'],
      security: [{}],
      responses: { '200': { description: '成功', content: { 'application/json': { schema: { type: 'object' } } } } },
    },
  }

  const schemas: Record<string, unknown> = {}
  for (const name of Object.keys(definitions).sort()) {
    if (name === 'ApiRoutes' || name === 'RouteDef' || name === 'RoutesAreDefs') continue
    schemas[componentName(name)] = rewriteRefs(definitions[name])
  }

  return {
    openapi: '3.1.0',
    info: {
      title: '惠企专利通 API',
      version,
      description:
        '专利开放许可、企业需求匹配、供需对接活动与入园惠企融资的 HTTP 接口。由 contract/routes.ts 生成，请勿手工编辑。' +
        '金额单位为分（整数），时间为带时区的 ISO 8601。错误统一为 { error: { code, message, fields? } }。',
    },
    servers: [{ url: '/', description: '与页面同源（本地 mock：npm run mock）' }],
    tags: [
      { name: 'officer', description: '工作人员（role officer）' },
      { name: 'meta', description: '接口文档' },
    ],
    paths,
    components: {
      schemas,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'POST /api/auth/login 返回的 token' } },
    },
  }
}
