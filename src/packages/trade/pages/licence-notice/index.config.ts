export default definePageConfig({ navigationStyle: 'default' /* H5: Taro's title bar with back */, navigationBarTitleText: '实施许可通知' })
