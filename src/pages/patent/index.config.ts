export default definePageConfig({ navigationBarTitleText: '专利详情' })
