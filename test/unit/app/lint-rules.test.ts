import { execFileSync } from 'node:child_process'
import path from 'node:path'

// The layer rules of eslint.config.mjs, run through the ESLint Node API on in-memory snippets. A child
// Node process loads the flat config as ESM, as `npx eslint` does (Jest's module sandbox does not).
const root = path.resolve(__dirname, '../../..')

interface Message { ruleId: string | null; message: string }

function lint(filePath: string, code: string): Message[] {
  const script = `
    import { ESLint } from 'eslint'
    const eslint = new ESLint({ cwd: process.cwd() })
    const [result] = await eslint.lintText(process.env.CODE, { filePath: process.env.FILE })
    process.stdout.write(JSON.stringify(result.messages.map(({ ruleId, message }) => ({ ruleId, message }))))
  `
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, env: { ...process.env, CODE: code, FILE: path.join(root, filePath) }, encoding: 'utf8' })
  return JSON.parse(out) as Message[]
}

test('should refuse an import from another feature, by alias or by relative path', () => {
  const messages = lint(
    'src/features/needs/components/lint-probe.ts',
    "import { patentKeys } from '@/features/patents/api/patents'\nimport { eventKeys } from '../../events/api/events'\nimport { needKeys } from '../api/needs'\nexport const keys = [patentKeys, eventKeys, needKeys]\n",
  )
  const cross = messages.filter((m) => m.ruleId === 'huiqi/no-cross-feature-imports')
  expect(cross.map((m) => m.message)).toEqual([
    expect.stringContaining("feature 'needs' imports feature 'patents'"),
    expect.stringContaining("feature 'needs' imports feature 'events'"),
  ])
})

test('should let a page import any feature', () => {
  const messages = lint('src/pages/lint-probe/index.ts', "import { patentKeys } from '@/features/patents/api/patents'\nimport { needKeys } from '@/features/needs/api/needs'\nexport const keys = [patentKeys, needKeys]\n")
  expect(messages).toEqual([])
})

test('should refuse a literal queryKey array and accept a key factory', () => {
  const messages = lint(
    'src/features/needs/api/lint-probe.ts',
    "import type { QueryClient } from '@tanstack/react-query'\nimport { needKeys } from './needs'\nexport function refresh(queryClient: QueryClient) {\n  queryClient.invalidateQueries({ queryKey: ['me'] })\n  queryClient.invalidateQueries({ queryKey: needKeys.all })\n}\n",
  )
  expect(messages).toEqual([{ ruleId: 'no-restricted-syntax', message: expect.stringContaining("key factory") }])
})
