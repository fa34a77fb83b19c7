// HUIQI_API_BASE is config/index.ts's build-time constant (Taro defines it while reading this file
// too): empty means the mock runs in-process.
const inprocMock = HUIQI_API_BASE === ''

export default defineAppConfig({
  pages: [
    'pages/index/index',
    'pages/patents/index',
    'pages/patent/index',
    'pages/events/index',
    'pages/event/index',
    'pages/me/index',
    'pages/enterprise/index',
  ],
  // Feature pages live in subpackages so the main package (tabs + public deep links) stays small.
  subPackages: [
    { root: 'packages/trade', pages: ['pages/licence-apply/index', 'pages/licence-done/index', 'pages/favourites/index', 'pages/need-new/index', 'pages/need-matches/index'] },
    { root: 'packages/events', pages: ['pages/signup/index', 'pages/ticket/index', 'pages/poster/index'] },
    { root: 'packages/finance', pages: ['pages/products/index', 'pages/product/index', 'pages/apply/index'] },
    { root: 'packages/tracking', pages: ['pages/applications/index', 'pages/application/index', 'pages/messages/index'] },
    { root: 'officer', pages: ['pages/workbench/index', 'pages/events/index', 'pages/event-edit/index', 'pages/registrations/index', 'pages/notice/index', 'pages/checkin/index', 'pages/applications/index'] },
    // Builds that run the mock in-process: its 演示数据 page, and in the mini-program the mock itself
    // (mockpkg/inproc.js, config/mock-subpackage.ts), loaded from here to keep the main package small.
    ...(inprocMock ? [{ root: 'mockpkg', pages: ['pages/demo-data/index'] }] : []),
  ],
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '惠企专利通',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f5f6f8',
  },
  tabBar: {
    color: '#646a73',
    selectedColor: '#1f5fd6',
    backgroundColor: '#ffffff',
    borderStyle: 'white',
    list: [
      { pagePath: 'pages/index/index', text: '首页', iconPath: 'assets/tab/home.png', selectedIconPath: 'assets/tab/home-active.png' },
      { pagePath: 'pages/patents/index', text: '专利', iconPath: 'assets/tab/patents.png', selectedIconPath: 'assets/tab/patents-active.png' },
      { pagePath: 'pages/events/index', text: '活动', iconPath: 'assets/tab/events.png', selectedIconPath: 'assets/tab/events-active.png' },
      { pagePath: 'pages/me/index', text: '我的', iconPath: 'assets/tab/me.png', selectedIconPath: 'assets/tab/me-active.png' },
    ],
  },
  // Required by the official quality scan (LAZYCODE_LOADING_OPEN): inject only the components a page uses.
  lazyCodeLoading: 'requiredComponents',
})
