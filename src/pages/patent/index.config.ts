export default definePageConfig({
  navigationBarTitleText: '专利详情',
  // useSharePage registers onShareAppMessage; WeChat only shows 转发 when the page opts in.
  enableShareAppMessage: true,
})
