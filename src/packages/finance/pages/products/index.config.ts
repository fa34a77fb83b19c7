export default definePageConfig({ navigationBarTitleText: '融资产品' })
