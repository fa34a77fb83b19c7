// Loads the in-process mock. H5 demo builds and tests bundle it like any module; the mini-program
// fetches it from its own subpackage (./mock-loader.weapp.ts).
export type InprocMockModule = typeof import('@mock/transports/inproc')

export function loadInprocMock(): Promise<InprocMockModule> {
  // A build-time constant: webpack skips the dead branch, so builds that talk to a server (H5 by
  // default) carry none of the mock.
  if (HUIQI_API_BASE === '') {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return Promise.resolve(require('@mock/transports/inproc') as InprocMockModule)
  }
  return Promise.reject(new Error('this build talks to an API server, not the in-process mock'))
}
