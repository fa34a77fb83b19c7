export default definePageConfig({ navigationStyle: 'default' /* H5: Taro's title bar with back */, navigationBarTitleText: '我的申请', enablePullDownRefresh: true, onReachBottomDistance: 100 })
