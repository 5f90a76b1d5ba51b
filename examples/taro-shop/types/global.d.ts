/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.svg'
declare module '*.scss'

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'swan' | 'alipay' | 'h5' | 'rn' | 'tt' | 'quickapp' | 'qq' | 'jd'
  }
}

// WeCom's contact button (联系我) is a plugin component: TypeScript must know its tag.
declare namespace JSX {
  interface IntrinsicElements {
    cell: any
  }
}
