export default definePageConfig({ navigationStyle: 'default' /* H5: Taro's title bar with back */, navigationBarTitleText: '编辑活动' })
