// babel-preset-taro is also what Jest uses, so tests see the same transforms as both builds.
// No core-js polyfills: WeChat ships its own runtime and H5 targets current mobile browsers.
module.exports = {
  presets: [
    ['taro', { framework: 'react', ts: true, compiler: 'webpack5', useBuiltIns: false }],
  ],
}
