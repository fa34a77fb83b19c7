export default definePageConfig({ navigationStyle: 'default' /* H5: Taro's title bar with back */, navigationBarTitleText: '活动管理', enablePullDownRefresh: true })
