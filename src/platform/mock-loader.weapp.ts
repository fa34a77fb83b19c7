// Mini-program: the mock is its own subpackage (config/mock-subpackage.ts), so the main package
// stays within budget. WeChat's require.async downloads and runs it (分包异步化, base library ≥ 2.11.2).
// `__non_webpack_require__` is WeChat's own per-file require; webpack's would not find the file.
// The path is relative to the main package's root chunk this module is bundled into (scripts/
// check-weapp.mjs fails the build check if that ever changes).
import type { InprocMockModule } from './mock-loader'

export type { InprocMockModule } from './mock-loader'

declare const __non_webpack_require__: { async(path: string): Promise<unknown> }

export function loadInprocMock(): Promise<InprocMockModule> {
  return __non_webpack_require__.async('./mockpkg/inproc.js') as Promise<InprocMockModule>
}
