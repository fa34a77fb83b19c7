export default definePageConfig({
  // H5 shows Taro's title bar with a back button only when asked; the mini-program's is the default anyway.
  navigationStyle: 'default',
  navigationBarTitleText: '专利详情',
  // useSharePage registers onShareAppMessage; WeChat only shows 转发 when the page opts in.
  enableShareAppMessage: true,
})
