export default definePageConfig({ navigationBarTitleText: '开放许可专利', enablePullDownRefresh: true, onReachBottomDistance: 300 })
