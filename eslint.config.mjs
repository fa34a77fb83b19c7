import path from 'node:path'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'

// Features never import each other (bulletproof-react's shared → features → app): what two features
// need moves down (src/shared, src/components, src/utils, src/api …) and pages compose features.
const FEATURE_OF = /(?:^|[\\/])src[\\/]features[\\/]([^\\/]+)[\\/]/
export const noCrossFeatureImports = {
  meta: { type: 'problem', schema: [], messages: { cross: "feature '{{from}}' imports feature '{{to}}': move the shared part down (src/shared …) or compose both in the page" } },
  create(context) {
    const own = context.filename.match(FEATURE_OF)?.[1]
    if (!own) return {}
    const check = (node) => {
      const source = node.source?.value
      if (typeof source !== 'string') return
      let target = source.match(/^@\/features\/([^/]+)/)?.[1]
      if (!target && source.startsWith('.')) target = `${path.resolve(path.dirname(context.filename), source)}/`.match(FEATURE_OF)?.[1]
      if (target && target !== own) context.report({ node: node.source, messageId: 'cross', data: { from: own, to: target } })
    }
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check }
  },
}

// Query keys come from each feature's key factory (all → lists() → list(f) → detail(id)), so one
// invalidation reaches every entry it should and no key is spelled twice.
export const QUERY_KEY_LITERAL = {
  selector: "Property[key.name='queryKey'] > ArrayExpression",
  message: "build query keys with the feature's key factory (xKeys.all / lists() / list(f) / detail(id)), not an array literal",
}

// Officer-only features: used by the officer subpackage alone, so optimizeMainPackage keeps them out of
// the main package as long as nothing in the main package imports them.
const OFFICER_FEATURES = ['application-review', 'checkin', 'event-admin', 'event-ops', 'notices', 'registration-review', 'subscribe-outbox']

export default tseslint.config(
  { ignores: ['dist/**', 'dist-*/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'playwright-report/**', '.swc/**'] },
  ...tseslint.configs.recommended,
  {
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // Layers: shared code never reaches into features or pages; the main package never imports the officer subpackage.
    files: ['src/api/**', 'src/rules/**', 'src/platform/**', 'src/stores/**', 'src/components/**', 'src/utils/**', 'src/shared/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@/features/*', '@/pages/*', '@/officer/*'], message: 'shared code must not import features, pages or the officer subpackage' }] }],
    },
  },
  {
    files: ['src/pages/**', 'src/features/**'],
    ignores: OFFICER_FEATURES.map((f) => `src/features/${f}/**`),
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['@/officer/*', '../officer/*'], message: 'the main package must not import the officer subpackage' },
        { group: OFFICER_FEATURES.map((f) => `@/features/${f}/*`), message: 'officer-only features belong to the officer subpackage: import them from src/officer/pages only' },
      ] }],
    },
  },
  {
    // The officer features may use the officer subpackage's own shared UI (src/officer/components), nothing else of it.
    files: OFFICER_FEATURES.map((f) => `src/features/${f}/**`),
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@/officer/*', '!@/officer/components', '!@/officer/components/*'], message: 'officer features may import src/officer/components only' }] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { huiqi: { rules: { 'no-cross-feature-imports': noCrossFeatureImports } } },
    rules: {
      'huiqi/no-cross-feature-imports': 'error',
      'no-restricted-syntax': ['error', QUERY_KEY_LITERAL],
    },
  },
  {
    files: ['mock/**'],
    ignores: ['mock/transports/http*.ts'],
    rules: {
      // mock/ runs inside the mini-program too: no Node built-ins there.
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', 'fs', 'http', 'path', 'crypto', 'zlib'], message: 'mock core runs in the mini-program; keep Node built-ins in mock/transports/http*.ts' }] }],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', 'scripts/**/*.mjs', 'test/weapp/**/*.mjs'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
)
