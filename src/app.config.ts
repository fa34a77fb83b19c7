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
  subPackages: [
    {
      root: 'officer',
      pages: ['pages/workbench/index'],
    },
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
