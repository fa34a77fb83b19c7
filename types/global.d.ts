/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.svg'
declare module '*.scss'

// Injected at build time by config/index.ts (defineConstants); jest defines them in test/setup.
declare const HUIQI_API_BASE: string
declare const HUIQI_MOCK_PATENTS: number
declare const HUIQI_H5_ORIGIN: string
declare const HUIQI_SUBSCRIBE_TEMPLATES: string[]

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5'
  }
}
