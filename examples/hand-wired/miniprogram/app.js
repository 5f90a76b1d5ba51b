// app.js
App({
  globalData: {
    shopName: '鲜花小铺'
  }
})
