export default definePageConfig({ navigationBarTitleText: '申请融资' })
