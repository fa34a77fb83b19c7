export default definePageConfig({ navigationStyle: 'default' /* H5: Taro's title bar with back */, navigationBarTitleText: '报名管理', enablePullDownRefresh: true })
