import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import { MockSubpackagePlugin } from './mock-subpackage'
import { WEAPP_PROVIDED_GLOBALS } from './weapp-globals'
import { assertReleasePosterOrigin } from './poster-origin'

const root = path.resolve(__dirname, '..')

// Empty base URL = the mock runs in-process (mini-program default: no server, no domain whitelist).
// H5 defaults to its own origin, where `npm start` serves the mock API next to the app.
function apiBase(): string {
  const fromEnv = process.env.HUIQI_API_BASE
  if (fromEnv !== undefined) return fromEnv
  return process.env.TARO_ENV === 'h5' ? '/' : ''
}

// Taro compiles only src/ by default. The in-process mock lives in mock/ (it is also the Node server),
// the API's types and enums in contract/ (shared with the mock), and @tanstack/react-query ships
// `#private` class fields that Taro's minifier rejects unless compiled.
const extraDirs = [path.join(root, 'mock') + path.sep, path.join(root, 'contract') + path.sep]
const compileExtra = {
  include: [(file: string) => extraDirs.some((dir) => file.startsWith(dir)) || /node_modules[\\/]@tanstack[\\/]/.test(file)],
}

const sassQuiet = {
  sassLoaderOption: {
    sassOptions: { quietDeps: true, silenceDeprecations: ['import', 'global-builtin', 'legacy-js-api', 'slash-div', 'color-functions'] },
  },
}

const h5Origin = process.env.HUIQI_H5_ORIGIN || 'http://localhost:8080'

export default defineConfig<'webpack5'>(async () => {
  if (process.env.HUIQI_RELEASE === '1') assertReleasePosterOrigin(h5Origin)
  const config: UserConfigExport<'webpack5'> = {
    projectName: 'huiqi-patent',
    date: '2026-11-25',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // HUIQI_OUT_DIR lets parallel work build side by side (e.g. dist-events/weapp) without clobbering dist/.
    outputRoot: `${process.env.HUIQI_OUT_DIR || 'dist'}/${process.env.TARO_ENV}`,
    plugins: [],
    defineConstants: {
      HUIQI_API_BASE: JSON.stringify(apiBase()),
      // Where the H5 app is served, for links the mini-program hands out (poster QR codes).
      HUIQI_H5_ORIGIN: JSON.stringify(h5Origin),
      HUIQI_MOCK_PATENTS: JSON.stringify(Number(process.env.HUIQI_MOCK_PATENTS || 2000)),
      HUIQI_SUBSCRIBE_TEMPLATES: JSON.stringify((process.env.HUIQI_SUBSCRIBE_TEMPLATES || 'tmpl-registration-status,tmpl-application-status').split(',')),
    },
    alias: {
      '@': path.join(root, 'src'),
      '@mock': path.join(root, 'mock'),
      '@contract': path.join(root, 'contract'),
    },
    // The H5 service worker must sit at the site root to control every page (src/platform/offline-shell.ts).
    copy: { patterns: process.env.TARO_ENV === 'h5' ? [{ from: 'src/sw.js', to: `${process.env.HUIQI_OUT_DIR || 'dist'}/h5/sw.js` }] : [], options: {} },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    mini: {
      ...sassQuiet,
      compile: compileExtra,
      optimizeMainPackage: { enable: true },
      webpackChain(chain) {
        chain.plugin('providerPlugin').tap(([definitions]) => [{ ...definitions, ...WEAPP_PROVIDED_GLOBALS }])
        if (apiBase() === '') chain.plugin('mock-subpackage').use(MockSubpackagePlugin, [root])
      },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
    h5: {
      ...sassQuiet,
      publicPath: '/',
      // Taro's React components render plain DOM instead of Stencil web components that each
      // upgrade and hydrate at start-up: the patent list's blocking time fell from ~200 ms to ~90 ms
      // (Lighthouse, mobile). The mini-program build is unaffected.
      useHtmlComponents: true,
      staticDirectory: 'static',
      router: { mode: 'browser' },
      devServer: { proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: true } } },
      compile: compileExtra,
      output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[contenthash:8].js' },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
  }
  return config
})
