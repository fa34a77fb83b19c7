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
    // A page-less subpackage holding the in-process mock (config/mock-subpackage.ts): only in
    // mini-program builds without a server (HUIQI_API_BASE unset).
    ...(process.env.TARO_ENV === 'weapp' && !process.env.HUIQI_API_BASE ? [{ root: 'mockpkg', pages: [] }] : []),
  ],
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '惠企专利通',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f5f6f8',
  },
  tabBar: {
    color: '#7a7e85',
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
