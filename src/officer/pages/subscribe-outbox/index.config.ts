export default definePageConfig({ navigationStyle: 'default' /* H5: Taro's title bar with back */, navigationBarTitleText: '订阅消息发送记录', enablePullDownRefresh: true })
