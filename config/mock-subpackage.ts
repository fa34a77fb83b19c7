// Mini-program builds that run the mock in-process (HUIQI_API_BASE empty) ship it as one
// self-contained CommonJS file in its own subpackage, `mockpkg/`, which the main package loads with
// WeChat's require.async (分包异步化, src/platform/mock-loader.weapp.ts). That keeps ≈150 KB of mock
// handlers and seed tables out of the 600 KB main-package budget.
//
// esbuild bundles it (TypeScript, tsconfig paths) rather than webpack so the file has no webpack
// runtime of its own and nothing in it depends on the main package's module ids.
import path from 'node:path'
import { build } from 'esbuild'
import type { Compiler } from 'webpack'

export const MOCK_SUBPACKAGE_ROOT = 'mockpkg'
export const MOCK_BUNDLE_FILE = `${MOCK_SUBPACKAGE_ROOT}/inproc.js`

export async function bundleInprocMock(root: string) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [path.join(root, 'mock/transports/inproc.ts')],
    tsconfig: path.join(root, 'tsconfig.json'),
    bundle: true,
    format: 'cjs',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    // WeChat's JS engines (iOS 10+, Android V8) run ES2015; async functions are lowered.
    target: 'es2015',
    minify: true,
    legalComments: 'none',
    metafile: true,
    write: false,
    logLevel: 'silent',
  })
  return { code: result.outputFiles[0].text, inputs: Object.keys(result.metafile.inputs).map((f) => path.join(root, f)) }
}

export class MockSubpackagePlugin {
  constructor(private readonly root: string) {}

  apply(compiler: Compiler): void {
    const { Compilation, sources } = compiler.webpack
    compiler.hooks.thisCompilation.tap('MockSubpackagePlugin', (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        { name: 'MockSubpackagePlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        async () => {
          const { code, inputs } = await bundleInprocMock(this.root)
          // Watch mode rebuilds when a mock file changes.
          compilation.fileDependencies.addAll(inputs)
          compilation.emitAsset(MOCK_BUNDLE_FILE, new sources.RawSource(code), { minimized: true })
        },
      )
    })
  }
}
