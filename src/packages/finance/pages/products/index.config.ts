export default definePageConfig({ navigationBarTitleText: '融资产品', enablePullDownRefresh: true, onReachBottomDistance: 300 })
