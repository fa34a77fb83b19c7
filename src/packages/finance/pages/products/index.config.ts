export default definePageConfig({ navigationStyle: 'default' /* H5: Taro's title bar with back */, navigationBarTitleText: '融资产品', enablePullDownRefresh: true, onReachBottomDistance: 300 })
