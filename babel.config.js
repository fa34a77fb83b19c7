// babel-preset-taro is also what Jest uses, so tests see the same transforms as both builds.
// No core-js polyfills: WeChat ships its own runtime and H5 targets current mobile browsers.
// H5 compiles for the browsers it runs in — WeChat's in-app browser (Chromium 66+ in the oldest X5
// kernels still around) and iOS 12+ — rather than package.json's browserslist, which also covers the
// mini-program's older engines: native async/await and object spread instead of regenerator and
// helper calls cut the start-up script time.
const h5Targets = process.env.TARO_ENV === 'h5' ? { targets: { chrome: '66', ios: '12' } } : {}

module.exports = {
  presets: [
    ['taro', { framework: 'react', ts: true, compiler: 'webpack5', useBuiltIns: false, ...h5Targets }],
  ],
}
