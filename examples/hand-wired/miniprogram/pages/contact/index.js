// pages/contact/index.js
Page({
  onContactDone(e) {
    const { errcode } = e.detail || {}
    if (errcode === 0) {
      wx.showToast({ title: '已发送，请查看客服消息', icon: 'none' })
    } else {
      wx.showToast({ title: '联系客服失败（' + errcode + '）', icon: 'none' })
    }
  }
})
