// pages/goods/detail.js
const app = getApp()

const CATALOG = {
  101: {
    id: 101,
    title: '云南小粒咖啡豆 500g',
    subtitle: '保山产区 · 中度烘焙 · 当季新豆',
    images: ['https://example.com/images/goods/101.jpg', 'https://example.com/images/goods/101-2.jpg'],
    price: 68,
    original: 98,
    stock: 120,
    specs: ['咖啡豆', '细研磨', '中研磨']
  },
  102: {
    id: 102,
    title: '手工青瓷马克杯',
    subtitle: '龙泉窑 · 350ml · 可用洗碗机',
    images: ['https://example.com/images/goods/102.jpg'],
    price: 45,
    original: 0,
    stock: 0,
    specs: ['梅子青', '粉青']
  }
}

Page({
  data: {
    goods: null,
    currentImage: 0,
    selectedSpec: 0,
    quantity: 1,
    isFavorite: false
  },

  onLoad(options) {
    const id = Number(options.id) || 101
    const goods = CATALOG[id] || CATALOG[101]
    this.setData({ goods })
    wx.setNavigationBarTitle({ title: goods.title })
  },

  onShareAppMessage() {
    const { goods } = this.data
    return {
      title: goods ? goods.title : '优选小铺',
      path: goods ? `/pages/goods/detail?id=${goods.id}` : '/pages/index/index'
    }
  },

  onSwiperChange(e) {
    this.setData({ currentImage: e.detail.current })
  },

  onPreviewImage(e) {
    const { src } = e.currentTarget.dataset
    wx.previewImage({ current: src, urls: this.data.goods.images })
  },

  onSpecTap(e) {
    this.setData({ selectedSpec: e.currentTarget.dataset.index })
  },

  onMinus() {
    if (this.data.quantity > 1) {
      this.setData({ quantity: this.data.quantity - 1 })
    }
  },

  onPlus() {
    const { quantity, goods } = this.data
    if (quantity >= goods.stock) {
      wx.showToast({ title: '库存不足', icon: 'none' })
      return
    }
    this.setData({ quantity: quantity + 1 })
  },

  onToggleFavorite() {
    const isFavorite = !this.data.isFavorite
    this.setData({ isFavorite })
    wx.showToast({ title: isFavorite ? '已收藏' : '已取消收藏', icon: 'none' })
  },

  onAddCart() {
    const count = app.addToCart(this.data.quantity)
    wx.showToast({ title: `已加入购物车（${count}）`, icon: 'success' })
  },

  onBuyNow() {
    wx.showModal({
      title: '提示',
      content: '示例项目暂不支持下单，是否联系客服咨询？',
      confirmText: '去咨询',
      success: (res) => {
        if (res.confirm) {
          this.onContactTap()
        }
      }
    })
  },

  onContactTap() {
    wx.navigateTo({ url: '/packageService/pages/help/index?from=goods' })
  },

  onHomeTap() {
    wx.switchTab({ url: '/pages/index/index' })
  }
})
