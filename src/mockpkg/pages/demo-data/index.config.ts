export default definePageConfig({ navigationBarTitleText: '演示数据' })
