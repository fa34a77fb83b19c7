import Taro from '@tarojs/taro'

// WeChat's (and Taro H5's) default confirm colour is WeChat green (#576B95 / #3CC51F): against this app's
// blue it looks like another product. Every dialog goes through here; a destructive one passes the danger red.
export const BRAND_BLUE = '#1f5fd6'
export const DANGER_RED = '#c4281f'
const TEXT_SECONDARY = '#5c6370'

export function showModal(options: Taro.showModal.Option): Promise<Taro.showModal.SuccessCallbackResult> {
  return Taro.showModal({ confirmColor: BRAND_BLUE, cancelColor: TEXT_SECONDARY, ...options })
}
