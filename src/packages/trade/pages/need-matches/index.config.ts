export default definePageConfig({ navigationBarTitleText: '匹配结果', enablePullDownRefresh: true })
