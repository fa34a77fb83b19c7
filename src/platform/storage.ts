import Taro from '@tarojs/taro'
import { createJSONStorage } from 'zustand/middleware'

// Taro's sync storage is wx.setStorageSync in the mini-program and localStorage on H5.
export const taroStateStorage = {
  getItem: (name: string): string | null => {
    const value = Taro.getStorageSync(name) as unknown
    return typeof value === 'string' && value !== '' ? value : null
  },
  setItem: (name: string, value: string): void => {
    Taro.setStorageSync(name, value)
  },
  removeItem: (name: string): void => {
    Taro.removeStorageSync(name)
  },
}

export const taroJSONStorage = createJSONStorage(() => taroStateStorage)
