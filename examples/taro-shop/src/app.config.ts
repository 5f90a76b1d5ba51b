export default defineAppConfig({
  pages: [
    'pages/index/index',
    'pages/cart/index',
  ],
  subPackages: [
    {
      root: 'packageService',
      pages: [
        'pages/help/index',
        'pages/order/index',
      ],
    },
  ],
  plugins: {
    contactPlugin: {
      version: '1.3.0',
      provider: 'wx104a1a20c3f81ec2',
    },
  },
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#fff',
    navigationBarTitleText: '小店',
    navigationBarTextStyle: 'black',
  },
  tabBar: {
    list: [
      { pagePath: 'pages/index/index', text: '首页' },
      { pagePath: 'pages/cart/index', text: '购物车' },
    ],
  },
})
