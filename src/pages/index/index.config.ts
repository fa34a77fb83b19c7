export default definePageConfig({ navigationBarTitleText: '惠企专利通', enablePullDownRefresh: true })
