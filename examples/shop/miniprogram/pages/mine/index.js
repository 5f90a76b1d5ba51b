// pages/mine/index.js
const app = getApp()

Page({
  data: {
    userInfo: null,
    cartCount: 0,
    orderTabs: [
      { status: 'unpaid', name: '待付款', count: 1 },
      { status: 'unshipped', name: '待发货', count: 0 },
      { status: 'shipped', name: '待收货', count: 2 },
      { status: 'done', name: '已完成', count: 0 }
    ],
    menus: [
      { key: 'address', name: '收货地址' },
      { key: 'favorite', name: '我的收藏' },
      { key: 'help', name: '帮助中心', url: '/packageService/pages/help/index' },
      { key: 'faq', name: '常见问题', url: '/packageService/pages/faq/index' }
    ],
    recommend: [
      { id: 101, title: '云南小粒咖啡豆 500g', cover: 'https://example.com/images/goods/101.jpg', price: 68, original: 98 },
      { id: 102, title: '手工青瓷马克杯', cover: 'https://example.com/images/goods/102.jpg', price: 45, original: 0 }
    ]
  },

  onLoad(options) {
    if (options.tab) {
      console.log('open mine page from tab:', options.tab)
    }
    this.setData({ userInfo: app.globalData.userInfo })
  },

  onShow() {
    this.setData({ cartCount: app.globalData.cartCount })
  },

  onLoginTap() {
    const userInfo = { nickName: '微信用户', avatarUrl: 'https://example.com/images/avatar/default.png', level: '普通会员' }
    app.globalData.userInfo = userInfo
    this.setData({ userInfo })
    wx.showToast({ title: '登录成功', icon: 'success' })
  },

  onOrderTap(e) {
    const { status } = e.currentTarget.dataset
    wx.showToast({ title: `订单（${status}）示例暂未开放`, icon: 'none' })
  },

  onMenuTap(e) {
    const { url, name } = e.currentTarget.dataset
    if (url) {
      wx.navigateTo({ url })
      return
    }
    wx.showToast({ title: `${name}：敬请期待`, icon: 'none' })
  },

  onGoodsTap(e) {
    wx.navigateTo({ url: `/pages/goods/detail?id=${e.currentTarget.dataset.id}` })
  },

  onCallTap() {
    wx.makePhoneCall({ phoneNumber: app.globalData.servicePhone })
  }
})
