// Globals the mini-program's JS engine lacks but the bundle's libraries use. WeChat's logic layer has
// no AbortController, and TanStack Query 5 creates one in every query fetch: without it the
// ReferenceError is swallowed and every query stays pending (TanStack/query#5837, NervJS/taro#15025).
// Taro's ProvidePlugin rewrites each free use into an import of the ponyfill, so nothing is written to
// the global object and the H5 build, which has the browser's own, is untouched.
// `test/weapp` (npm run test:weapp) records any other missing global the build touches.
export const WEAPP_PROVIDED_GLOBALS: Record<string, [string, string]> = {
  AbortController: ['abort-controller/dist/abort-controller.js', 'AbortController'],
  AbortSignal: ['abort-controller/dist/abort-controller.js', 'AbortSignal'],
}
