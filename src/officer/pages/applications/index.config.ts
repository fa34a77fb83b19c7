export default definePageConfig({ navigationBarTitleText: '申请处理', enablePullDownRefresh: true })
