// `npm run openapi`: writes docs/openapi.json from contract/routes.ts after validating it as OpenAPI 3.1.
// `-- --check` (CI) validates and fails when the committed document is not what the contract generates:
// it is never edited by hand.

import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { buildOpenApi } from './openapi-build'

const root = path.resolve(__dirname, '..')
const target = path.join(root, 'docs/openapi.json')
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }

const text = JSON.stringify(buildOpenApi(version), null, 2) + '\n'
const doc = JSON.parse(text) as { paths: Record<string, object>; components: { schemas: object } }
const operations = Object.values(doc.paths).reduce((n, item) => n + Object.keys(item).length, 0)
const summary = `${operations} operations on ${Object.keys(doc.paths).length} paths, ${Object.keys(doc.components.schemas).length} schemas, ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`

async function validate(): Promise<void> {
  // An ES module: loaded the way tsx can from this CommonJS script.
  const { Validator } = (await import('@seriousme/openapi-schema-validator')) as typeof import('@seriousme/openapi-schema-validator')
  const result = await new Validator().validate(JSON.parse(text) as Parameters<InstanceType<typeof Validator>["validate"]>[0])
  if (!result.valid) {
    console.error('生成的 OpenAPI 文档未通过 3.1 校验：', JSON.stringify(result.errors, null, 2).slice(0, 4000))
    process.exit(1)
  }
}

if (process.argv.includes('--check')) {
  let current = ''
  try {
    current = readFileSync(target, 'utf8')
  } catch {
    // missing counts as stale
  }
  if (current !== text) {
    console.error('docs/openapi.json 与 contract/routes.ts 生成的不一致：请运行 npm run openapi 并提交')
    process.exit(1)
  }
  void validate().then(() => console.log(`docs/openapi.json is current and valid OpenAPI 3.1: ${summary}`))
} else {
  void validate().then(() => {
    writeFileSync(target, text)
    console.log(`docs/openapi.json (valid OpenAPI 3.1): ${summary}`)
  })
}
