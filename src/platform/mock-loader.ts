// Loads the in-process mock. H5 demo builds and tests bundle it like any module; the mini-program
// fetches it from its own subpackage (./mock-loader.weapp.ts).
export type InprocMockModule = typeof import('@mock/transports/inproc')

export function loadInprocMock(): Promise<InprocMockModule> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return Promise.resolve(require('@mock/transports/inproc') as InprocMockModule)
}
