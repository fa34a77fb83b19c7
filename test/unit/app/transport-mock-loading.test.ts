// The mini-program downloads the in-process mock as a subpackage; on a weak network that can fail.
// The failed request shows 网络 error (with 重试), and the retry loads the mock again.

import { api } from '@/api/client'
import { loadInprocMock } from '@/platform/mock-loader'

jest.mock('@/platform/mock-loader', () => {
  const actual = jest.requireActual('@/platform/mock-loader')
  return { loadInprocMock: jest.fn(actual.loadInprocMock) }
})

test('should report a failed mock download as a network error and load it again on the retry', async () => {
  const load = loadInprocMock as jest.MockedFunction<typeof loadInprocMock>
  load.mockRejectedValueOnce({ mod: 'mockpkg/inproc.js', errMsg: 'loadSubpackage: fail' })

  await expect(api('GET /api/health')).rejects.toMatchObject({ code: 'NETWORK' })
  const health = await api('GET /api/health')
  expect(health.ok).toBe(true)
  expect(load).toHaveBeenCalledTimes(2)

  // Once loaded, it stays loaded.
  await api('GET /api/health')
  expect(load).toHaveBeenCalledTimes(2)
})
