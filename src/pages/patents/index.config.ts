export default definePageConfig({
  navigationBarTitleText: '开放许可专利',
  enablePullDownRefresh: true,
  onReachBottomDistance: 300,
  // The list's search travels in the share card's path (useSharePage).
  enableShareAppMessage: true,
})
