// Checks one HTTP answer against docs/openapi.json (generated from contract/routes.ts): the status must
// be one the operation documents, and a JSON body must match that status's schema. The mock's own API
// tests check strictly (no field the contract does not name); the contract suite allows additions, since
// a backend may extend the contract but never break it.

import { readFileSync } from 'node:fs'
import path from 'node:path'
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020'
import addFormats from 'ajv-formats'

interface Operation {
  responses: Record<string, { content?: Record<string, { schema: object }> }>
}
interface Document {
  paths: Record<string, Record<string, Operation>>
  components: { schemas: Record<string, object> }
}

const DOC_ID = 'https://huiqi.example/openapi.json'
const doc = JSON.parse(readFileSync(path.resolve(__dirname, '../../docs/openapi.json'), 'utf8')) as Document

interface Template {
  segments: string[]
  literals: number
  path: string
}
const templates: Template[] = Object.keys(doc.paths)
  .map((p) => {
    const segments = p.split('/').filter(Boolean)
    return { path: p, segments, literals: segments.filter((s) => !s.startsWith('{')).length }
  })
  .sort((a, b) => b.literals - a.literals)

/** `/api/events/ev-1/roster` → `/api/events/{id}/roster`; null when the contract has no such path. */
export function templateOf(urlPath: string): string | null {
  const segments = urlPath.split('?')[0].split('/').filter(Boolean)
  const hit = templates.find((t) => t.segments.length === segments.length && t.segments.every((s, i) => s.startsWith('{') || s === segments[i]))
  return hit ? hit.path : null
}

function relax(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(relax)
  if (!value || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const [key, v] of Object.entries(value)) if (!(key === 'additionalProperties' && v === false)) out[key] = relax(v)
  return out
}

function validatorSet(strict: boolean) {
  const ajv = new Ajv2020({ strict: false, allErrors: true })
  addFormats(ajv)
  ajv.addSchema({ $id: DOC_ID, components: strict ? doc.components : relax(doc.components) })
  const compiled = new Map<string, ValidateFunction>()
  return (schema: object, key: string): ValidateFunction => {
    let fn = compiled.get(key)
    if (!fn) {
      const text = JSON.stringify(strict ? schema : relax(schema)).replace(/"#\/components\//g, `"${DOC_ID}#/components/`)
      fn = ajv.compile(JSON.parse(text) as object)
      compiled.set(key, fn)
    }
    return fn
  }
}
// Built on first use: most test files check strictly and never need the relaxed copy of the schemas.
const sets: { strict?: ReturnType<typeof validatorSet>; relaxed?: ReturnType<typeof validatorSet> } = {}
function compilerFor(strict: boolean): ReturnType<typeof validatorSet> {
  return strict ? (sets.strict ??= validatorSet(true)) : (sets.relaxed ??= validatorSet(false))
}
const errorEnvelope = { $ref: '#/components/schemas/ApiErrorBody' }

export interface Answer {
  method: string
  /** Path as sent (a query string is ignored). */
  path: string
  status: number
  contentType: string | null
  body: unknown
}

/** Problems with the answer (empty when it matches the contract). */
export function contractProblems(answer: Answer, options: { strict: boolean }): string[] {
  const method = answer.method.toLowerCase()
  // Preflights, HEAD and the H5 build's static files are not part of the API.
  if (method === 'options' || method === 'head' || !/^\/api(\/|$|\?)/.test(answer.path)) return []
  const compile = compilerFor(options.strict)
  const where = `${answer.method} ${answer.path.split('?')[0]} → ${answer.status}`
  const template = templateOf(answer.path)
  const operation = template ? doc.paths[template][method] : undefined
  let schema: object | undefined
  let key: string
  if (!operation) {
    // No such route: the only contract answer is the error envelope.
    if (answer.status < 400) return [`${where}: 成功应答，但契约中没有这个接口`]
    schema = errorEnvelope
    key = 'error'
  } else {
    const response = operation.responses[String(answer.status)]
    if (!response) return [`${where}: 契约未列出这个状态码（有 ${Object.keys(operation.responses).join(', ')}）`]
    const json = response.content?.['application/json']
    if (!json) {
      if (typeof answer.body !== 'string' && answer.body !== null) return [`${where}: 应答应为文本（${Object.keys(response.content ?? {}).join(', ')}）`]
      return []
    }
    if (answer.contentType && !answer.contentType.includes('application/json')) return [`${where}: Content-Type 为 ${answer.contentType}，应为 application/json`]
    schema = json.schema
    key = `${template} ${method} ${answer.status}`
  }
  const validate = compile(schema, key)
  if (validate(answer.body)) return []
  return (validate.errors ?? []).slice(0, 8).map((e) => `${where}: ${e.instancePath || '(body)'} ${e.message}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`)
}
