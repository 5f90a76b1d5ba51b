// app.js
App({
  globalData: {
    userInfo: null,
    shopName: '优选小铺',
    servicePhone: '400-800-1234',
    cartCount: 0
  },

  onLaunch() {
    const logs = wx.getStorageSync('logs') || []
    logs.unshift(Date.now())
    wx.setStorageSync('logs', logs.slice(0, 20))

    const cartCount = wx.getStorageSync('cartCount')
    if (typeof cartCount === 'number') {
      this.globalData.cartCount = cartCount
    }

    if (wx.canIUse('getUpdateManager')) {
      const updateManager = wx.getUpdateManager()
      updateManager.onUpdateReady(() => {
        wx.showModal({
          title: '更新提示',
          content: '新版本已经准备好，是否重启应用？',
          success(res) {
            if (res.confirm) {
              updateManager.applyUpdate()
            }
          }
        })
      })
    }
  },

  addToCart(count = 1) {
    this.globalData.cartCount += count
    wx.setStorageSync('cartCount', this.globalData.cartCount)
    return this.globalData.cartCount
  }
})
