export default definePageConfig({ navigationStyle: 'default' /* H5: Taro's title bar with back */, navigationBarTitleText: '消息', enablePullDownRefresh: true, onReachBottomDistance: 100 })
