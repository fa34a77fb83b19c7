export default definePageConfig({ navigationStyle: 'default' /* H5: Taro's title bar with back */, navigationBarTitleText: '申请详情', enablePullDownRefresh: true })
