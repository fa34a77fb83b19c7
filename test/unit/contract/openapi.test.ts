/** @jest-environment node */
// docs/openapi.json is complete against API.md, docs/api-extensions.md and the mock's route table, and
// served by the HTTP mock. That it is current and valid OpenAPI 3.1 is `npm run openapi -- --check`
// (the validator is an ES module, which this Jest setup does not load).

import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { defaultRoutes } from '@mock/handlers'
import type { OpenApiDocument } from '../../../scripts/openapi-build'
import { contractProblems, templateOf } from '../../support/openapi-check'
import { startServer } from '../../api/helpers'

const root = path.resolve(__dirname, '../../..')
const committed = JSON.parse(readFileSync(path.join(root, 'docs/openapi.json'), 'utf8')) as OpenApiDocument

function operations(doc: { paths: Record<string, object> }): string[] {
  return Object.entries(doc.paths).flatMap(([p, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${p}`))
}

/** `METHOD /api/...` as the prose names them: `POST/PATCH /api/events`, `GET /api/patents*`, `?query=` dropped. */
function mentionedOperations(markdown: string): string[] {
  const out = new Set<string>()
  for (const m of markdown.matchAll(/`((?:GET|POST|PUT|PATCH|DELETE)(?:\/(?:GET|POST|PUT|PATCH|DELETE))*) (\/api[^\s`?*]*)/g)) {
    for (const method of m[1].split('/')) out.add(`${method} ${m[2]}`)
  }
  return [...out]
}

test.each([
  ['API.md', path.resolve(root, '../shared/API.md')],
  ['docs/api-extensions.md', path.join(root, 'docs/api-extensions.md')],
])('every operation %s names is documented', (_name, file) => {
  expect(existsSync(file)).toBe(true)
  const documented = new Set(operations(committed))
  const mentioned = mentionedOperations(readFileSync(file, 'utf8'))
  expect(mentioned.length).toBeGreaterThan(25)
  const missing = mentioned.filter((op) => {
    const [method, p] = op.split(' ')
    const template = templateOf(p.replace(/:([A-Za-z]+)/g, '{$1}'))
    return !template || !documented.has(`${method} ${template}`)
  })
  expect(missing).toEqual([])
})

test('the mock implements every documented operation and nothing undocumented', () => {
  const implemented = Object.keys(defaultRoutes).map((k) => k.replace(/:([A-Za-z]+)/g, '{$1}')).sort()
  const documented = operations(committed).filter((op) => op !== 'GET /api/openapi.json').sort()
  expect(implemented).toEqual(documented)
})

test('every operation lists its success and error answers, with the error envelope', () => {
  for (const [p, item] of Object.entries(committed.paths)) {
    if (p === '/api/openapi.json') continue
    for (const op of Object.values(item) as { responses: Record<string, { content: Record<string, { schema: { $ref?: string } }> }> }[]) {
      const statuses = Object.keys(op.responses)
      expect(statuses.some((s) => s.startsWith('2'))).toBe(true)
      expect(statuses).toContain('500')
      for (const s of statuses.filter((x) => Number(x) >= 400)) {
        expect(op.responses[s].content['application/json'].schema.$ref).toBe('#/components/schemas/ApiErrorBody')
      }
    }
  }
  const signUp = committed.paths['/api/events/{id}/registrations'].post as { responses: Record<string, { description: string }>; 'x-idempotent'?: boolean; 'x-roles'?: string[] }
  expect(Object.keys(signUp.responses).sort()).toEqual(['201', '400', '401', '403', '404', '409', '413', '500'])
  expect(signUp.responses['409'].description).toContain('EVENT_FULL')
  expect(signUp['x-idempotent']).toBe(true)
  expect(signUp['x-roles']).toEqual(['sme'])
})

describe('the answer check', () => {
  const health = { method: 'GET', path: '/api/health', status: 200, contentType: 'application/json' }

  test('accepts a matching answer and the error envelope on a documented error status', () => {
    expect(contractProblems({ ...health, body: { ok: true, version: '1' } }, { strict: true })).toEqual([])
    const error = { error: { code: 'NOT_FOUND', message: '活动不存在或已下线' } }
    expect(contractProblems({ method: 'GET', path: '/api/events/nope', status: 404, contentType: 'application/json', body: error }, { strict: true })).toEqual([])
  })

  test('refuses a wrong type, a missing field and an undocumented status', () => {
    expect(contractProblems({ ...health, body: { ok: 'yes', version: '1' } }, { strict: true }).join()).toContain('/ok')
    expect(contractProblems({ ...health, body: { ok: true } }, { strict: true }).join()).toContain('version')
    expect(contractProblems({ ...health, status: 201, body: { ok: true, version: '1' } }, { strict: true }).join()).toContain('契约未列出这个状态码')
  })

  test('refuses an extra field strictly (the mock) but allows it relaxed (an extended backend)', () => {
    const extended = { ...health, body: { ok: true, version: '1', region: 'cn-south' } }
    expect(contractProblems(extended, { strict: true }).join()).toContain('region')
    expect(contractProblems(extended, { strict: false })).toEqual([])
  })
})

test('the HTTP mock serves the document at GET /api/openapi.json', async () => {
  const srv = await startServer({ patentCount: 10 })
  try {
    const res = await fetch(`${srv.base}/api/openapi.json`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('application/json')
    expect(await res.json()).toEqual(committed)
  } finally {
    await srv.close()
  }
})
