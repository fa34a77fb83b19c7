export default definePageConfig({ navigationBarTitleText: '申请许可' })
