import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'

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
    files: ['src/api/**', 'src/rules/**', 'src/platform/**', 'src/stores/**', 'src/components/**', 'src/utils/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@/features/*', '@/pages/*', '@/officer/*'], message: 'shared code must not import features, pages or the officer subpackage' }] }],
    },
  },
  {
    files: ['src/pages/**', 'src/features/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@/officer/*', '../officer/*'], message: 'the main package must not import the officer subpackage' }] }],
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
